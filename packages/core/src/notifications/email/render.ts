import { calendarInvite } from "./ics";
import type { EmailNotification, RenderedEmail } from "./types";

/** Base URL and clinic name every email needs. */
export interface RenderOptions {
  publicUrl: string;
  clinicName: string;
}

const FALLBACK_ZONE = "UTC";

/**
 * The zone as the recipient chose it (resolvedOptions would rename Asia/Kolkata to Asia/Calcutta);
 * a bad stored zone must not stop the email, so it falls back to UTC.
 */
function usableZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return timeZone;
  } catch {
    return FALLBACK_ZONE;
  }
}

/** "Tuesday 2 June 2026, 18:00 (Asia/Tokyo, GMT+9)": the moment in the recipient's zone, zone named. */
export function formatAppointmentTime(at: Date, timeZone: string): string {
  const zone = usableZone(timeZone);
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "shortOffset",
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}, ${part("hour")}:${part("minute")} (${zone}, ${part("timeZoneName")})`;
}

/** Escapes a value for HTML text and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The absolute URL of an app path; only paths inside the app are accepted. */
export function absoluteLink(publicUrl: string, path: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) {
    throw new TypeError(
      `notification link must be an app path starting with "/", got ${JSON.stringify(path)}`,
    );
  }
  return publicUrl.replace(/\/+$/, "") + path;
}

/** Staff work in the console, patients in the portal: each has its own profile page. */
const profilePath = (link: string | null) =>
  link === "/console" || link?.startsWith("/console/") ? "/console/profile" : "/profile";

/** Subject lines are one line. */
const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

/** Renders subject, plain text and HTML (and the .ics when there is a calendar). */
export function renderEmail(n: EmailNotification, options: RenderOptions): RenderedEmail {
  const subject = oneLine(n.title);
  const url = n.link === null ? null : absoluteLink(options.publicUrl, n.link);
  const profileUrl = absoluteLink(options.publicUrl, profilePath(n.link));
  const cancelled = n.calendar?.method === "CANCEL";
  const when = n.calendar ? formatAppointmentTime(n.calendar.startsAt, n.to.timeZone) : null;
  const whenLabel = cancelled ? "Cancelled appointment" : "When";
  const location = n.calendar?.location;

  const text = [
    `Hello ${n.to.name},`,
    "",
    n.body,
    ...(when ? ["", `${whenLabel}: ${when}`] : []),
    ...(location ? [`Where: ${location}`] : []),
    ...(url ? ["", `Open in ${options.clinicName}: ${url}`] : []),
    "",
    "--",
    options.clinicName,
    `You can change which emails you receive on your profile page: ${profileUrl}`,
    "",
  ].join("\n");

  const e = escapeHtml;
  const paragraph = (value: string) =>
    `<p style="margin:0 0 16px">${e(value).replace(/\r\n|\r|\n/g, "<br>")}</p>`;
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;padding:24px 0">
<tr><td align="center">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;${FONT};color:#1f2933">
<tr><td style="padding:24px 32px 0;font-size:14px;color:#52606d">${e(options.clinicName)}</td></tr>
<tr><td style="padding:8px 32px 0"><h1 style="margin:0;font-size:22px;line-height:1.3;color:#1f2933">${e(subject)}</h1></td></tr>
<tr><td style="padding:16px 32px 8px;font-size:16px;line-height:1.5">
${paragraph(`Hello ${n.to.name},`)}
${paragraph(n.body)}
${when ? `<p style="margin:0 0 16px;padding:12px 16px;background:#f0f4f8;border-radius:6px"><strong>${e(whenLabel)}:</strong> ${e(when)}${location ? `<br><strong>Where:</strong> ${e(location)}` : ""}</p>` : ""}
${url ? `<p style="margin:8px 0 16px"><a href="${e(url)}" style="display:inline-block;padding:12px 20px;background:#1c7ed6;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600">Open in ${e(options.clinicName)}</a></p>` : ""}
</td></tr>
<tr><td style="padding:16px 32px 24px;border-top:1px solid #e4e7eb;font-size:12px;line-height:1.5;color:#7b8794">
${e(options.clinicName)}<br>
You can change which emails you receive on your <a href="${e(profileUrl)}" style="color:#7b8794">profile page</a>.
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

  return n.calendar ? { subject, text, html, ics: calendarInvite(n.calendar) } : { subject, text, html };
}

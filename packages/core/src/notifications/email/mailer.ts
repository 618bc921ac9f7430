import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { renderEmail } from "./render";
import type { CalendarInvite, EmailNotification, Mailer, MailConfig } from "./types";

/** The bare address of a From value like "Clinic <no-reply@clinic.example>". */
function fromAddress(from: string): string {
  return (/<([^<>\s]+)>\s*$/.exec(from)?.[1] ?? from).trim();
}

/** iTIP REQUEST/CANCEL needs an ORGANIZER: when the caller names none, the clinic's sender is it. */
function withOrganizer(calendar: CalendarInvite | undefined, config: MailConfig): CalendarInvite | undefined {
  if (!calendar || calendar.organizer) return calendar;
  return { ...calendar, organizer: { name: config.clinicName, email: fromAddress(config.from) } };
}

/** `<timestamp>-<kind>-<random>.eml`, safe as a file name and sorted by time. */
function outboxFileName(kind: string): string {
  const stamp = new Date().toISOString().replace(/[-:.]/g, "");
  const safeKind = kind.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 64);
  return `${stamp}-${safeKind}-${randomBytes(4).toString("hex")}.eml`;
}

/**
 * Creates the email channel: SMTP through nodemailer when `smtpUrl` is set (add `?pool=true` to keep
 * connections open), otherwise development mode, which writes each message as an .eml file.
 */
export function createMailer(
  config: MailConfig,
  log: (line: string) => void = (line) => console.info(line),
): Mailer {
  const message = (n: EmailNotification): Mail.Options => {
    const calendar = withOrganizer(n.calendar, config);
    const email = renderEmail({ ...n, calendar }, config);
    return {
      from: config.from,
      to: { name: n.to.name, address: n.to.email },
      subject: email.subject,
      text: email.text,
      html: email.html,
      // Text, HTML and one icalEvent only: nodemailer's docs warn that other parts break invites in some clients.
      ...(email.ics && calendar
        ? { icalEvent: { method: calendar.method, filename: "invite.ics", content: email.ics } }
        : {}),
      headers: { "Auto-Submitted": "auto-generated" },
    };
  };

  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    return {
      async send(n) {
        const mail = message(n);
        const info = await transport.sendMail(mail);
        log(`email sent to ${n.to.email}: ${JSON.stringify(mail.subject)} (${info.messageId})`);
        return { messageId: info.messageId };
      },
      close() {
        transport.close();
        return Promise.resolve();
      },
    };
  }

  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    async send(n) {
      const mail = message(n);
      const info = await transport.sendMail(mail);
      if (!Buffer.isBuffer(info.message)) throw new Error("stream transport did not buffer the message");
      // The folder holds patient messages: readable by the server's user only.
      await mkdir(config.outboxDir, { recursive: true, mode: 0o700 });
      const file = path.join(config.outboxDir, outboxFileName(n.kind));
      await writeFile(file, info.message, { flag: "wx", mode: 0o600 });
      log(`email written to ${file} for ${n.to.email}: ${JSON.stringify(mail.subject)}`);
      return { messageId: info.messageId, file };
    },
    close() {
      transport.close();
      return Promise.resolve();
    },
  };
}

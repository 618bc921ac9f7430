import type { CalendarInvite } from "./types";

const CRLF = "\r\n";
const MAX_OCTETS = 75;
const PRODID = "-//Healthcare//Appointments//EN";

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(value: string): string {
  return (
    value
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n/g, "\\n")
      // Other control characters are not allowed in TEXT (HTAB is).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "")
  );
}

/** Folds one content line into lines of at most 75 octets, never splitting a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      // A continuation line starts with one space, which counts toward its 75 octets.
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** A UTC date-time as iCalendar writes it: YYYYMMDDTHHMMSSZ. */
export function icsUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/** A parameter value: always quoted, with the characters a quoted-string cannot hold removed. */
const paramValue = (value: string) =>
  // eslint-disable-next-line no-control-regex
  `"${value.replace(/["\u0000-\u0008\u000a-\u001f\u007f]/g, "")}"`;

/** A mailto: URI for ORGANIZER/ATTENDEE; refuses addresses that could break the line. */
function mailto(email: string): string {
  if (!/^[^\s"<>:;,\\]+@[^\s"<>:;,\\]+$/.test(email))
    throw new TypeError("calendar address is not an email address");
  return `mailto:${email}`;
}

/** Builds an RFC 5545 calendar (VCALENDAR with one VEVENT; METHOD REQUEST or CANCEL). */
export function calendarInvite(invite: CalendarInvite): string {
  if (!Number.isInteger(invite.sequence) || invite.sequence < 0) {
    throw new RangeError("calendar sequence must be a non-negative integer");
  }
  if (invite.endsAt.getTime() < invite.startsAt.getTime()) {
    throw new RangeError("calendar event ends before it starts");
  }
  const cancelled = invite.method === "CANCEL";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    `METHOD:${invite.method}`,
    "BEGIN:VEVENT",
    `UID:${escapeIcsText(invite.uid)}`,
    `SEQUENCE:${invite.sequence}`,
    `DTSTAMP:${icsUtc(new Date())}`,
    `DTSTART:${icsUtc(invite.startsAt)}`,
    `DTEND:${icsUtc(invite.endsAt)}`,
    `SUMMARY:${escapeIcsText(invite.summary)}`,
    ...(invite.description ? [`DESCRIPTION:${escapeIcsText(invite.description)}`] : []),
    ...(invite.location ? [`LOCATION:${escapeIcsText(invite.location)}`] : []),
    ...(invite.organizer
      ? [`ORGANIZER;CN=${paramValue(invite.organizer.name)}:${mailto(invite.organizer.email)}`]
      : []),
    ...(invite.attendee
      ? [
          // The appointment is already agreed in the app: no RSVP buttons in the client.
          `ATTENDEE;CN=${paramValue(invite.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:${mailto(invite.attendee.email)}`,
        ]
      : []),
    `STATUS:${cancelled ? "CANCELLED" : "CONFIRMED"}`,
    `TRANSP:${cancelled ? "TRANSPARENT" : "OPAQUE"}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

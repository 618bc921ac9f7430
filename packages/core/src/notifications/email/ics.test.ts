import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { calendarInvite, escapeIcsText, foldIcsLine } from "./ics";
import type { CalendarInvite } from "./types";

const invite = (over: Partial<CalendarInvite> = {}): CalendarInvite => ({
  uid: "appt-1@healthcare",
  sequence: 1780390800,
  method: "REQUEST",
  // Given with a +09:00 offset: the file must still say 09:00 UTC.
  startsAt: new Date("2026-06-02T18:00:00+09:00"),
  endsAt: new Date("2026-06-02T18:30:00+09:00"),
  summary: "Appointment with Dr. Ada Lovelace",
  ...over,
});

/** Content lines as a calendar client reads them (RFC 5545 3.1 unfolding). */
const unfolded = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n");
const octets = (line: string) => Buffer.byteLength(line, "utf8");

describe("calendarInvite", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-05-20T07:08:09.123Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("writes one confirmed VEVENT with UTC times and CRLF line endings", () => {
    const ics = calendarInvite(invite());
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = unfolded(ics);
    expect(lines.slice(0, 3)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Healthcare//Appointments//EN",
    ]);
    expect(lines).toContain("METHOD:REQUEST");
    expect(lines).toContain("UID:appt-1@healthcare");
    expect(lines).toContain("SEQUENCE:1780390800");
    expect(lines).toContain("DTSTAMP:20260520T070809Z");
    expect(lines).toContain("DTSTART:20260602T090000Z");
    expect(lines).toContain("DTEND:20260602T093000Z");
    expect(lines).toContain("STATUS:CONFIRMED");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  it("cancels with METHOD:CANCEL and STATUS:CANCELLED for the same UID", () => {
    const lines = unfolded(calendarInvite(invite({ method: "CANCEL", sequence: 1780394400 })));
    expect(lines).toContain("METHOD:CANCEL");
    expect(lines).toContain("STATUS:CANCELLED");
    expect(lines).toContain("UID:appt-1@healthcare");
    expect(lines).toContain("SEQUENCE:1780394400");
    expect(lines).not.toContain("STATUS:CONFIRMED");
  });

  it("escapes backslashes, semicolons, commas and line breaks in text values", () => {
    const lines = unfolded(
      calendarInvite(
        invite({
          summary: "Check-up; bring results, please",
          description: "Line one\r\nLine two\nC:\\path",
          location: "Room 3, floor 2",
        }),
      ),
    );
    expect(lines).toContain("SUMMARY:Check-up\\; bring results\\, please");
    expect(lines).toContain("DESCRIPTION:Line one\\nLine two\\nC:\\\\path");
    expect(lines).toContain("LOCATION:Room 3\\, floor 2");
  });

  it("names organizer and attendee with quoted CN parameters", () => {
    const lines = unfolded(
      calendarInvite(
        invite({
          organizer: { name: 'Lovelace, Ada "Dr."', email: "ada@clinic.example" },
          attendee: { name: "Taro Yamada", email: "taro@example.com" },
        }),
      ),
    );
    expect(lines).toContain('ORGANIZER;CN="Lovelace, Ada Dr.":mailto:ada@clinic.example');
    expect(lines.find((l) => l.startsWith("ATTENDEE;"))).toMatch(
      /^ATTENDEE;CN="Taro Yamada";.*:mailto:taro@example\.com$/,
    );
  });

  it("folds long lines at 75 octets without splitting multi-byte characters", () => {
    const summary = `Appointment with Dr. 山田 太郎 — ${"予約の確認🩺".repeat(20)} end`;
    const ics = calendarInvite(invite({ summary, description: "x".repeat(300) }));
    for (const line of ics.split("\r\n")) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
      expect(line).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(unfolded(ics)).toContain(`SUMMARY:${summary}`);
    expect(unfolded(ics)).toContain(`DESCRIPTION:${"x".repeat(300)}`);
  });

  it("refuses a sequence that is not a non-negative integer", () => {
    expect(() => calendarInvite(invite({ sequence: -1 }))).toThrow(/sequence/);
    expect(() => calendarInvite(invite({ sequence: 1.5 }))).toThrow(/sequence/);
  });

  it("refuses an address that would break the content line", () => {
    expect(() => calendarInvite(invite({ attendee: { name: "x", email: "a@b.c\r\nX-EVIL:1" } }))).toThrow(
      /email/,
    );
  });
});

describe("foldIcsLine", () => {
  it("keeps a 75-octet line whole and continues longer ones with one space", () => {
    expect(foldIcsLine("a".repeat(75))).toBe("a".repeat(75));
    expect(foldIcsLine("a".repeat(76))).toBe(`${"a".repeat(75)}\r\n a`);
    expect(foldIcsLine("a".repeat(75 + 74 + 1))).toBe(`${"a".repeat(75)}\r\n ${"a".repeat(74)}\r\n a`);
  });

  it("moves a 3-octet character to the next line rather than split it", () => {
    const folded = foldIcsLine(`${"a".repeat(73)}日b`).split("\r\n");
    expect(folded).toEqual([`${"a".repeat(73)}`, " 日b"]);
  });
});

describe("escapeIcsText", () => {
  it("drops control characters but keeps tabs", () => {
    expect(escapeIcsText("a\u0000b\u0007c\td")).toBe("abc\td");
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import type { SMTPServerEnvelope } from "smtp-server";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer } from "./index";
import type { EmailNotification, MailConfig } from "./index";

const config: Omit<MailConfig, "outboxDir"> = {
  from: "Sunrise Clinic <no-reply@clinic.localhost>",
  publicUrl: "http://localhost:3000",
  clinicName: "Sunrise Clinic",
};

const booking: EmailNotification = {
  to: { email: "taro@example.com", name: "Taro Yamada", timeZone: "Asia/Tokyo" },
  kind: "appointment.confirmed",
  title: "Appointment confirmed",
  body: "Your appointment with Dr. Ada Lovelace was confirmed.",
  link: "/appointments/appt-1",
  calendar: {
    uid: "appt-1@healthcare",
    sequence: 1,
    method: "REQUEST",
    startsAt: new Date("2026-06-02T09:00:00Z"),
    endsAt: new Date("2026-06-02T09:30:00Z"),
    summary: "Appointment with Dr. Ada Lovelace",
    attendee: { name: "Taro Yamada", email: "taro@example.com" },
  },
};

describe("createMailer over SMTP", () => {
  const received: { envelope: SMTPServerEnvelope; raw: Buffer }[] = [];
  let server: SMTPServer;
  let port: number;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push({ envelope: structuredClone(session.envelope), raw: Buffer.concat(chunks) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(resolve));
  });

  it("delivers a booking email the recipient can read and add to a calendar", async () => {
    const lines: string[] = [];
    const mailer = createMailer(
      { ...config, smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`, outboxDir: "unused" },
      (line) => lines.push(line),
    );
    try {
      const { messageId, file } = await mailer.send(booking);
      expect(file).toBeUndefined();
      expect(received).toHaveLength(1);
      const [{ envelope, raw }] = received as [(typeof received)[number]];
      expect(envelope.rcptTo.map((r) => r.address)).toEqual(["taro@example.com"]);
      expect(envelope.mailFrom && envelope.mailFrom.address).toBe("no-reply@clinic.localhost");

      const mail = await simpleParser(raw);
      expect(mail.messageId).toBe(messageId);
      const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
      expect(to?.value).toEqual([{ address: "taro@example.com", name: "Taro Yamada" }]);
      expect(mail.subject).toBe("Appointment confirmed");
      expect(mail.text).toContain("18:00");
      expect(mail.text).toContain("Asia/Tokyo");
      expect(mail.text).toContain("Your appointment with Dr. Ada Lovelace was confirmed.");
      expect(mail.html).toContain('href="http://localhost:3000/appointments/appt-1"');

      const calendars = mail.attachments.filter((a) =>
        /^(text\/calendar|application\/ics)/.test(a.contentType),
      );
      expect(calendars.length).toBeGreaterThan(0);
      for (const calendar of calendars) {
        const ics = calendar.content.toString("utf8");
        expect(ics).toContain("DTSTART:20260602T090000Z");
        expect(ics).toContain("UID:appt-1@healthcare");
        expect(ics).toContain("METHOD:REQUEST");
      }
      const alternative = calendars.find((a) => a.contentType === "text/calendar");
      expect(alternative?.headers.get("content-type")).toMatchObject({ params: { method: "REQUEST" } });
      expect(calendars.some((a) => a.filename === "invite.ics")).toBe(true);

      expect(lines).toHaveLength(1);
      expect(lines[0]).not.toContain("Lovelace");
    } finally {
      await mailer.close();
    }
  });
});

describe("createMailer without SMTP", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "healthcare-outbox-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes the full message as an .eml file and logs one line without the body", async () => {
    const outboxDir = path.join(dir, "outbox"); // created on first send
    const lines: string[] = [];
    const mailer = createMailer({ ...config, outboxDir }, (line) => lines.push(line));
    const { messageId, file } = await mailer.send(booking);
    await mailer.close();

    expect(readdirSync(outboxDir)).toEqual([path.basename(file!)]);
    expect(path.basename(file!)).toMatch(/^\d{8}T\d{9}Z-appointment\.confirmed-[0-9a-f]{8}\.eml$/);
    const raw = readFileSync(file!);
    expect(raw.includes("\r\n")).toBe(true);
    const mail = await simpleParser(raw);
    expect(mail.messageId).toBe(messageId);
    expect(mail.subject).toBe("Appointment confirmed");
    expect(mail.text).toContain("18:00 (Asia/Tokyo, GMT+9)");
    expect(mail.attachments.some((a) => a.content.toString("utf8").includes("UID:appt-1@healthcare"))).toBe(
      true,
    );

    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file!);
    expect(lines[0]).toContain("taro@example.com");
    expect(lines[0]).toContain("Appointment confirmed");
    expect(lines[0]).not.toContain("Lovelace");
    expect(lines[0]).not.toContain("18:00");
  });
});

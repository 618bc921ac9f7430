import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createTestApi } from "@healthcare/api/testing";
import { notifications } from "@healthcare/core";
import { and, eq, isNotNull } from "drizzle-orm";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRuntime, type RuntimeDriver } from "./runtime";

type Api = Awaited<ReturnType<typeof createTestApi>>;
type Clinic = Awaited<ReturnType<Api["seedClinic"]>>;

/** One message as the SMTP server received it. */
interface Received {
  to: string[];
  mail: ParsedMail;
}

describe("email notifications through a real SMTP server", () => {
  let api: Api;
  let clinic: Clinic;
  let runtime: RuntimeDriver;
  let smtp: SMTPServer;
  let mailer: notifications.Mailer;
  const received: Received[] = [];
  const outboxDir = mkdtempSync(path.join(os.tmpdir(), "hc-mail-"));

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        const to = session.envelope.rcptTo.map((r) => r.address);
        simpleParser(stream)
          .then((mail) => received.push({ to, mail }))
          .then(() => callback(), callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    mailer = notifications.createMailer(
      {
        smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
        outboxDir,
        from: "Sunrise Clinic <no-reply@clinic.test>",
        publicUrl: "https://clinic.example.org",
        clinicName: "Sunrise Clinic",
      },
      () => {},
    );
    api = await createTestApi();
    api.clock.set(new Date("2026-06-01T06:00:00Z"));
    clinic = await api.seedClinic();
    runtime = await startRuntime(api, { mailer });
    await runtime.settle();
    received.length = 0;
  });
  afterAll(async () => {
    await runtime?.stop();
    await mailer?.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
    await api?.drop();
    rmSync(outboxDir, { recursive: true, force: true });
  });

  const until = async (check: () => boolean) => {
    await runtime.settle(() => Promise.resolve(check()));
  };

  it("emails the booking to the patient in their time zone with a calendar entry, and to the doctor", async () => {
    await api.as(clinic.patient.actor).auth.updateProfile({ timeZone: "Asia/Tokyo" });
    const booked = await api.as(clinic.patient.actor).appointments.create({
      doctorId: clinic.doctor.profile.id,
      startsAt: new Date("2026-06-02T09:00:00Z"),
      reason: "Cough",
    });
    await until(() => received.length >= 2);
    expect(received).toHaveLength(2);

    const forPatient = received.find((r) => r.to.includes(clinic.patient.email))!;
    expect(forPatient, "the patient's email").toBeDefined();
    expect(forPatient.mail.subject).toBe("Request received");
    expect(forPatient.mail.text).toContain("18:00"); // 09:00 UTC in Tokyo
    expect(forPatient.mail.text).toContain("Asia/Tokyo");
    expect(forPatient.mail.html).toContain(`https://clinic.example.org/appointments/${booked.id}`);
    const ics = calendarOf(forPatient.mail);
    expect(ics).toContain("DTSTART:20260602T090000Z");
    expect(ics).toContain(`UID:${booked.id}@healthcare`);
    expect(ics).toContain("METHOD:REQUEST");

    const doctorEmail = await emailOf(clinic.doctor.actor.userId);
    const forDoctor = received.find((r) => r.to.includes(doctorEmail))!;
    expect(forDoctor.mail.subject).toBe("New appointment request");
    expect(forDoctor.mail.text).toContain("09:00"); // the doctor works in UTC
    expect(calendarOf(forDoctor.mail)).toContain("DTSTART:20260602T090000Z");

    // Each in-app notification records that its email went out.
    const t = api.database.tables;
    const emailed = await api.database.db
      .select({ id: t.notifications.id })
      .from(t.notifications)
      .where(isNotNull(t.notifications.emailedAt));
    expect(emailed).toHaveLength(2);
  });

  it("respects the choice to have no email for a kind, and still notifies in the app", async () => {
    const patient = api.as(clinic.patient.actor);
    const prefs = await patient.notifications.updatePreferences({
      items: [{ kind: "appointment.confirmed", email: false }],
    });
    expect(prefs.items.find((i) => i.kind === "appointment.confirmed")?.email).toBe(false);
    expect(prefs.items.find((i) => i.kind === "appointment.cancelled")?.email).toBe(true);
    const [booked] = (await patient.appointments.list({})).items;
    received.length = 0;
    await api.as(clinic.doctor.actor).appointments.confirm({ id: booked!.id });
    // Cancelling is still emailed (as a calendar cancellation): it shows the pipeline ran.
    await patient.appointments.cancel({ id: booked!.id, reason: "Travel" });
    await until(() => received.length >= 1);
    expect(received.map((r) => r.mail.subject)).toEqual(["Appointment cancelled"]);
    expect(received[0]!.to).toEqual([await emailOf(clinic.doctor.actor.userId)]);
    const t = api.database.tables;
    const confirmed = await api.database.db
      .select({ emailedAt: t.notifications.emailedAt })
      .from(t.notifications)
      .where(
        and(
          eq(t.notifications.userId, clinic.patient.actor.userId),
          eq(t.notifications.title, "Appointment confirmed"),
        ),
      );
    expect(confirmed).toEqual([{ emailedAt: null }]);
    expect(calendarOf(received[0]!.mail)).toContain("METHOD:CANCEL");
  });

  it("refuses a preference for a kind the caller never receives", async () => {
    await expect(
      api.as(clinic.patient.actor).notifications.updatePreferences({
        items: [{ kind: "doctor.registered", email: false }],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  /** The account email of a user. */
  async function emailOf(userId: string): Promise<string> {
    const t = api.database.tables;
    const [row] = await api.database.db
      .select({ email: t.users.email })
      .from(t.users)
      .where(eq(t.users.id, userId));
    return row!.email;
  }
});

/** The calendar (.ics) carried by a message, as an alternative or an attachment. */
function calendarOf(mail: ParsedMail): string {
  const part = mail.attachments.find((a) => /calendar|ics/i.test(`${a.contentType} ${a.filename ?? ""}`));
  return part?.content.toString("utf8") ?? "";
}

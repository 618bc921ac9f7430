import type { Actor } from "@healthcare/core";
import { TRPCError } from "@trpc/server";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi } from "../testing";

type Api = Awaited<ReturnType<typeof createTestApi>>;
type Clinic = Awaited<ReturnType<Api["seedClinic"]>>;
type Caller =
  "anonymous" | "owner" | "otherPatient" | "careTeamDoctor" | "otherDoctor" | "breakGlassDoctor" | "admin";
const CALLERS: Caller[] = [
  "anonymous",
  "owner",
  "otherPatient",
  "careTeamDoctor",
  "otherDoctor",
  "breakGlassDoctor",
  "admin",
];

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : `THREW ${String(e)}`),
  );
}

describe("medical records, care team and audit access", () => {
  let api: Api;
  let clinic: Clinic;
  let glassDoctor: Actor;
  let clinicalRecordId: string;
  let selfRecordId: string;
  let ownerPatientId: string;

  beforeAll(async () => {
    api = await createTestApi();
    api.clock.set(new Date("2026-06-01T06:00:00Z"));
    clinic = await api.seedClinic();
    ownerPatientId = clinic.patient.user.patientId!;
    // The doctor confirms an appointment with the owner and so joins the care team.
    const booked = await api.as(clinic.patient.actor).appointments.create({
      doctorId: clinic.doctor.profile.id,
      startsAt: new Date("2026-06-01T09:00:00Z"),
      reason: "First visit",
    });
    await api.as(clinic.doctor.actor).appointments.confirm({ id: booked.id });
    const clinical = await api.as(clinic.doctor.actor).medicalRecords.create({
      patientId: ownerPatientId,
      type: "diagnosis",
      title: "Seasonal allergy",
      visitDate: "2026-06-01",
      diagnosis: "Allergic rhinitis",
      treatment: "Cetirizine 10 mg daily",
      appointmentId: booked.id,
    });
    clinicalRecordId = clinical.id;
    await api.as(clinic.doctor.actor).medicalRecords.addComment({
      recordId: clinicalRecordId,
      comment: "Shared: take with water",
      isPrivate: false,
    });
    await api.as(clinic.doctor.actor).medicalRecords.addComment({
      recordId: clinicalRecordId,
      comment: "Private: consider referral",
      isPrivate: true,
    });
    selfRecordId = (
      await api.as(clinic.patient.actor).medicalRecords.create({
        type: "checkup",
        title: "Home blood pressure",
        visitDate: "2026-05-30",
        notes: "128/82",
      })
    ).id;
    glassDoctor = clinic.otherDoctor.actor;
  });
  afterAll(async () => {
    await api.drop();
  });

  const actorOf = (c: Caller): Actor | null =>
    ({
      anonymous: null,
      owner: clinic.patient.actor,
      otherPatient: clinic.otherPatient.actor,
      careTeamDoctor: clinic.doctor.actor,
      otherDoctor: clinic.otherDoctor.actor,
      breakGlassDoctor: glassDoctor,
      admin: clinic.admin,
    })[c];
  const call = (c: Caller) => api.as(actorOf(c));
  /** Opens a fresh hour of emergency access for the break-glass doctor before its call. */
  const withGlass = async (c: Caller) => {
    if (c === "breakGlassDoctor")
      await api.as(glassDoctor).careTeam.breakGlass({
        patientId: ownerPatientId,
        reason: "Unconscious patient in the emergency room",
      });
  };
  const run = async (c: Caller, fn: () => Promise<unknown>) => {
    await withGlass(c);
    const code = await codeOf(fn());
    // Break-glass grants last an hour: move past it so "otherDoctor" is outside again.
    if (c === "breakGlassDoctor") api.clock.advance(61 * 60_000);
    return code;
  };

  type Case = { name: string; expected: Record<Caller, string>; run: (c: Caller) => Promise<unknown> };
  const readers = {
    anonymous: "UNAUTHORIZED",
    owner: "OK",
    otherPatient: "NOT_FOUND",
    careTeamDoctor: "OK",
    otherDoctor: "NOT_FOUND",
    breakGlassDoctor: "OK",
    admin: "NOT_FOUND",
  };
  const cases: Case[] = [
    {
      name: "medicalRecords.list",
      expected: readers,
      run: (c) => call(c).medicalRecords.list({ patientId: ownerPatientId }),
    },
    {
      name: "medicalRecords.byId",
      expected: readers,
      run: (c) => call(c).medicalRecords.byId({ id: clinicalRecordId }),
    },
    {
      name: "medicalRecords.create",
      expected: {
        anonymous: "UNAUTHORIZED",
        owner: "OK",
        otherPatient: "NOT_FOUND",
        careTeamDoctor: "OK",
        otherDoctor: "NOT_FOUND",
        breakGlassDoctor: "FORBIDDEN",
        admin: "NOT_FOUND",
      },
      run: (c) =>
        call(c).medicalRecords.create({
          patientId: ownerPatientId,
          type: "checkup",
          title: `Note by ${c}`,
          visitDate: "2026-06-01",
        }),
    },
    {
      name: "medicalRecords.update (clinical record)",
      expected: {
        anonymous: "UNAUTHORIZED",
        owner: "FORBIDDEN",
        otherPatient: "NOT_FOUND",
        careTeamDoctor: "OK",
        otherDoctor: "NOT_FOUND",
        breakGlassDoctor: "FORBIDDEN",
        admin: "NOT_FOUND",
      },
      run: (c) => call(c).medicalRecords.update({ id: clinicalRecordId, notes: `Edited by ${c}` }),
    },
    {
      name: "medicalRecords.update (self-reported record)",
      expected: {
        anonymous: "UNAUTHORIZED",
        owner: "OK",
        otherPatient: "NOT_FOUND",
        careTeamDoctor: "FORBIDDEN",
        otherDoctor: "NOT_FOUND",
        breakGlassDoctor: "FORBIDDEN",
        admin: "NOT_FOUND",
      },
      run: (c) => call(c).medicalRecords.update({ id: selfRecordId, notes: `Edited by ${c}` }),
    },
    {
      name: "medicalRecords.delete (a fresh self-reported record)",
      expected: {
        anonymous: "UNAUTHORIZED",
        owner: "OK",
        otherPatient: "NOT_FOUND",
        careTeamDoctor: "FORBIDDEN",
        otherDoctor: "NOT_FOUND",
        breakGlassDoctor: "FORBIDDEN",
        admin: "NOT_FOUND",
      },
      run: async (c) => {
        const fresh = await api
          .as(clinic.patient.actor)
          .medicalRecords.create({ type: "checkup", title: "To delete", visitDate: "2026-05-01" });
        await withGlass(c);
        return call(c).medicalRecords.delete({ id: fresh.id });
      },
    },
    {
      name: "medicalRecords.addComment",
      expected: {
        anonymous: "UNAUTHORIZED",
        owner: "FORBIDDEN",
        otherPatient: "NOT_FOUND",
        careTeamDoctor: "OK",
        otherDoctor: "NOT_FOUND",
        breakGlassDoctor: "FORBIDDEN",
        admin: "NOT_FOUND",
      },
      run: (c) =>
        call(c).medicalRecords.addComment({
          recordId: clinicalRecordId,
          comment: `Comment by ${c}`,
          isPrivate: true,
        }),
    },
    {
      name: "careTeam.list",
      expected: {
        anonymous: "UNAUTHORIZED",
        owner: "OK",
        otherPatient: "NOT_FOUND",
        careTeamDoctor: "OK",
        otherDoctor: "NOT_FOUND",
        breakGlassDoctor: "NOT_FOUND",
        admin: "OK",
      },
      run: (c) => call(c).careTeam.list({ patientId: ownerPatientId }),
    },
    {
      name: "careTeam.assign",
      expected: {
        anonymous: "UNAUTHORIZED",
        owner: "FORBIDDEN",
        otherPatient: "FORBIDDEN",
        careTeamDoctor: "FORBIDDEN",
        otherDoctor: "FORBIDDEN",
        breakGlassDoctor: "FORBIDDEN",
        admin: "OK",
      },
      run: (c) =>
        call(c).careTeam.assign({
          patientId: clinic.otherPatient.user.patientId!,
          doctorId: clinic.doctor.profile.id,
        }),
    },
    {
      name: "doctors.myPatients",
      expected: {
        anonymous: "UNAUTHORIZED",
        owner: "FORBIDDEN",
        otherPatient: "FORBIDDEN",
        careTeamDoctor: "OK",
        otherDoctor: "OK",
        breakGlassDoctor: "OK",
        admin: "FORBIDDEN",
      },
      run: (c) => call(c).doctors.myPatients({}),
    },
    {
      name: "patients.byId",
      expected: {
        anonymous: "UNAUTHORIZED",
        owner: "OK",
        otherPatient: "NOT_FOUND",
        careTeamDoctor: "OK",
        otherDoctor: "NOT_FOUND",
        breakGlassDoctor: "OK",
        admin: "OK",
      },
      run: (c) => call(c).patients.byId({ id: ownerPatientId }),
    },
    {
      name: "patients.update",
      expected: {
        anonymous: "UNAUTHORIZED",
        owner: "OK",
        otherPatient: "NOT_FOUND",
        careTeamDoctor: "FORBIDDEN",
        otherDoctor: "FORBIDDEN",
        breakGlassDoctor: "FORBIDDEN",
        admin: "OK",
      },
      run: (c) => call(c).patients.update({ id: ownerPatientId, address: `Updated by ${c}` }),
    },
    {
      name: "patients.me",
      expected: {
        anonymous: "UNAUTHORIZED",
        owner: "OK",
        otherPatient: "OK",
        careTeamDoctor: "FORBIDDEN",
        otherDoctor: "FORBIDDEN",
        breakGlassDoctor: "FORBIDDEN",
        admin: "FORBIDDEN",
      },
      run: (c) => call(c).patients.me(),
    },
    {
      name: "patients.create",
      expected: {
        anonymous: "UNAUTHORIZED",
        owner: "FORBIDDEN",
        otherPatient: "FORBIDDEN",
        careTeamDoctor: "FORBIDDEN",
        otherDoctor: "FORBIDDEN",
        breakGlassDoctor: "FORBIDDEN",
        admin: "OK",
      },
      run: (c) =>
        call(c).patients.create({
          email: `created-by-${c}@example.test`,
          password: "a long patient password",
          firstName: "New",
          lastName: "Patient",
        }),
    },
    {
      name: "audit.list",
      expected: {
        anonymous: "UNAUTHORIZED",
        owner: "FORBIDDEN",
        otherPatient: "FORBIDDEN",
        careTeamDoctor: "FORBIDDEN",
        otherDoctor: "FORBIDDEN",
        breakGlassDoctor: "FORBIDDEN",
        admin: "OK",
      },
      run: (c) => call(c).audit.list({}),
    },
    {
      name: "audit.myRecordAccess",
      expected: {
        anonymous: "UNAUTHORIZED",
        owner: "OK",
        otherPatient: "OK",
        careTeamDoctor: "FORBIDDEN",
        otherDoctor: "FORBIDDEN",
        breakGlassDoctor: "FORBIDDEN",
        admin: "FORBIDDEN",
      },
      run: (c) => call(c).audit.myRecordAccess({}),
    },
  ];

  it.each(cases)("$name answers each caller as expected", async (testCase) => {
    const actual: Record<string, string> = {};
    for (const c of CALLERS) actual[c] = await run(c, () => testCase.run(c));
    expect(actual).toEqual(testCase.expected);
  });

  it("stores clinical text and sensitive identifiers only as ciphertext", async () => {
    await api.as(clinic.patient.actor).patients.update({
      id: ownerPatientId,
      emergencyContact: { name: "Maria Owner", relationship: "sister", phone: "+1 555 0199" },
      insurance: { provider: "Acme Health", policyNumber: "POL-778899", groupNumber: "G-1" },
    });
    const profile = await api.as(clinic.patient.actor).patients.me();
    expect(profile.emergencyContact).toMatchObject({ name: "Maria Owner", relationship: "sister" });
    expect(profile.insurance).toMatchObject({ policyNumber: "POL-778899" });
    const t = api.database.tables;
    const [patientRow] = await api.database.db
      .select()
      .from(t.patients)
      .where(eq(t.patients.id, ownerPatientId));
    const [recordRow] = await api.database.db
      .select()
      .from(t.medicalRecords)
      .where(eq(t.medicalRecords.id, clinicalRecordId));
    const comments = await api.database.db
      .select()
      .from(t.recordComments)
      .where(eq(t.recordComments.recordId, clinicalRecordId));
    const raw = JSON.stringify([patientRow, recordRow, comments]);
    for (const secret of [
      "Maria Owner",
      "POL-778899",
      "Allergic rhinitis",
      "Cetirizine",
      "take with water",
      "consider referral",
    ])
      expect(raw).not.toContain(secret);
    expect(recordRow!.diagnosis).toMatch(/^enc:v1:test:/);
    expect(patientRow!.insurance).toMatch(/^enc:v1:test:/);
  });

  it("never gives a patient a private comment, in any response", async () => {
    const asOwner = await api.as(clinic.patient.actor).medicalRecords.byId({ id: clinicalRecordId });
    expect(asOwner.comments.map((c) => c.comment)).toContain("Shared: take with water");
    expect(JSON.stringify(asOwner)).not.toContain("Private: consider referral");
    const list = await api.as(clinic.patient.actor).medicalRecords.list({});
    expect(JSON.stringify(list)).not.toContain("Private");
    const asDoctor = await api.as(clinic.doctor.actor).medicalRecords.byId({ id: clinicalRecordId });
    expect(asDoctor.comments.map((c) => c.comment)).toContain("Private: consider referral");
  });

  it("ignores or refuses fields the caller does not own", async () => {
    const sneaky = await api.as(clinic.patient.actor).medicalRecords.create({
      type: "checkup",
      title: "Sneaky",
      visitDate: "2026-05-02",
      // @ts-expect-error: not part of the input; stripped by the schema
      authorUserId: clinic.doctor.actor.userId,
      doctorId: clinic.doctor.profile.id,
    });
    expect(sneaky).toMatchObject({
      kind: "self_reported",
      doctorId: null,
      author: { userId: clinic.patient.actor.userId },
    });
    expect(
      await codeOf(
        api.as(clinic.patient.actor).medicalRecords.create({
          patientId: clinic.otherPatient.user.patientId!,
          type: "checkup",
          title: "For someone else",
          visitDate: "2026-05-02",
        }),
      ),
    ).toBe("NOT_FOUND");
    const other = await api.as(clinic.doctor.actor).appointments.list({});
    expect(
      await codeOf(
        api.as(clinic.patient.actor).medicalRecords.create({
          type: "checkup",
          title: "Linked",
          visitDate: "2026-05-02",
          appointmentId: other.items[0]!.id,
        }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("writes exactly one audit event per read and per denial, and audit rows cannot change", async () => {
    const t = api.database.tables;
    const count = async () =>
      (await api.database.db.select({ id: t.auditEvents.id }).from(t.auditEvents)).length;
    const before = await count();
    await api.as(clinic.patient.actor).medicalRecords.byId({ id: clinicalRecordId });
    expect(await count()).toBe(before + 1);
    await codeOf(api.as(clinic.otherPatient.actor).medicalRecords.byId({ id: clinicalRecordId }));
    expect(await count()).toBe(before + 2);
    const [denied] = await api.database.db
      .select()
      .from(t.auditEvents)
      .where(
        and(
          eq(t.auditEvents.actorUserId, clinic.otherPatient.actor.userId),
          eq(t.auditEvents.outcome, "denied"),
          eq(t.auditEvents.action, "medicalRecords.byId"),
        ),
      )
      .orderBy(desc(t.auditEvents.occurredAt), desc(t.auditEvents.id))
      .limit(1);
    expect(denied).toMatchObject({
      action: "medicalRecords.byId",
      entityId: clinicalRecordId,
      ip: "203.0.113.7",
    });
    const appointment = (await api.as(clinic.patient.actor).appointments.list({})).items[0]!;
    const beforeAppointment = await count();
    await api.as(clinic.patient.actor).appointments.byId({ id: appointment.id });
    expect(await count()).toBe(beforeAppointment + 1);
    expect(await codeOf(api.as(clinic.otherPatient.actor).appointments.byId({ id: appointment.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await count()).toBe(beforeAppointment + 2);
    await api.as(clinic.patient.actor).patients.me();
    expect(await count()).toBe(beforeAppointment + 3);
    await api.as(clinic.patient.actor).auth.updateProfile({ address: "2 New Street" });
    expect(await count()).toBe(beforeAppointment + 4);
    // A refusal inside a change's transaction, and a refusal for the caller's role, are kept too.
    expect(
      await codeOf(
        api.as(clinic.otherPatient.actor).appointments.cancel({ id: appointment.id, reason: "Not mine" }),
      ),
    ).toBe("NOT_FOUND");
    expect(await count()).toBe(beforeAppointment + 5);
    expect(await codeOf(api.as(clinic.patient.actor).audit.list({}))).toBe("FORBIDDEN");
    expect(await count()).toBe(beforeAppointment + 6);
    const [refusal] = await api.database.db
      .select()
      .from(t.auditEvents)
      .where(and(eq(t.auditEvents.action, "audit.list"), eq(t.auditEvents.outcome, "denied")))
      .orderBy(desc(t.auditEvents.id))
      .limit(1);
    expect(refusal).toMatchObject({ actorUserId: clinic.patient.actor.userId, actorRole: "patient" });
    await expect(api.database.db.update(t.auditEvents).set({ outcome: "success" })).rejects.toThrow();
    await expect(api.database.db.delete(t.auditEvents)).rejects.toThrow();
  });

  it("shows the patient who accessed their data, break-glass marked as emergency", async () => {
    await api.as(glassDoctor).careTeam.breakGlass({
      patientId: ownerPatientId,
      reason: "Unconscious patient in the emergency room",
    });
    await api.as(glassDoctor).medicalRecords.list({ patientId: ownerPatientId });
    const items: Awaited<ReturnType<ReturnType<typeof call>["audit"]["myRecordAccess"]>>["items"] = [];
    let cursor: string | null = null;
    do {
      const page: { items: typeof items; nextCursor: string | null } = await api
        .as(clinic.patient.actor)
        .audit.myRecordAccess({ cursor, limit: 100 });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(items.some((e) => e.actorUserId === glassDoctor.userId && e.emergency)).toBe(true);
    expect(
      items.some((e) => e.actorUserId === clinic.doctor.actor.userId && e.action === "medicalRecords.create"),
    ).toBe(true);
    expect(items.every((e) => e.actorUserId !== clinic.patient.actor.userId)).toBe(true);
    expect(JSON.stringify(items)).not.toContain("203.0.113.7");
    const t = api.database.tables;
    const events = await api.database.db
      .select()
      .from(t.outbox)
      .where(eq(t.outbox.kind, "patient.emergency_access"));
    expect(events.length).toBeGreaterThan(0);
    api.clock.advance(61 * 60_000);
    expect(await codeOf(api.as(glassDoctor).medicalRecords.list({ patientId: ownerPatientId }))).toBe(
      "NOT_FOUND",
    );
  });

  it("lists the care team and the doctor's patients", async () => {
    const team = await api.as(clinic.patient.actor).careTeam.list({});
    expect(team.members.map((m) => m.doctorId)).toContain(clinic.doctor.profile.id);
    const mine = await api.as(clinic.doctor.actor).doctors.myPatients({});
    expect(mine.items.map((p) => p.id)).toContain(ownerPatientId);
    await api
      .as(clinic.admin)
      .careTeam.unassign({ patientId: ownerPatientId, doctorId: clinic.doctor.profile.id });
    expect(await codeOf(api.as(clinic.doctor.actor).medicalRecords.list({ patientId: ownerPatientId }))).toBe(
      "NOT_FOUND",
    );
    await api
      .as(clinic.admin)
      .careTeam.assign({ patientId: ownerPatientId, doctorId: clinic.doctor.profile.id });
    expect(await codeOf(api.as(clinic.doctor.actor).medicalRecords.list({ patientId: ownerPatientId }))).toBe(
      "OK",
    );
  });
});

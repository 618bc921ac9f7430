import type { Actor } from "@healthcare/core";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi } from "../testing";

type Api = Awaited<ReturnType<typeof createTestApi>>;
type Clinic = Awaited<ReturnType<Api["seedClinic"]>>;
type Caller = "anonymous" | "patient" | "otherPatient" | "doctor" | "otherDoctor" | "admin";
const CALLERS: Caller[] = ["anonymous", "patient", "otherPatient", "doctor", "otherDoctor", "admin"];

const NOW = new Date("2026-06-01T06:00:00Z");

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : `THREW ${String(e)}`),
  );
}

describe("access to every scheduling procedure", () => {
  let api: Api;
  let clinic: Clinic;
  let slotCursor = 0;
  const slotTimes: Date[] = [];

  beforeAll(async () => {
    api = await createTestApi();
    api.clock.set(NOW);
    clinic = await api.seedClinic();
    const { slots } = await api.as(clinic.admin).doctors.availableSlots({
      doctorId: clinic.doctor.profile.id,
      from: NOW,
      to: new Date("2026-07-01T00:00:00Z"),
    });
    slotTimes.push(...slots.map((s) => s.startsAt));
  });
  afterAll(async () => {
    await api.drop();
  });

  const actorOf = (caller: Caller): Actor | null =>
    ({
      anonymous: null,
      patient: clinic.patient.actor,
      otherPatient: clinic.otherPatient.actor,
      doctor: clinic.doctor.actor,
      otherDoctor: clinic.otherDoctor.actor,
      admin: clinic.admin,
    })[caller];
  const call = (caller: Caller) => api.as(actorOf(caller));
  const nextSlot = () => slotTimes[slotCursor++]!;
  /** A fresh appointment of the owner with the doctor, in the given state. */
  const freshAppointment = async (state: "requested" | "confirmed" | "started" = "requested") => {
    api.clock.set(NOW);
    const a = await api.as(clinic.patient.actor).appointments.create({
      doctorId: clinic.doctor.profile.id,
      startsAt: nextSlot(),
      reason: "Matrix visit",
    });
    if (state !== "requested") await api.as(clinic.doctor.actor).appointments.confirm({ id: a.id });
    if (state === "started") api.clock.set(new Date(a.startsAt.getTime() + 60_000));
    return a;
  };

  type Case = { name: string; expected: Record<Caller, string>; run: (caller: Caller) => Promise<unknown> };
  const everyoneSignedIn = {
    anonymous: "UNAUTHORIZED",
    patient: "OK",
    otherPatient: "OK",
    doctor: "OK",
    otherDoctor: "OK",
    admin: "OK",
  };
  const adminOnly = {
    anonymous: "UNAUTHORIZED",
    patient: "FORBIDDEN",
    otherPatient: "FORBIDDEN",
    doctor: "FORBIDDEN",
    otherDoctor: "FORBIDDEN",
    admin: "OK",
  };
  const doctorAndAdmin = {
    anonymous: "UNAUTHORIZED",
    patient: "NOT_FOUND",
    otherPatient: "NOT_FOUND",
    doctor: "OK",
    otherDoctor: "NOT_FOUND",
    admin: "OK",
  };
  const partiesOnly = {
    anonymous: "UNAUTHORIZED",
    patient: "OK",
    otherPatient: "NOT_FOUND",
    doctor: "OK",
    otherDoctor: "NOT_FOUND",
    admin: "OK",
  };
  const runsVisit = {
    anonymous: "UNAUTHORIZED",
    patient: "FORBIDDEN",
    otherPatient: "NOT_FOUND",
    doctor: "OK",
    otherDoctor: "NOT_FOUND",
    admin: "OK",
  };

  const cases: Case[] = [
    { name: "doctors.list", expected: everyoneSignedIn, run: (c) => call(c).doctors.list({}) },
    {
      name: "doctors.specializations",
      expected: everyoneSignedIn,
      run: (c) => call(c).doctors.specializations(),
    },
    {
      name: "doctors.byId",
      expected: everyoneSignedIn,
      run: (c) => call(c).doctors.byId({ id: clinic.doctor.profile.id }),
    },
    {
      name: "doctors.create",
      expected: adminOnly,
      run: (c) =>
        call(c).doctors.create({
          email: `new-${c}@example.test`,
          password: "a long doctor password",
          firstName: "New",
          lastName: c,
          specialization: "Cardiology",
          licenseNumber: `NEW-${c}`,
          timeZone: "UTC",
        }),
    },
    {
      name: "doctors.update (bio)",
      expected: {
        anonymous: "UNAUTHORIZED",
        patient: "FORBIDDEN",
        otherPatient: "FORBIDDEN",
        doctor: "OK",
        otherDoctor: "FORBIDDEN",
        admin: "OK",
      },
      run: (c) => call(c).doctors.update({ id: clinic.doctor.profile.id, bio: `Bio by ${c}` }),
    },
    {
      name: "doctors.archive",
      expected: adminOnly,
      run: async (c) => {
        const extra = await api.as(clinic.admin).doctors.create({
          email: `arch-${c}@example.test`,
          password: "a long doctor password",
          firstName: "Arch",
          lastName: c,
          specialization: "Cardiology",
          licenseNumber: `ARCH-${c}`,
          timeZone: "UTC",
        });
        return call(c).doctors.archive({ id: extra.id });
      },
    },
    {
      name: "doctors.approve",
      expected: adminOnly,
      run: async (c) => {
        await api.as(null).auth.register({
          role: "doctor",
          email: `pending-${c}@example.test`,
          password: "a long doctor password",
          firstName: "Pending",
          lastName: c,
          specialization: "Neurology",
          licenseNumber: `PEND-${c}`,
        });
        const { items } = await api
          .as(clinic.admin)
          .doctors.list({ state: "pending", search: `pending ${c}` });
        return call(c).doctors.approve({ id: items[0]!.id });
      },
    },
    {
      name: "doctors.schedule",
      expected: everyoneSignedIn,
      run: (c) => call(c).doctors.schedule({ doctorId: clinic.doctor.profile.id }),
    },
    {
      name: "doctors.setSchedule",
      expected: doctorAndAdmin,
      run: (c) =>
        call(c).doctors.setSchedule({
          doctorId: clinic.doctor.profile.id,
          timeZone: "UTC",
          slotMinutes: 30,
          rules: [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, startTime: "09:00", endTime: "17:00" })),
        }),
    },
    {
      name: "doctors.addTimeOff",
      expected: doctorAndAdmin,
      run: (c) =>
        call(c).doctors.addTimeOff({
          doctorId: clinic.doctor.profile.id,
          startsAt: new Date("2027-01-01T00:00:00Z"),
          endsAt: new Date("2027-01-02T00:00:00Z"),
          reason: c,
        }),
    },
    {
      name: "doctors.removeTimeOff",
      expected: doctorAndAdmin,
      run: async (c) => {
        const off = await api.as(clinic.admin).doctors.addTimeOff({
          doctorId: clinic.doctor.profile.id,
          startsAt: new Date("2027-02-01T00:00:00Z"),
          endsAt: new Date("2027-02-02T00:00:00Z"),
        });
        return call(c).doctors.removeTimeOff({ doctorId: clinic.doctor.profile.id, timeOffId: off.id });
      },
    },
    {
      name: "doctors.availableSlots",
      expected: everyoneSignedIn,
      run: (c) =>
        call(c).doctors.availableSlots({
          doctorId: clinic.doctor.profile.id,
          from: NOW,
          to: new Date("2026-06-08T00:00:00Z"),
        }),
    },
    {
      name: "doctors.appointments",
      expected: doctorAndAdmin,
      run: (c) =>
        call(c).doctors.appointments({
          doctorId: clinic.doctor.profile.id,
          from: NOW,
          to: new Date("2026-07-01T00:00:00Z"),
        }),
    },
    { name: "appointments.list", expected: everyoneSignedIn, run: (c) => call(c).appointments.list({}) },
    {
      name: "appointments.byId",
      expected: partiesOnly,
      run: async (c) => call(c).appointments.byId({ id: (await freshAppointment()).id }),
    },
    {
      name: "appointments.create",
      expected: {
        anonymous: "UNAUTHORIZED",
        patient: "OK",
        otherPatient: "OK",
        doctor: "FORBIDDEN",
        otherDoctor: "FORBIDDEN",
        admin: "OK",
      },
      run: (c) => {
        api.clock.set(NOW);
        return call(c).appointments.create({
          doctorId: clinic.doctor.profile.id,
          startsAt: nextSlot(),
          reason: "Booked in the matrix",
          ...(c === "admin" && { patientId: clinic.patient.user.patientId! }),
        });
      },
    },
    {
      name: "appointments.update",
      expected: partiesOnly,
      run: async (c) =>
        call(c).appointments.update({ id: (await freshAppointment()).id, reason: `Reason from ${c}` }),
    },
    {
      name: "appointments.reschedule",
      expected: partiesOnly,
      run: async (c) => {
        const a = await freshAppointment();
        return call(c).appointments.reschedule({ id: a.id, startsAt: nextSlot() });
      },
    },
    {
      name: "appointments.confirm",
      expected: runsVisit,
      run: async (c) => call(c).appointments.confirm({ id: (await freshAppointment()).id }),
    },
    {
      name: "appointments.complete",
      expected: runsVisit,
      run: async (c) => call(c).appointments.complete({ id: (await freshAppointment("started")).id }),
    },
    {
      name: "appointments.markNoShow",
      expected: runsVisit,
      run: async (c) => call(c).appointments.markNoShow({ id: (await freshAppointment("started")).id }),
    },
    {
      name: "appointments.cancel",
      expected: partiesOnly,
      run: async (c) =>
        call(c).appointments.cancel({ id: (await freshAppointment()).id, reason: `Cancelled by ${c}` }),
    },
    {
      name: "appointments.delete",
      expected: adminOnly,
      run: async (c) => call(c).appointments.delete({ id: (await freshAppointment()).id }),
    },
    {
      name: "appointments.upcoming",
      expected: everyoneSignedIn,
      run: (c) => call(c).appointments.upcoming(),
    },
    { name: "appointments.past", expected: everyoneSignedIn, run: (c) => call(c).appointments.past() },
    { name: "appointments.today", expected: everyoneSignedIn, run: (c) => call(c).appointments.today() },
    {
      name: "appointments.analytics",
      expected: {
        anonymous: "UNAUTHORIZED",
        patient: "FORBIDDEN",
        otherPatient: "FORBIDDEN",
        doctor: "OK",
        otherDoctor: "OK",
        admin: "OK",
      },
      run: (c) => call(c).appointments.analytics({ from: "2026-06-01", to: "2026-06-30" }),
    },
  ];

  cases.push({
    name: "patients.list",
    expected: {
      anonymous: "UNAUTHORIZED",
      patient: "FORBIDDEN",
      otherPatient: "FORBIDDEN",
      doctor: "OK",
      otherDoctor: "OK",
      admin: "OK",
    },
    run: (c) => call(c).patients.list({ search: "owner" }),
  });

  it.each(cases)("$name answers each caller as expected", async ({ expected, run }) => {
    const actual: Record<string, string> = {};
    for (const caller of CALLERS) actual[caller] = await codeOf(run(caller));
    expect(actual).toEqual(expected);
  });

  it("scopes lists to the caller: patients and doctors see only their own appointments", async () => {
    const own = await call("patient").appointments.list({ limit: 100 });
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((a) => a.patientId === clinic.patient.user.patientId)).toBe(true);
    const stranger = await call("otherPatient").appointments.list({ limit: 100 });
    expect(stranger.items.every((a) => a.patientId === clinic.otherPatient.user.patientId)).toBe(true);
    expect((await call("otherDoctor").appointments.list({ limit: 100 })).items).toHaveLength(0);
  });

  it("finds patients by name, email or phone", async () => {
    const byName = await call("admin").patients.list({ search: "owner" });
    expect(byName.items.map((p) => p.id)).toEqual([clinic.patient.user.patientId]);
    const byEmail = await call("admin").patients.list({ search: clinic.otherPatient.email.slice(0, 12) });
    expect(byEmail.items.map((p) => p.id)).toContain(clinic.otherPatient.user.patientId);
    expect((await call("admin").patients.list({ search: "100%_" })).items).toHaveLength(0);
  });

  it("hides pending doctors from patients but shows them to admins", async () => {
    await api.as(null).auth.register({
      role: "doctor",
      email: "hidden@example.test",
      password: "a long doctor password",
      firstName: "Hidden",
      lastName: "Pending",
      specialization: "Neurology",
      licenseNumber: "HIDDEN-1",
    });
    const patientView = await call("patient").doctors.list({ search: "hidden", state: "all" });
    expect(patientView.items).toHaveLength(0);
    const adminView = await call("admin").doctors.list({ search: "hidden", state: "pending" });
    expect(adminView.items).toHaveLength(1);
    expect(await codeOf(call("patient").doctors.byId({ id: adminView.items[0]!.id }))).toBe("NOT_FOUND");
  });
});

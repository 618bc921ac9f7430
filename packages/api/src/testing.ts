import type { Actor, Clock, RequestMeta, Services } from "@healthcare/core";
import { randomBytes } from "node:crypto";
import { auth, doctors, FieldCipher, KeyRing } from "@healthcare/core";
import type { TestDatabase } from "@healthcare/db/testing";
import { createTestDatabase } from "@healthcare/db/testing";
import { appRouter } from "./root";
import type { ContextOptions } from "./trpc";
import { createCallerFactory, createContextInner } from "./trpc";

/** A clock tests can move. */
export class TestClock implements Clock {
  constructor(private current = new Date()) {}
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

const createCaller = createCallerFactory(appRouter);

/** An API over a fresh database of the test dialect, with helpers to call it as someone. */
export async function createTestApi() {
  const database: TestDatabase = await createTestDatabase();
  const clock = new TestClock();
  const cipher = new FieldCipher(new KeyRing([{ id: "test", key: randomBytes(32) }]));
  const services: Services = { database, clock, cipher };
  const meta: RequestMeta = { ip: "203.0.113.7", userAgent: "vitest" };

  /** A caller acting as `actor` (null: anonymous), with the cookie jar that records what the API sets. */
  const withJar = (actor: Actor | null, options: Partial<ContextOptions> = {}) => {
    const jar = { token: null as string | null, cleared: false };
    const caller = createCaller(
      createContextInner({
        services,
        actor,
        meta,
        cookies: {
          setSession: (token) => (jar.token = token),
          clearSession: () => (jar.cleared = true),
        },
        ...options,
      }),
    );
    return { caller, jar };
  };
  /** A caller acting as `actor` (null: anonymous). */
  const as = (actor: Actor | null, options: Partial<ContextOptions> = {}) => withJar(actor, options).caller;

  /** Registers a patient and returns the actor behind its session. */
  const registerPatient = async (overrides: Record<string, unknown> = {}) => {
    const { caller: anonymous, jar } = withJar(null);
    const email = `patient-${Math.random().toString(36).slice(2)}@example.test`;
    const { user } = await anonymous.auth.register({
      email,
      password: "a long enough password",
      firstName: "Pat",
      lastName: "Ient",
      ...overrides,
    });
    const actor = await auth.authenticateSession(services, jar.token!);
    return { user, actor: actor!, token: jar.token!, email, password: "a long enough password" };
  };

  /** An admin, an approved doctor with a Mon-Fri 09:00-17:00 schedule, a second doctor, and patients. */
  const seedClinic = async (options: { timeZone?: string } = {}) => {
    const timeZone = options.timeZone ?? "UTC";
    const adminAccount = await auth.createAdmin(services, {
      email: `admin-${Math.random().toString(36).slice(2)}@example.test`,
      password: "a long admin password",
    });
    const admin: Actor = {
      userId: adminAccount.userId,
      role: "admin",
      patientId: null,
      doctorId: null,
      doctorApproved: false,
      credential: { kind: "session", id: "test" },
    };
    const makeDoctor = async (lastName: string) => {
      const profile = await doctors.createDoctor(services, admin, {
        email: `${lastName.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.test`,
        password: "a long doctor password",
        firstName: "Doc",
        lastName,
        specialization: "General Practice",
        licenseNumber: `LIC-${Math.random().toString(36).slice(2, 10)}`,
        timeZone,
      });
      await doctors.setSchedule(services, admin, {
        doctorId: profile.id,
        timeZone,
        slotMinutes: 30,
        rules: [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, startTime: "09:00", endTime: "17:00" })),
      });
      const actor: Actor = {
        userId: profile.userId,
        role: "doctor",
        patientId: null,
        doctorId: profile.id,
        doctorApproved: true,
        credential: { kind: "session", id: "test" },
      };
      return { profile, actor };
    };
    const doctor = await makeDoctor("Primary");
    const otherDoctor = await makeDoctor("Other");
    const patient = await registerPatient({ firstName: "Owner" });
    const otherPatient = await registerPatient({ firstName: "Stranger" });
    return { admin, doctor, otherDoctor, patient, otherPatient };
  };

  return {
    database,
    clock,
    services,
    meta,
    as,
    withJar,
    registerPatient,
    seedClinic,
    drop: () => database.drop(),
  };
}

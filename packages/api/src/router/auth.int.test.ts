import { auth } from "@healthcare/core";
import { SESSION_IDLE_TIMEOUT_MS } from "@healthcare/auth";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi } from "../testing";

type Api = Awaited<ReturnType<typeof createTestApi>>;

async function expectCode(promise: Promise<unknown>, code: TRPCError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  return error as TRPCError;
}

describe("auth procedures", () => {
  let api: Api;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(async () => {
    await api.drop();
  });

  it("registers a patient, signs them in with a cookie and answers me", async () => {
    const { user, actor, token } = await api.registerPatient({ firstName: "Ada", dateOfBirth: "1990-04-01" });
    expect(token).toMatch(/^[a-z2-7]+\.[a-z2-7]+$/);
    expect(user).toMatchObject({ role: "patient", firstName: "Ada", doctorId: null });
    expect(user.patientId).toEqual(expect.any(String));
    const me = await api.as(actor).auth.me();
    expect(me).toMatchObject({
      id: user.id,
      email: user.email,
      role: "patient",
      patientId: user.patientId,
      doctorId: null,
    });
    expect(me.patient?.dateOfBirth).toBe("1990-04-01");
    expect(JSON.stringify(me)).not.toMatch(/argon2|password/i);
  });

  it("refuses a duplicate email, a weak password and missing fields with clear errors", async () => {
    const { email } = await api.registerPatient();
    const anonymous = api.as(null);
    const duplicate = await expectCode(
      anonymous.auth.register({
        email: email.toUpperCase(),
        password: "another long password",
        firstName: "A",
        lastName: "B",
      }),
      "CONFLICT",
    );
    expect(duplicate.message).toMatch(/already exists/);
    const weak = await expectCode(
      anonymous.auth.register({
        email: "weak@example.test",
        password: "short",
        firstName: "A",
        lastName: "B",
      }),
      "BAD_REQUEST",
    );
    expect(weak.cause).toBeDefined();
  });

  it("keeps a registered doctor pending until approval", async () => {
    const { caller: anonymous, jar } = api.withJar(null);
    const { user } = await anonymous.auth.register({
      role: "doctor",
      email: "new.doctor@example.test",
      password: "a long enough password",
      firstName: "Greg",
      lastName: "House",
      specialization: "Diagnostics",
      licenseNumber: "NJ-12345",
    });
    expect(user).toMatchObject({ role: "doctor", doctorApprovalState: "pending" });
    const actor = await auth.authenticateSession(api.services, jar.token!);
    expect(actor).toMatchObject({ role: "doctor", doctorApproved: false });
    await expectCode(
      api.as(null).auth.register({
        role: "doctor",
        email: "other.doctor@example.test",
        password: "a long enough password",
        firstName: "Other",
        lastName: "Doctor",
        specialization: "Diagnostics",
        licenseNumber: "NJ-12345",
      }),
      "CONFLICT",
    );
  });

  it("answers wrong email and wrong password alike, then throttles the account", async () => {
    const { email } = await api.registerPatient();
    const anonymous = api.as(null);
    const unknown = await expectCode(
      anonymous.auth.login({ email: "nobody@example.test", password: "whatever it is" }),
      "UNAUTHORIZED",
    );
    const wrong = await expectCode(
      anonymous.auth.login({ email, password: "not the password" }),
      "UNAUTHORIZED",
    );
    expect(unknown.message).toBe(wrong.message);
    for (let i = 0; i < 4; i++)
      await expectCode(anonymous.auth.login({ email, password: "not the password" }), "UNAUTHORIZED");
    const throttled = await expectCode(
      anonymous.auth.login({ email, password: "a long enough password" }),
      "TOO_MANY_REQUESTS",
    );
    expect(throttled.message).toMatch(/Try again in/);
    api.clock.advance(61_000);
    await api.as(null).auth.login({ email, password: "a long enough password" });
  });

  it("ends a session after 30 idle minutes and on logout", async () => {
    const { email, password } = await api.registerPatient();
    const { caller: anonymous, jar } = api.withJar(null);
    await anonymous.auth.login({ email, password });
    const token = jar.token!;
    expect(await auth.authenticateSession(api.services, token)).not.toBeNull();
    api.clock.advance(SESSION_IDLE_TIMEOUT_MS + 1);
    expect(await auth.authenticateSession(api.services, token)).toBeNull();

    const again = api.withJar(null);
    await again.caller.auth.login({ email, password });
    const actor = (await auth.authenticateSession(api.services, again.jar.token!))!;
    const signedIn = api.withJar(actor);
    await signedIn.caller.auth.logout();
    expect(signedIn.jar.cleared).toBe(true);
    expect(await auth.authenticateSession(api.services, again.jar.token!)).toBeNull();
  });

  it("slides the idle timeout with activity, up to the absolute lifetime", async () => {
    const { email, password } = await api.registerPatient();
    const { caller, jar } = api.withJar(null);
    await caller.auth.login({ email, password });
    for (let i = 0; i < 3; i++) {
      api.clock.advance(20 * 60_000); // 20 min: within the idle timeout, and activity is recorded
      expect(await auth.authenticateSession(api.services, jar.token!)).not.toBeNull();
    }
    const t = api.database.tables;
    const [row] = await api.database.db
      .select()
      .from(t.sessions)
      .where(eq(t.sessions.id, jar.token!.split(".")[0]!));
    expect(row!.lastActiveAt.getTime()).toBe(api.clock.now().getTime());
    api.clock.advance(12 * 60 * 60_000);
    expect(await auth.authenticateSession(api.services, jar.token!)).toBeNull();
  });

  it("issues, uses and revokes bearer tokens for scripts", async () => {
    const { email, password } = await api.registerPatient();
    const { token, expiresAt, name } = await api
      .as(null)
      .auth.token({ email, password, name: "nightly export" });
    expect(name).toBe("nightly export");
    expect(expiresAt.getTime()).toBeGreaterThan(api.clock.now().getTime());
    const actor = await auth.authenticateApiToken(api.services, token);
    expect(actor?.credential.kind).toBe("token");
    const t = api.database.tables;
    const [stored] = await api.database.db
      .select()
      .from(t.apiTokens)
      .where(eq(t.apiTokens.id, token.split(".")[0]!));
    expect(stored!.lastUsedAt?.getTime()).toBe(api.clock.now().getTime());
    expect(await auth.authenticateSession(api.services, token)).toBeNull();
    await api.as(actor).auth.revokeToken();
    expect(await auth.authenticateApiToken(api.services, token)).toBeNull();
  });

  it("ends the other sessions and tokens when the password changes", async () => {
    const { email, password, actor } = await api.registerPatient();
    const other = api.withJar(null);
    await other.caller.auth.login({ email, password });
    const { token } = await api.as(null).auth.token({ email, password });
    await expectCode(
      api
        .as(actor)
        .auth.changePassword({ currentPassword: "wrong password!", newPassword: "a brand new passphrase" }),
      "BAD_REQUEST",
    );
    await api
      .as(actor)
      .auth.changePassword({ currentPassword: password, newPassword: "a brand new passphrase" });
    expect(await auth.authenticateSession(api.services, other.jar.token!)).toBeNull();
    expect(await auth.authenticateApiToken(api.services, token)).toBeNull();
    expect(await api.as(actor).auth.me()).toMatchObject({ email });
    await api.as(null).auth.login({ email, password: "a brand new passphrase" });
  });

  it("updates the own profile, and refuses patient fields for staff", async () => {
    const { actor } = await api.registerPatient();
    const me = await api.as(actor).auth.updateProfile({
      firstName: "Grace",
      address: "1 Main St",
      gender: "female",
      timeZone: "Europe/Berlin",
    });
    expect(me).toMatchObject({
      firstName: "Grace",
      timeZone: "Europe/Berlin",
      patient: { address: "1 Main St", gender: "female" },
    });
    await expectCode(api.as(actor).auth.updateProfile({ timeZone: "Mars/Olympus" }), "BAD_REQUEST");
    const admin = await auth.createAdmin(api.services, {
      email: "boss@example.test",
      password: "a long admin password",
    });
    const adminActor = {
      userId: admin.userId,
      role: "admin" as const,
      patientId: null,
      doctorId: null,
      doctorApproved: false,
      credential: { kind: "session" as const, id: "x" },
    };
    await expectCode(api.as(adminActor).auth.updateProfile({ dateOfBirth: "1980-01-01" }), "BAD_REQUEST");
  });

  it("requires sign-in for me, and refuses cross-site mutations", async () => {
    await expectCode(api.as(null).auth.me(), "UNAUTHORIZED");
    const { actor } = await api.registerPatient();
    await expectCode(
      api.as(actor, { originTrusted: false }).auth.updateProfile({ firstName: "Mallory" }),
      "FORBIDDEN",
    );
    expect(await api.as(actor, { originTrusted: false }).auth.me()).toMatchObject({ firstName: "Pat" });
  });

  it("refuses a weak administrator password", async () => {
    await expect(
      auth.createAdmin(api.services, { email: "weak.admin@example.test", password: "password1234" }),
    ).rejects.toThrow();
  });
});

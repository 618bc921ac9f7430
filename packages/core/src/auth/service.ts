import type { Executor } from "@healthcare/db";
import { constraintViolation, hotQuery, newId } from "@healthcare/db";
import {
  ACCOUNT_FAILURE_LIMIT,
  API_TOKEN_DEFAULT_DAYS,
  evaluateSession,
  generateToken,
  hashPassword,
  IP_FAILURE_LIMIT,
  newSessionTimes,
  parseToken,
  recordFailure,
  retryAfterMs,
  secretMatches,
  verifyAgainstDummy,
  verifyPassword,
} from "@healthcare/auth";
import type { ChangePasswordInput, RegisterInput, Role, UpdateProfileInput } from "@healthcare/validators";
import {
  changePasswordInput,
  loginInput,
  newPassword,
  registerInput,
  tokenInput,
  updateProfileInput,
} from "@healthcare/validators";
import { and, eq, gt, inArray, isNull, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import { appendAudit } from "../audit";
import { enqueueEvent } from "../outbox";
import type { Actor, RequestMeta, Services } from "../context";
import {
  ConflictError,
  NotFoundError,
  RateLimitedError,
  UnauthorizedError,
  ValidationError,
} from "../errors";
import type { Me } from "./me";
import { loadMe } from "./me";

/** A credential handed to the client once; only its hash is kept. */
export interface IssuedCredential {
  token: string;
  expiresAt: Date;
}

const WRONG_CREDENTIALS = "Email or password is incorrect";

/** Creates a patient account (or a pending doctor account) and signs it in. */
export async function register(
  services: Services,
  rawInput: RegisterInput,
  meta: RequestMeta,
): Promise<{ user: Me; session: IssuedCredential }> {
  const input = registerInput.parse(rawInput);
  const { database, clock } = services;
  const t = database.tables;
  const passwordHash = await hashPassword(input.password);
  const now = clock.now();
  const userId = newId();
  try {
    const session = await database.transaction(async (tx) => {
      await tx.insert(t.users).values({
        id: userId,
        email: input.email,
        passwordHash,
        role: input.role,
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone ?? null,
        timeZone: input.timeZone ?? "UTC",
      });
      if (input.role === "patient") {
        await tx.insert(t.patients).values({
          id: newId(),
          userId,
          dateOfBirth: input.dateOfBirth ?? null,
          phone: input.phone ?? null,
        });
      } else {
        await tx.insert(t.doctors).values({
          id: newId(),
          userId,
          specialization: input.specialization,
          licenseNumber: input.licenseNumber,
          phone: input.phone ?? null,
          timeZone: input.timeZone ?? "UTC",
          approvalState: "pending",
        });
      }
      if (input.role === "doctor") {
        await enqueueEvent(services, tx, "doctor.registered", {
          doctorUserId: userId,
          name: `${input.firstName} ${input.lastName}`,
          specialization: input.specialization,
        });
      }
      await appendAudit(
        services,
        {
          actorUserId: userId,
          actorRole: input.role,
          action: "auth.register",
          entityType: "user",
          entityId: userId,
          outcome: "success",
          ip: meta.ip,
        },
        tx,
      );
      return createSession(services, tx, userId, now, meta);
    });
    return { user: await loadMe(services, userId), session };
  } catch (error) {
    throw uniqueAccountConflict(error) ?? error;
  }
}

/** Maps a duplicate email or licence number to a clear conflict. */
export function uniqueAccountConflict(error: unknown): ConflictError | null {
  const violation = constraintViolation(error);
  if (violation?.kind !== "unique") return null;
  if (/license/.test(violation.name))
    return new ConflictError("A doctor with this license number is already registered");
  if (/email/.test(violation.name)) return new ConflictError("An account with this email already exists");
  return null;
}

async function createSession(
  services: Services,
  tx: Executor,
  userId: string,
  now: Date,
  meta: RequestMeta,
): Promise<IssuedCredential> {
  const credential = generateToken();
  const times = newSessionTimes(now);
  await tx.insert(services.database.tables.sessions).values({
    id: credential.id,
    userId,
    secretHash: credential.secretHash,
    ...times,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  // The cookie lives until the absolute limit; the idle timeout is enforced on the server.
  return { token: credential.token, expiresAt: times.expiresAt };
}

/**
 * Checks an email and password, with throttling per account and per IP. Wrong email and wrong
 * password give the same answer in the same time. Returns the user id.
 */
async function verifyCredentials(
  services: Services,
  rawInput: z.input<typeof loginInput>,
  meta: RequestMeta,
  action: string,
) {
  const input = loginInput.parse(rawInput);
  const { database, clock } = services;
  const t = database.tables;
  const now = clock.now();
  const keys = [`account:${input.email}`, ...(meta.ip ? [`ip:${meta.ip}`] : [])];
  const states = await database.db.select().from(t.loginThrottle).where(inArray(t.loginThrottle.key, keys));
  const wait = Math.max(0, ...states.map((s) => retryAfterMs(s, now)));
  if (wait > 0) {
    await appendAudit(services, {
      actorUserId: null,
      actorRole: null,
      action,
      entityType: "user",
      outcome: "denied",
      ip: meta.ip,
      details: { reason: "throttled" },
    });
    throw new RateLimitedError(Math.ceil(wait / 1000));
  }

  const [user] = await database.db
    .select({
      id: t.users.id,
      role: t.users.role,
      passwordHash: t.users.passwordHash,
      isActive: t.users.isActive,
    })
    .from(t.users)
    .where(eq(t.users.email, input.email));
  const ok = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  if (!ok || !user || !user.isActive) {
    await database.transaction(async (tx) => {
      for (const key of keys) {
        const [state] = await tx.select().from(t.loginThrottle).where(eq(t.loginThrottle.key, key));
        const next = recordFailure(
          state,
          now,
          key.startsWith("ip:") ? IP_FAILURE_LIMIT : ACCOUNT_FAILURE_LIMIT,
        );
        await tx
          .insert(t.loginThrottle)
          .values({ key, ...next })
          .onConflictDoUpdate({ target: t.loginThrottle.key, set: next });
      }
      await appendAudit(
        services,
        {
          actorUserId: null,
          actorRole: null,
          action,
          entityType: "user",
          entityId: user?.id ?? null,
          outcome: "failure",
          ip: meta.ip,
          details: { reason: !user ? "unknown_account" : !ok ? "wrong_password" : "inactive_account" },
        },
        tx,
      );
    });
    throw new UnauthorizedError(WRONG_CREDENTIALS);
  }
  await database.db.delete(t.loginThrottle).where(eq(t.loginThrottle.key, `account:${input.email}`));
  return { userId: user.id, role: user.role, now };
}

/** Signs in with email and password; returns the user and a new cookie session. */
export async function login(
  services: Services,
  input: z.input<typeof loginInput>,
  meta: RequestMeta,
): Promise<{ user: Me; session: IssuedCredential }> {
  const { userId, role, now } = await verifyCredentials(services, input, meta, "auth.login");
  const session = await services.database.transaction(async (tx) => {
    await appendAudit(
      services,
      {
        actorUserId: userId,
        actorRole: role,
        action: "auth.login",
        entityType: "user",
        entityId: userId,
        outcome: "success",
        ip: meta.ip,
      },
      tx,
    );
    return createSession(services, tx, userId, now, meta);
  });
  return { user: await loadMe(services, userId), session };
}

/** Issues a named bearer token for scripts after checking email and password. */
export async function issueApiToken(
  services: Services,
  rawInput: z.input<typeof tokenInput>,
  meta: RequestMeta,
): Promise<{ token: string; tokenId: string; name: string; expiresAt: Date }> {
  const input = tokenInput.parse(rawInput);
  const { userId, role, now } = await verifyCredentials(services, input, meta, "auth.token");
  const credential = generateToken();
  const expiresAt = new Date(now.getTime() + (input.expiresInDays ?? API_TOKEN_DEFAULT_DAYS) * 86_400_000);
  const name = input.name ?? `token ${now.toISOString().slice(0, 16).replace("T", " ")}`;
  await services.database.transaction(async (tx) => {
    await tx.insert(services.database.tables.apiTokens).values({
      id: credential.id,
      userId,
      name,
      secretHash: credential.secretHash,
      createdAt: now,
      expiresAt,
    });
    await appendAudit(
      services,
      {
        actorUserId: userId,
        actorRole: role,
        action: "auth.token",
        entityType: "api_token",
        entityId: credential.id,
        outcome: "success",
        ip: meta.ip,
      },
      tx,
    );
  });
  return { token: credential.token, tokenId: credential.id, name, expiresAt };
}

/** The columns that make an actor, for queries that join users, patients and doctors. */
function actorColumns(t: Services["database"]["tables"]) {
  return {
    userId: t.users.id,
    role: t.users.role,
    isActive: t.users.isActive,
    patientId: t.patients.id,
    doctorId: t.doctors.id,
    approvalState: t.doctors.approvalState,
    doctorArchivedAt: t.doctors.archivedAt,
  };
}

type ActorRow = {
  [K in keyof ReturnType<typeof actorColumns>]: ReturnType<typeof actorColumns>[K]["_"]["data"] | null;
};

function toActor(row: ActorRow, credential: Actor["credential"]): Actor | null {
  if (!row.isActive || !row.userId || !row.role) return null;
  return {
    userId: row.userId,
    role: row.role,
    patientId: row.role === "patient" ? row.patientId : null,
    doctorId: row.role === "doctor" ? row.doctorId : null,
    doctorApproved: row.role === "doctor" && row.approvalState === "approved" && !row.doctorArchivedAt,
    credential,
  };
}

// Every authenticated request runs one of these two: built once per database (see hotQuery).
const sessionWithActor = hotQuery("session_with_actor", (db, t) =>
  db
    .select({
      ...actorColumns(t),
      secretHash: t.sessions.secretHash,
      createdAt: t.sessions.createdAt,
      lastActiveAt: t.sessions.lastActiveAt,
      expiresAt: t.sessions.expiresAt,
    })
    .from(t.sessions)
    .innerJoin(t.users, eq(t.users.id, t.sessions.userId))
    .leftJoin(t.patients, eq(t.patients.userId, t.users.id))
    .leftJoin(t.doctors, eq(t.doctors.userId, t.users.id))
    .where(eq(t.sessions.id, sql.placeholder("id"))),
);

const tokenWithActor = hotQuery("token_with_actor", (db, t) =>
  db
    .select({ ...actorColumns(t), secretHash: t.apiTokens.secretHash, lastUsedAt: t.apiTokens.lastUsedAt })
    .from(t.apiTokens)
    .innerJoin(t.users, eq(t.users.id, t.apiTokens.userId))
    .leftJoin(t.patients, eq(t.patients.userId, t.users.id))
    .leftJoin(t.doctors, eq(t.doctors.userId, t.users.id))
    .where(
      and(
        eq(t.apiTokens.id, sql.placeholder("id")),
        isNull(t.apiTokens.revokedAt),
        gt(t.apiTokens.expiresAt, sql.placeholder("now")),
      ),
    ),
);

const touchSession = hotQuery("touch_session", (db, t) =>
  db
    .update(t.sessions)
    .set({ lastActiveAt: sql`${sql.placeholder("now")}` })
    .where(eq(t.sessions.id, sql.placeholder("id"))),
);

const touchToken = hotQuery("touch_api_token", (db, t) =>
  db
    .update(t.apiTokens)
    .set({ lastUsedAt: sql`${sql.placeholder("now")}` })
    .where(eq(t.apiTokens.id, sql.placeholder("id"))),
);

/** Resolves a session cookie to its actor, sliding the idle timeout; null when invalid or expired. */
export async function authenticateSession(services: Services, token: string): Promise<Actor | null> {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const { database, clock } = services;
  const t = database.tables;
  const [row] = await sessionWithActor(database, { id: parsed.id });
  if (!row || !secretMatches(parsed.secret, row.secretHash)) return null;
  const now = clock.now();
  const { valid, touch } = evaluateSession(row, now);
  if (!valid) {
    await database.db.delete(t.sessions).where(eq(t.sessions.id, parsed.id));
    return null;
  }
  if (touch) await touchSession(database, { id: parsed.id, now });
  return toActor(row, { kind: "session", id: parsed.id });
}

/** Resolves a bearer token to its actor; null when unknown, revoked or expired. */
export async function authenticateApiToken(services: Services, token: string): Promise<Actor | null> {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const { database, clock } = services;
  const now = clock.now();
  const [row] = await tokenWithActor(database, { id: parsed.id, now });
  if (!row || !secretMatches(parsed.secret, row.secretHash)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000)
    await touchToken(database, { id: parsed.id, now });
  return toActor(row, { kind: "token", id: parsed.id });
}

/** Ends the caller's session (or revokes the bearer token the request carries). */
export async function logout(services: Services, actor: Actor, meta: RequestMeta): Promise<void> {
  const { database } = services;
  const t = database.tables;
  if (actor.credential.kind === "session") {
    await database.db.delete(t.sessions).where(eq(t.sessions.id, actor.credential.id));
  } else {
    await database.db
      .update(t.apiTokens)
      .set({ revokedAt: services.clock.now() })
      .where(eq(t.apiTokens.id, actor.credential.id));
  }
  await appendAudit(services, {
    actorUserId: actor.userId,
    actorRole: actor.role,
    action: "auth.logout",
    entityType: "user",
    entityId: actor.userId,
    outcome: "success",
    ip: meta.ip,
  });
}

/** Revokes the bearer token this request carries, or one of the caller's tokens by id or name. */
export async function revokeApiToken(
  services: Services,
  actor: Actor,
  which: { tokenId?: string | undefined; name?: string | undefined } | undefined,
  meta: RequestMeta,
): Promise<{ revoked: number }> {
  const { database, clock } = services;
  const t = database.tables;
  let condition;
  if (which?.tokenId) condition = eq(t.apiTokens.id, which.tokenId);
  else if (which?.name) condition = eq(t.apiTokens.name, which.name);
  else if (actor.credential.kind === "token") condition = eq(t.apiTokens.id, actor.credential.id);
  else throw new ValidationError("Name the token to revoke", { tokenId: ["Give a token id or name"] });
  const revoked = await database.db
    .update(t.apiTokens)
    .set({ revokedAt: clock.now() })
    .where(and(condition, eq(t.apiTokens.userId, actor.userId), isNull(t.apiTokens.revokedAt)))
    .returning({ id: t.apiTokens.id });
  if (revoked.length === 0) throw new NotFoundError("No such active token");
  await appendAudit(services, {
    actorUserId: actor.userId,
    actorRole: actor.role,
    action: "auth.revokeToken",
    entityType: "api_token",
    entityId: revoked[0]!.id,
    outcome: "success",
    ip: meta.ip,
  });
  return { revoked: revoked.length };
}

/** Updates the caller's own account (and patient profile fields, for patients). */
export async function updateProfile(
  services: Services,
  actor: Actor,
  rawInput: UpdateProfileInput,
): Promise<Me> {
  const input = updateProfileInput.parse(rawInput);
  const { database } = services;
  const t = database.tables;
  const patientFields = { dateOfBirth: input.dateOfBirth, gender: input.gender, address: input.address };
  const givesPatientFields = Object.values(patientFields).some((v) => v !== undefined);
  if (givesPatientFields && actor.role !== "patient") {
    throw new ValidationError("Only patients have these profile fields", {
      ...(input.dateOfBirth !== undefined && { dateOfBirth: ["Only for patients"] }),
      ...(input.gender !== undefined && { gender: ["Only for patients"] }),
      ...(input.address !== undefined && { address: ["Only for patients"] }),
    });
  }
  await database.transaction(async (tx) => {
    const userFields = {
      firstName: input.firstName,
      lastName: input.lastName,
      phone: input.phone,
      timeZone: input.timeZone,
    };
    if (Object.values(userFields).some((v) => v !== undefined)) {
      await tx.update(t.users).set(userFields).where(eq(t.users.id, actor.userId));
    }
    if (actor.patientId && (givesPatientFields || input.phone !== undefined)) {
      await tx
        .update(t.patients)
        .set({ ...patientFields, phone: input.phone })
        .where(eq(t.patients.id, actor.patientId));
    }
    if (actor.doctorId && input.phone !== undefined) {
      await tx.update(t.doctors).set({ phone: input.phone }).where(eq(t.doctors.id, actor.doctorId));
    }
    await appendAudit(
      services,
      {
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: "auth.updateProfile",
        entityType: actor.patientId ? "patient" : "user",
        entityId: actor.patientId ?? actor.userId,
        patientId: actor.patientId,
        outcome: "success",
      },
      tx,
    );
  });
  return loadMe(services, actor.userId);
}

/** Changes the caller's password; every other session and every bearer token of the account ends. */
export async function changePassword(
  services: Services,
  actor: Actor,
  rawInput: ChangePasswordInput,
  meta: RequestMeta,
): Promise<void> {
  const input = changePasswordInput.parse(rawInput);
  const { database, clock } = services;
  const t = database.tables;
  const [user] = await database.db
    .select({ passwordHash: t.users.passwordHash })
    .from(t.users)
    .where(eq(t.users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError("The current password is incorrect", {
      currentPassword: ["The current password is incorrect"],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = clock.now();
  await database.transaction(async (tx) => {
    await tx
      .update(t.users)
      .set({ passwordHash, passwordChangedAt: now })
      .where(eq(t.users.id, actor.userId));
    const keepSession = actor.credential.kind === "session" ? actor.credential.id : "";
    await tx
      .delete(t.sessions)
      .where(and(eq(t.sessions.userId, actor.userId), ne(t.sessions.id, keepSession)));
    const keepToken = actor.credential.kind === "token" ? actor.credential.id : "";
    await tx
      .update(t.apiTokens)
      .set({ revokedAt: now })
      .where(
        and(
          eq(t.apiTokens.userId, actor.userId),
          isNull(t.apiTokens.revokedAt),
          ne(t.apiTokens.id, keepToken),
        ),
      );
    await appendAudit(
      services,
      {
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: "auth.changePassword",
        entityType: "user",
        entityId: actor.userId,
        outcome: "success",
        ip: meta.ip,
      },
      tx,
    );
  });
}

/** Creates an administrator account (for the `create-admin` command); refuses weak passwords. */
export async function createAdmin(
  services: Services,
  input: { email: string; password: string; firstName?: string; lastName?: string },
): Promise<{ userId: string; email: string }> {
  const parsed = registerInput.parse({
    role: "patient",
    firstName: input.firstName ?? "Clinic",
    lastName: input.lastName ?? "Administrator",
    email: input.email,
    password: input.password,
  });
  newPassword.parse(input.password);
  const userId = newId();
  const role: Role = "admin";
  try {
    await services.database.db.insert(services.database.tables.users).values({
      id: userId,
      email: parsed.email,
      passwordHash: await hashPassword(parsed.password),
      role,
      firstName: parsed.firstName,
      lastName: parsed.lastName,
    });
  } catch (error) {
    throw uniqueAccountConflict(error) ?? error;
  }
  return { userId, email: parsed.email };
}

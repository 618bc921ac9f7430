import type { Database } from "@healthcare/db";
import type { Role } from "@healthcare/validators";

/** Where time comes from; tests pass a controllable one. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** Where a value is stored, bound into its encryption so a ciphertext cannot move between rows. */
export interface CipherContext {
  table: string;
  column: string;
  rowId: string;
}

/** Encrypts and decrypts sensitive text at rest. */
export interface TextCipher {
  encrypt(plaintext: string, context: CipherContext): string;
  decrypt(stored: string, context: CipherContext): string;
}

/** What every service needs: the database, the clock, and the cipher for sensitive text. */
export interface Services {
  database: Database;
  clock: Clock;
  cipher: TextCipher;
  /** Facts about the current request, when serving one (audit events record the IP). */
  request?: RequestMeta;
}

/** Who is calling, as established by a valid session or token. */
export interface Actor {
  userId: string;
  role: Role;
  /** Set for patients. */
  patientId: string | null;
  /** Set for doctors (approved or not: check `doctorApproved` before granting doctor rights). */
  doctorId: string | null;
  doctorApproved: boolean;
  /** How the caller authenticated: a cookie session or a bearer token, with its id. */
  credential: { kind: "session" | "token"; id: string };
}

/** Facts about the request that audit events and throttling need. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

/** Bytes of randomness in a token secret: 160 bits (OWASP ASVS asks for at least 128). */
const SECRET_BYTES = 20;
const ID_BYTES = 15;

function randomString(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return encodeBase32LowerCaseNoPadding(buffer);
}

/** A new credential per Lucia's guide: `id.secret`; only the id and SHA-256 of the secret are stored. */
export function generateToken(): { id: string; secret: string; token: string; secretHash: string } {
  const id = randomString(ID_BYTES);
  const secret = randomString(SECRET_BYTES);
  return { id, secret, token: `${id}.${secret}`, secretHash: hashSecret(secret) };
}

/** Splits `id.secret`; null when the string cannot be a token we issued. */
export function parseToken(token: string): { id: string; secret: string } | null {
  const parts = token.split(".");
  if (parts.length !== 2) return null;
  const [id, secret] = parts as [string, string];
  if (!/^[a-z2-7]{16,64}$/.test(id) || !/^[a-z2-7]{16,64}$/.test(secret)) return null;
  return { id, secret };
}

/** SHA-256 of a secret, hex encoded, as stored in the database. */
export function hashSecret(secret: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = new TextEncoder().encode(hashSecret(secret));
  const stored = new TextEncoder().encode(storedHash);
  return presented.length === stored.length && constantTimeEqual(presented, stored);
}

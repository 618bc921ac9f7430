import { describe, expect, it } from "vitest";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";
import { isTrustedOrigin } from "./origin";
import { evaluateSession, newSessionTimes, SESSION_ABSOLUTE_LIFETIME_MS, SESSION_IDLE_TIMEOUT_MS } from "./session-policy";
import { ACCOUNT_FAILURE_LIMIT, recordFailure, retryAfterMs, THROTTLE_WINDOW_MS } from "./throttle-policy";
import { generateToken, hashSecret, parseToken, secretMatches } from "./token";

describe("passwords", () => {
  it("hashes with argon2id at OWASP parameters and verifies", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(stored, "correct horse battery stapler")).toBe(false);
  });

  it("treats a malformed hash as a mismatch and never matches the dummy", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
    expect(await verifyAgainstDummy("dummy password that never matches anything")).toBe(false);
  });
});

describe("tokens", () => {
  it("issues id.secret with at least 128 bits of secret and stores only a hash", () => {
    const t = generateToken();
    expect(t.token).toBe(`${t.id}.${t.secret}`);
    expect(t.secret.length * 5).toBeGreaterThanOrEqual(128);
    expect(t.secretHash).toBe(hashSecret(t.secret));
    expect(t.secretHash).not.toContain(t.secret);
    expect(generateToken().token).not.toBe(t.token);
  });

  it("parses only well-formed tokens", () => {
    const t = generateToken();
    expect(parseToken(t.token)).toEqual({ id: t.id, secret: t.secret });
    expect(parseToken("abc")).toBeNull();
    expect(parseToken(`${t.id}.${t.secret}.x`)).toBeNull();
    expect(parseToken(`${t.id}.UPPER-CASE!`)).toBeNull();
  });

  it("matches the right secret only", () => {
    const t = generateToken();
    expect(secretMatches(t.secret, t.secretHash)).toBe(true);
    expect(secretMatches(generateToken().secret, t.secretHash)).toBe(false);
  });
});

describe("session policy", () => {
  const start = new Date("2026-01-01T08:00:00Z");
  it("expires after 30 idle minutes", () => {
    const s = newSessionTimes(start);
    expect(evaluateSession(s, new Date(start.getTime() + SESSION_IDLE_TIMEOUT_MS - 1)).valid).toBe(true);
    expect(evaluateSession(s, new Date(start.getTime() + SESSION_IDLE_TIMEOUT_MS)).valid).toBe(false);
  });
  it("slides with activity but never past 12 hours", () => {
    const s = newSessionTimes(start);
    const late = new Date(start.getTime() + SESSION_ABSOLUTE_LIFETIME_MS - 60_000);
    expect(evaluateSession({ ...s, lastActiveAt: new Date(late.getTime() - 60_000) }, late)).toEqual({ valid: true, touch: true });
    const past = new Date(start.getTime() + SESSION_ABSOLUTE_LIFETIME_MS);
    expect(evaluateSession({ ...s, lastActiveAt: past }, past).valid).toBe(false);
  });
  it("records activity at most once a minute", () => {
    const s = newSessionTimes(start);
    expect(evaluateSession(s, new Date(start.getTime() + 30_000)).touch).toBe(false);
    expect(evaluateSession(s, new Date(start.getTime() + 61_000)).touch).toBe(true);
  });
});

describe("throttle policy", () => {
  const now = new Date("2026-01-01T08:00:00Z");
  it("locks an account after the limit, with a growing lock", () => {
    let state;
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) state = recordFailure(state, now, ACCOUNT_FAILURE_LIMIT);
    expect(retryAfterMs(state, now)).toBe(0);
    state = recordFailure(state, now, ACCOUNT_FAILURE_LIMIT);
    expect(retryAfterMs(state, now)).toBe(60_000);
    state = recordFailure(state, now, ACCOUNT_FAILURE_LIMIT);
    expect(retryAfterMs(state, now)).toBe(120_000);
  });
  it("starts a new window after 15 minutes", () => {
    let state = recordFailure(undefined, now, 2);
    state = recordFailure(state, now, 2);
    expect(retryAfterMs(state, now)).toBeGreaterThan(0);
    const later = new Date(now.getTime() + THROTTLE_WINDOW_MS);
    state = recordFailure(state, later, 2);
    expect(state.failures).toBe(1);
    expect(retryAfterMs(state, later)).toBe(0);
  });
});

describe("origin check", () => {
  it("accepts the request's own host and configured origins only", () => {
    expect(isTrustedOrigin("http://localhost:3000", "localhost:3000")).toBe(true);
    expect(isTrustedOrigin("https://evil.example", "localhost:3000")).toBe(false);
    expect(isTrustedOrigin(undefined, "localhost:3000")).toBe(false);
    expect(isTrustedOrigin("null", "localhost:3000")).toBe(false);
    expect(isTrustedOrigin("https://clinic.example", "10.0.0.5:3000", ["https://clinic.example"])).toBe(true);
  });
});

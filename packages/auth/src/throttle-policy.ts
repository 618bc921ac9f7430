/** Failed sign-ins are counted in windows of 15 minutes. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** An account is locked after 5 failures in a window; an IP after 30. */
export const ACCOUNT_FAILURE_LIMIT = 5;
export const IP_FAILURE_LIMIT = 30;
/** First lock lasts 1 minute, doubling with every further failure, at most 15 minutes. */
export const BASE_LOCK_MS = 60 * 1000;
export const MAX_LOCK_MS = 15 * 60 * 1000;

/** The stored counter for one key (an account or an IP). */
export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

/** How long until `key` may try again; 0 when it may try now. */
export function retryAfterMs(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

/** The counter after one more failure: a new window if the old one passed, a lock past the limit. */
export function recordFailure(state: ThrottleState | undefined, now: Date, limit: number): ThrottleState {
  const fresh = !state || now.getTime() - state.windowStartedAt.getTime() >= THROTTLE_WINDOW_MS;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStartedAt = fresh ? now : state.windowStartedAt;
  if (failures < limit) return { failures, windowStartedAt, lockedUntil: fresh ? null : state.lockedUntil };
  const lockMs = Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (failures - limit));
  return { failures, windowStartedAt, lockedUntil: new Date(now.getTime() + lockMs) };
}

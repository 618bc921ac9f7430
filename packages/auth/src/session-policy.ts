/** Cookie sessions end after 30 minutes without activity. */
export const SESSION_IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** ...and 12 hours after sign-in, whatever the activity. */
export const SESSION_ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** Activity is written at most once a minute, so reads do not turn into writes. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;
/** Default lifetime of a bearer token for scripts. */
export const API_TOKEN_DEFAULT_DAYS = 30;

/** The times that decide whether a cookie session is still alive. */
export interface SessionTimes {
  createdAt: Date;
  lastActiveAt: Date;
  expiresAt: Date;
}

/** The first instant at which the session is no longer valid (idle or absolute limit). */
export function sessionEndsAt(session: SessionTimes): Date {
  return new Date(Math.min(session.lastActiveAt.getTime() + SESSION_IDLE_TIMEOUT_MS, session.expiresAt.getTime()));
}

/** Whether a session may be used at `now`, and whether its activity should be recorded. */
export function evaluateSession(session: SessionTimes, now: Date): { valid: boolean; touch: boolean } {
  if (now.getTime() >= sessionEndsAt(session).getTime()) return { valid: false, touch: false };
  return { valid: true, touch: now.getTime() - session.lastActiveAt.getTime() >= SESSION_TOUCH_INTERVAL_MS };
}

/** The times of a session that starts now. */
export function newSessionTimes(now: Date): SessionTimes {
  return { createdAt: now, lastActiveAt: now, expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_LIFETIME_MS) };
}

/** Base of every error a service throws on purpose; the API maps each kind to one status. */
export abstract class DomainError extends Error {
  abstract readonly kind:
    "not_found" | "forbidden" | "conflict" | "validation" | "unauthorized" | "rate_limited";
}

/** The thing does not exist, or the caller may not know that it does. */
export class NotFoundError extends DomainError {
  readonly kind = "not_found";
  constructor(what = "Not found") {
    super(what);
  }
}

/** Signed in, but not allowed to do this. */
export class ForbiddenError extends DomainError {
  readonly kind = "forbidden";
  constructor(message = "You are not allowed to do this") {
    super(message);
  }
}

/** Machine-readable reasons for a conflict, so clients need not parse messages. */
export type ConflictReason =
  "slot_taken" | "overlapping_appointment" | "invalid_transition" | "stale" | "duplicate";

/** The request clashes with the current state (a taken slot, an invalid status change, a duplicate). */
export class ConflictError extends DomainError {
  readonly kind = "conflict";
  constructor(
    message: string,
    readonly reason: ConflictReason | null = null,
  ) {
    super(message);
  }
}

/** Input that passed the schema but breaks a business rule; names the fields at fault. */
export class ValidationError extends DomainError {
  readonly kind = "validation";
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

/** Not signed in, or the credentials are wrong. */
export class UnauthorizedError extends DomainError {
  readonly kind = "unauthorized";
  constructor(message = "Please sign in") {
    super(message);
  }
}

/** Too many attempts; says when to try again. */
export class RateLimitedError extends DomainError {
  readonly kind = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${formatWait(retryAfterSeconds)}.`);
  }
}

function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

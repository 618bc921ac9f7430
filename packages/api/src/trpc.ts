/**
 * tRPC set-up in three parts: the context (who is calling, with what services), initialisation
 * (superjson, error formatting), and the base procedures each router builds on.
 */
import type { Actor, RequestMeta, Services } from "@healthcare/core";
import { appendAudit, ConflictError, DomainError, ValidationError } from "@healthcare/core";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";

// ---- 1. Context ------------------------------------------------------------------------------

/** How procedures set and clear the session cookie; the HTTP adapter provides it. */
export interface SessionCookieJar {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

export interface ContextOptions {
  services: Services;
  /** The authenticated caller, or null when anonymous. */
  actor: Actor | null;
  meta?: RequestMeta;
  cookies?: SessionCookieJar;
  /**
   * False when a browser request that carries our session cookie (or any request with a foreign
   * Origin) must not change state. Scripts with bearer tokens send no cookie and pass.
   */
  originTrusted?: boolean;
}

/** The context without HTTP, for tests and scripts (`createCaller(createContextInner(...))`). */
export function createContextInner(options: ContextOptions) {
  const meta = options.meta ?? { ip: null, userAgent: null };
  return {
    // Services see the request's facts, so that every audit event records where it came from.
    services: { ...options.services, request: meta },
    actor: options.actor,
    meta,
    cookies: options.cookies ?? { setSession() {}, clearSession() {} },
    originTrusted: options.originTrusted ?? true,
  };
}
export type Context = ReturnType<typeof createContextInner>;

// ---- 2. Initialisation -----------------------------------------------------------------------

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // SSE subscriptions: a ping keeps proxies from closing idle streams; clients reconnect when quiet.
  sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 40_000 } },
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const zodError =
      cause instanceof ZodError
        ? z.flattenError(cause)
        : cause instanceof ValidationError
          ? {
              formErrors: Object.keys(cause.fieldErrors).length > 0 ? [] : [cause.message],
              fieldErrors: cause.fieldErrors,
            }
          : null;
    const conflictReason = cause instanceof ConflictError ? cause.reason : null;
    const retryAfterSeconds =
      cause && typeof cause === "object" && "retryAfterSeconds" in cause
        ? Number(cause.retryAfterSeconds)
        : null;
    // Never send stack traces or internal messages to clients.
    const { stack: _stack, ...data } = shape.data;
    return {
      ...shape,
      message:
        error.code === "INTERNAL_SERVER_ERROR"
          ? "Something went wrong on our side. Please try again."
          : shape.message,
      data: { ...data, zodError, retryAfterSeconds, conflictReason },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const DOMAIN_CODES = {
  not_found: "NOT_FOUND",
  forbidden: "FORBIDDEN",
  conflict: "CONFLICT",
  validation: "BAD_REQUEST",
  unauthorized: "UNAUTHORIZED",
  rate_limited: "TOO_MANY_REQUESTS",
} as const;

/** The one place where domain errors become tRPC errors; handlers never build HTTP errors. */
export function toTRPCError(error: unknown): unknown {
  if (error instanceof DomainError)
    return new TRPCError({ code: DOMAIN_CODES[error.kind], message: error.message, cause: error });
  if (error instanceof ZodError)
    return new TRPCError({ code: "BAD_REQUEST", message: "Some fields are invalid", cause: error });
  return error;
}

const errorMapping = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    const mapped = toTRPCError(cause);
    if (mapped !== cause) throw mapped;
  }
  return result;
});

/** Queries never change state; every mutation from a browser must come from our own origin. */
const originCheck = t.middleware(({ ctx, type, next }) => {
  if (type === "mutation" && !ctx.originTrusted) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Cross-site request refused" });
  }
  return next();
});

// ---- 3. Base procedures ----------------------------------------------------------------------

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(errorMapping).use(originCheck);

/** Any signed-in user; `ctx.actor` is non-null from here on. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in" });
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/** A patient with a patient profile. */
export const patientProcedure = authedProcedure.use(async ({ ctx, path, next }) => {
  const { actor } = ctx;
  if (actor.role !== "patient" || !actor.patientId) return refuse(ctx, path, "For patients only");
  return next({ ctx: { ...ctx, actor: { ...actor, patientId: actor.patientId } } });
});

/** Every call refused for the caller's role is an audit event (who tried which procedure). */
async function refuse(ctx: Context & { actor: Actor }, path: string, message: string): Promise<never> {
  await appendAudit(ctx.services, {
    actorUserId: ctx.actor.userId,
    actorRole: ctx.actor.role,
    action: path,
    entityType: "procedure",
    outcome: "denied",
  });
  throw new TRPCError({ code: "FORBIDDEN", message });
}

function requireApprovedDoctor(actor: Actor): asserts actor is Actor & { doctorId: string } {
  if (actor.role !== "doctor" || !actor.doctorId)
    throw new TRPCError({ code: "FORBIDDEN", message: "For doctors only" });
  if (!actor.doctorApproved) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Your doctor account is awaiting approval by an administrator",
    });
  }
}

/** An approved, active doctor. */
export const doctorProcedure = authedProcedure.use(async ({ ctx, path, next }) => {
  const { actor } = ctx;
  try {
    requireApprovedDoctor(actor);
  } catch (error) {
    return refuse(ctx, path, error instanceof Error ? error.message : "For doctors only");
  }
  return next({ ctx: { ...ctx, actor } });
});

/** An administrator. */
export const adminProcedure = authedProcedure.use(async ({ ctx, path, next }) => {
  if (ctx.actor.role !== "admin") return refuse(ctx, path, "For administrators only");
  return next();
});

/** Clinic staff: an approved doctor or an administrator. */
export const staffProcedure = authedProcedure.use(async ({ ctx, path, next }) => {
  if (ctx.actor.role !== "admin") {
    try {
      requireApprovedDoctor(ctx.actor);
    } catch (error) {
      return refuse(ctx, path, error instanceof Error ? error.message : "For clinic staff only");
    }
  }
  return next();
});

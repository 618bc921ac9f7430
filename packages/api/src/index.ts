import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

export { appRouter, type AppRouter } from "./root";
export {
  createCallerFactory,
  createContextInner,
  toTRPCError,
  type Context,
  type ContextOptions,
  type SessionCookieJar,
} from "./trpc";

/** Inputs of every procedure, for SPAs and scripts. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Outputs of every procedure, for SPAs and scripts. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

import type { AppRouter } from "@healthcare/api";
import { createTRPCReact } from "@trpc/react-query";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

/** React Query hooks for every procedure of the healthcare API. */
export const trpc = createTRPCReact<AppRouter>();

/** Inputs of every procedure, by router and procedure name. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Outputs of every procedure, by router and procedure name. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** The signed-in account as `auth.me` returns it. */
export type Me = RouterOutputs["auth"]["me"];
/** A role of an account. */
export type Role = Me["role"];

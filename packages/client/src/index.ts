import type { AppRouter } from "@healthcare/api";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";

export type { AppRouter, RouterInputs, RouterOutputs } from "@healthcare/api";
export { TRPCClientError };

export interface HealthcareClientOptions {
  /** The server's base URL (e.g. http://localhost:3000) or its tRPC endpoint (…/trpc). */
  url: string;
  /** A bearer token from `auth.token`; omit for the anonymous procedures (register, token). */
  token?: string;
  /** Custom fetch, e.g. for tests or proxies. */
  fetch?: typeof globalThis.fetch;
}

/** Resolves the tRPC endpoint from a base URL or an endpoint URL. */
export function trpcEndpoint(url: string): string {
  const trimmed = url.replace(/\/+$/, "");
  return trimmed.endsWith("/trpc") ? trimmed : `${trimmed}/trpc`;
}

/**
 * A typed client for scripts: every procedure of the API, with the same names and types as the
 * SPAs use. `client.auth.me.query()`, `client.appointments.create.mutate({...})`, ...
 */
export function createHealthcareClient(options: HealthcareClientOptions) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: trpcEndpoint(options.url),
        transformer: superjson,
        ...(options.fetch && { fetch: options.fetch }),
        headers: () => (options.token ? { authorization: `Bearer ${options.token}` } : {}),
      }),
    ],
  });
}

export type HealthcareClient = ReturnType<typeof createHealthcareClient>;

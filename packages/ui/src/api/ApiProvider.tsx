import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { httpBatchLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import { useState } from "react";
import type { ReactNode } from "react";
import superjson from "superjson";
import { shouldRetry } from "./errors";
import { trpc } from "./trpc";

/** Where the API answers: same origin, so the session cookie and the Origin check just work. */
const API_URL = "/trpc";

/**
 * Subscriptions stream over server-sent events (EventSource sends the same-origin session cookie by
 * itself); everything else goes out in batched HTTP requests.
 */
function createTrpcClient() {
  return trpc.createClient({
    links: [
      splitLink({
        condition: (op) => op.type === "subscription",
        true: httpSubscriptionLink({ url: API_URL, transformer: superjson }),
        false: httpBatchLink({ url: API_URL, transformer: superjson }),
      }),
    ],
  });
}

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

/** Provides the tRPC client and the query cache to everything below it. */
export function ApiProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createTrpcClient);
  return (
    <trpc.Provider client={trpcClient} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </trpc.Provider>
  );
}

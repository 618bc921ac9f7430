import { createContext, use } from "react";
import type { Me } from "../api/trpc";
import { trpc } from "../api/trpc";
import { sessionState } from "./sessionState";
import type { SessionState } from "./sessionState";

/** The browser's session: who is signed in, if anyone. */
export function useSession(): SessionState<Me> & { refetch: () => void } {
  const query = trpc.auth.me.useQuery(undefined, { retry: false });
  return { ...sessionState({ data: query.data, error: query.error }), refetch: () => void query.refetch() };
}

/** The signed-in account below `RequireSignIn`. */
export const SignedInUserContext = createContext<Me | null>(null);

/** The signed-in account; only valid inside the pages that `RequireSignIn` guards. */
export function useMe(): Me {
  const me = use(SignedInUserContext);
  if (!me) throw new Error("useMe() is only available below <RequireSignIn>");
  return me;
}

import { isUnauthorized } from "../api/errors";

/** Where the browser's session stands, derived from the `auth.me` query. */
export type SessionState<User> =
  | { status: "loading" }
  | { status: "signed-out" }
  | { status: "signed-in"; user: User }
  | { status: "error"; error: unknown };

/**
 * Reads the `auth.me` query: UNAUTHORIZED means signed out (even over stale data: the session
 * ended); a failed refetch over known data keeps the user signed in; any other failure is an error.
 */
export function sessionState<User>(query: { data: User | undefined; error: unknown }): SessionState<User> {
  if (query.error && isUnauthorized(query.error)) return { status: "signed-out" };
  if (query.data !== undefined) return { status: "signed-in", user: query.data };
  if (query.error) return { status: "error", error: query.error };
  return { status: "loading" };
}

/** Pages that make no sense to return to once signed in. */
const AUTH_PAGES = new Set(["/sign-in", "/register"]);

/**
 * The in-app path to go to after signing in: where the user was heading (kept by the sign-in
 * redirect in the navigation state), or home. Only plain in-app paths are accepted.
 */
export function returnPath(navigationState: unknown): string {
  const from: unknown =
    typeof navigationState === "object" && navigationState !== null && "from" in navigationState
      ? navigationState.from
      : null;
  if (typeof from !== "object" || from === null) return "/";
  const { pathname, search, hash } = from as { pathname?: unknown; search?: unknown; hash?: unknown };
  if (typeof pathname !== "string" || !pathname.startsWith("/") || /^\/[/\\]/.test(pathname)) return "/";
  if (AUTH_PAGES.has(pathname)) return "/";
  return pathname + (typeof search === "string" ? search : "") + (typeof hash === "string" ? hash : "");
}

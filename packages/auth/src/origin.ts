/**
 * Whether a state-changing browser request comes from our own pages: its Origin header must name
 * the host it was sent to, or one of the configured public origins. A missing Origin fails.
 */
export function isTrustedOrigin(
  origin: string | undefined,
  host: string | undefined,
  allowedOrigins: readonly string[] = [],
): boolean {
  if (!origin || origin === "null") return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (allowedOrigins.some((allowed) => sameOrigin(allowed, parsed))) return true;
  return host !== undefined && parsed.host === host.toLowerCase();
}

function sameOrigin(allowed: string, origin: URL): boolean {
  try {
    return new URL(allowed).origin === origin.origin;
  } catch {
    return false;
  }
}

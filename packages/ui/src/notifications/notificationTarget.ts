/**
 * Where a notification's link leads from inside one app. Links are site paths ("/appointments/1",
 * "/console/today"); each SPA routes only the paths under its own base, so a link into the other app
 * becomes a full page load.
 */
export type NotificationTarget =
  /** A path for this app's router, relative to its basename. */
  | { kind: "route"; to: string }
  /** A same-origin address outside this app's router. */
  | { kind: "page"; href: string };

/** Apps served below the site root (the clinician console); the app at the root routes all else. */
const MOUNTED_APP_BASES = ["/console"];

/** Strips trailing slashes from a router basename: "/console/" -> "/console", "/" -> "". */
function normalisedBase(basePath: string): string {
  return basePath.replace(/\/+$/, "");
}

/** True when `link` is `base` itself or a path below it ("/console/today", not "/consoles"). */
function isUnder(link: string, base: string): boolean {
  return link === base || (link.startsWith(base) && /^[/?#]/.test(link.slice(base.length)));
}

/** True for a same-origin absolute path; refuses "//host" and anything with a scheme. */
function isSitePath(link: string): boolean {
  return link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\");
}

/**
 * The target of `link` for the app whose router basename is `basePath` ("/" for the portal,
 * "/console" for the console); null when there is nowhere safe to go.
 */
export function notificationTarget(link: string | null, basePath: string): NotificationTarget | null {
  if (!link || !isSitePath(link)) return null;
  const base = normalisedBase(basePath);
  if (base === "") {
    const elsewhere = MOUNTED_APP_BASES.some((mounted) => isUnder(link, mounted));
    return elsewhere ? { kind: "page", href: link } : { kind: "route", to: link };
  }
  if (!isUnder(link, base)) return { kind: "page", href: link };
  const rest = link.slice(base.length);
  return { kind: "route", to: rest.startsWith("/") ? rest : `/${rest}` };
}

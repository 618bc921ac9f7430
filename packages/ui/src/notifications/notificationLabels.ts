/** The bell's accessible name: what it is and how many notifications wait. */
export function bellLabel(unread: number | undefined): string {
  if (unread === undefined) return "Notifications";
  if (unread === 0) return "Notifications, none unread";
  return `Notifications, ${unread} unread`;
}

/** The count on the bell's badge: nothing at zero, and "99+" rather than a number that does not fit. */
export function unreadBadge(unread: number | undefined): string | null {
  if (!unread || unread < 0) return null;
  return unread > 99 ? "99+" : String(unread);
}

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago a notification arrived, as people say it: "just now", "5 min. ago", "yesterday";
 * older than a week, the date itself in the viewer's time zone.
 */
export function notificationAge(createdAt: Date, now: Date, timeZone: string, locale?: string): string {
  const elapsed = Math.max(0, now.getTime() - createdAt.getTime());
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto", style: "short" });
  if (elapsed < MINUTE) return "just now";
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), "minute");
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), "hour");
  if (elapsed < WEEK) return relative.format(-Math.floor(elapsed / DAY), "day");
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(createdAt);
}

/** The full date and time of a notification, for a tooltip or the notifications page. */
export function notificationTime(createdAt: Date, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    createdAt,
  );
}

/** Age and full time for the notifications page: "5 min. ago · 14 Mar 2025, 09:05"; just the time when older than a week. */
export function notificationStamp(createdAt: Date, now: Date, timeZone: string, locale?: string): string {
  const time = notificationTime(createdAt, timeZone, locale);
  if (now.getTime() - createdAt.getTime() >= WEEK) return time;
  return `${notificationAge(createdAt, now, timeZone, locale)} · ${time}`;
}

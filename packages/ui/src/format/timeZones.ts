/** The browser's IANA time zone, sent at registration so times show in the person's zone. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The time zones to choose from: every zone the browser knows, plus the current one if the
 * browser's list lacks it (an alias such as "UTC" or "Asia/Calcutta"), sorted.
 */
export function timeZoneOptions(
  current: string,
  known: readonly string[] = Intl.supportedValuesOf("timeZone"),
): string[] {
  const zones = new Set(known);
  if (current) zones.add(current);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

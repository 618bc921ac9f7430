/** A calendar date "YYYY-MM-DD" as people read it ("14 March 1990"), independent of the viewer's zone. */
export function formatCalendarDate(date: string, locale?: string): string {
  const instant = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(instant);
}

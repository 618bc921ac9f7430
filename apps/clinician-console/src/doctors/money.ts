/**
 * Consultation fees: the API stores an integer amount of minor units (cents); people type and read
 * major units (dollars). The number of decimals is the currency's own (0 for JPY), from Intl.
 */

/** How many decimals a currency's amounts have (2 for USD, 0 for JPY). */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** Major units (150.5 dollars) to minor units (15050 cents), rounded to the currency's precision. */
export function toMinorUnits(major: number, currency: string): number {
  const factor = 10 ** currencyDigits(currency);
  // Rounding the scaled value removes binary noise: 19.99 * 100 is 1998.9999999999998.
  return Math.round(major * factor);
}

/** Minor units (15050 cents) to major units (150.5 dollars). */
export function toMajorUnits(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}

/** A fee as people read it: "$150.00", "¥1,500". */
export function formatFee(minor: number, currency: string, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(toMajorUnits(minor, currency));
}

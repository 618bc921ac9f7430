/** The number of minor units (cents, pence) a currency counts in: 2 for USD, 0 for JPY. */
export function minorUnitDigits(currency: string): number {
  return (
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** An amount stored in minor units, formatted in its currency: 18000 GBP as "£180.00". */
export function formatMinorUnits(amountMinor: number, currency: string, locale?: string): string {
  const digits = minorUnitDigits(currency);
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amountMinor / 10 ** digits);
}

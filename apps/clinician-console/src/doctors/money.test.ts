import { describe, expect, it } from "vitest";
import { currencyDigits, formatFee, toMajorUnits, toMinorUnits } from "./money";

describe("fees in major and minor units", () => {
  it("uses each currency's own number of decimals", () => {
    expect(currencyDigits("USD")).toBe(2);
    expect(currencyDigits("EUR")).toBe(2);
    expect(currencyDigits("JPY")).toBe(0);
  });

  it("converts typed amounts to whole minor units without float noise", () => {
    expect(toMinorUnits(150, "USD")).toBe(15000);
    expect(toMinorUnits(19.99, "USD")).toBe(1999);
    expect(toMinorUnits(0.1 + 0.2, "EUR")).toBe(30);
    expect(toMinorUnits(1500, "JPY")).toBe(1500);
    expect(toMinorUnits(12.345, "GBP")).toBe(1235);
  });

  it("converts stored amounts back for the form, and round-trips", () => {
    expect(toMajorUnits(15000, "USD")).toBe(150);
    expect(toMajorUnits(9550, "CHF")).toBe(95.5);
    expect(toMajorUnits(1500, "JPY")).toBe(1500);
    for (const minor of [0, 1, 99, 1999, 22000, 100_000_000]) {
      expect(toMinorUnits(toMajorUnits(minor, "USD"), "USD")).toBe(minor);
    }
  });

  it("shows a fee with its currency", () => {
    expect(formatFee(15000, "USD", "en-US")).toBe("$150.00");
    expect(formatFee(1500, "JPY", "en-US")).toBe("¥1,500");
  });
});

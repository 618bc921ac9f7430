import { describe, expect, it } from "vitest";
import { newId } from "./ids";

describe("newId", () => {
  it("is a version 7 UUID with the RFC variant", () => {
    expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("sorts by creation time and never repeats", () => {
    const earlier = newId(Date.UTC(2026, 0, 1));
    const later = newId(Date.UTC(2026, 0, 2));
    expect(earlier < later).toBe(true);
    expect(earlier.slice(0, 13)).toBe(Date.UTC(2026, 0, 1).toString(16).padStart(12, "0").replace(/^(.{8})/, "$1-"));
    const many = new Set(Array.from({ length: 10_000 }, () => newId(0)));
    expect(many.size).toBe(10_000);
  });
});

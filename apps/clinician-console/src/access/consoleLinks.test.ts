import { describe, expect, it } from "vitest";
import { consoleLinks } from "./consoleLinks";

describe("consoleLinks", () => {
  it("gives doctors their day, their calendar and their schedule", () => {
    expect(consoleLinks("doctor").map((l) => l.label)).toEqual([
      "Home",
      "Today",
      "My patients",
      "Calendar",
      "My schedule",
      "Profile",
    ]);
  });

  it("gives administrators the doctors, any calendar and booking", () => {
    expect(consoleLinks("admin").map((l) => l.label)).toEqual([
      "Home",
      "Doctors",
      "Calendar",
      "Book for a patient",
      "Care teams",
      "Audit log",
      "Profile",
    ]);
  });

  it("gives anyone else nothing to schedule", () => {
    expect(consoleLinks("patient").map((l) => l.label)).toEqual(["Home", "Profile"]);
  });
});

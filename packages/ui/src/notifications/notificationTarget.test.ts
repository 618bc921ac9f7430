import { describe, expect, it } from "vitest";
import { notificationTarget } from "./notificationTarget";

describe("notificationTarget in the patient portal (served at /)", () => {
  it("routes portal links inside the app", () => {
    expect(notificationTarget("/appointments/apt_1", "/")).toEqual({
      kind: "route",
      to: "/appointments/apt_1",
    });
    expect(notificationTarget("/care-team", "/")).toEqual({ kind: "route", to: "/care-team" });
    expect(notificationTarget("/records/rec_9", "")).toEqual({ kind: "route", to: "/records/rec_9" });
  });

  it("loads console links as a page, since the portal's router does not own them", () => {
    expect(notificationTarget("/console/today", "/")).toEqual({ kind: "page", href: "/console/today" });
    expect(notificationTarget("/console", "/")).toEqual({ kind: "page", href: "/console" });
  });

  it("does not mistake a path that merely starts with the console's name", () => {
    expect(notificationTarget("/consoles", "/")).toEqual({ kind: "route", to: "/consoles" });
  });
});

describe("notificationTarget in the clinician console (basename /console)", () => {
  it("strips the basename so the router navigates to its own route", () => {
    expect(notificationTarget("/console/today", "/console")).toEqual({ kind: "route", to: "/today" });
    expect(notificationTarget("/console/patients/pat_1", "/console/")).toEqual({
      kind: "route",
      to: "/patients/pat_1",
    });
    expect(notificationTarget("/console", "/console")).toEqual({ kind: "route", to: "/" });
    expect(notificationTarget("/console?tab=week", "/console")).toEqual({ kind: "route", to: "/?tab=week" });
  });

  it("loads a link into the patient portal as a page", () => {
    expect(notificationTarget("/appointments/apt_1", "/console")).toEqual({
      kind: "page",
      href: "/appointments/apt_1",
    });
    expect(notificationTarget("/consoles", "/console")).toEqual({ kind: "page", href: "/consoles" });
  });
});

describe("notificationTarget with no safe destination", () => {
  it("has nowhere to go without a link", () => {
    expect(notificationTarget(null, "/")).toBeNull();
    expect(notificationTarget("", "/console")).toBeNull();
  });

  it("never leaves the site", () => {
    expect(notificationTarget("https://evil.example/phish", "/")).toBeNull();
    expect(notificationTarget("//evil.example/phish", "/")).toBeNull();
    expect(notificationTarget("/\\evil.example", "/console")).toBeNull();
    expect(notificationTarget("javascript:alert(1)", "/")).toBeNull();
  });
});

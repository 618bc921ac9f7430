import { describe, expect, it } from "vitest";
import { returnPath } from "./returnPath";

describe("returnPath", () => {
  it("returns to the page the user was heading to, with its query and hash", () => {
    expect(returnPath({ from: { pathname: "/profile", search: "?tab=password", hash: "#top" } })).toBe(
      "/profile?tab=password#top",
    );
  });

  it("goes home without a usable destination", () => {
    expect(returnPath(null)).toBe("/");
    expect(returnPath({})).toBe("/");
    expect(returnPath({ from: "/profile" })).toBe("/");
  });

  it("never leaves the app", () => {
    expect(returnPath({ from: { pathname: "//evil.example/steal" } })).toBe("/");
    expect(returnPath({ from: { pathname: "/\\evil.example" } })).toBe("/");
    expect(returnPath({ from: { pathname: "https://evil.example/" } })).toBe("/");
  });

  it("does not return to the sign-in or registration page", () => {
    expect(returnPath({ from: { pathname: "/sign-in" } })).toBe("/");
    expect(returnPath({ from: { pathname: "/register" } })).toBe("/");
  });
});

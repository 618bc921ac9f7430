import { describe, expect, it } from "vitest";
import { sessionState } from "./sessionState";

const unauthorized = { message: "Please sign in", data: { code: "UNAUTHORIZED" } };
const offline = new TypeError("Failed to fetch");
const ada = { firstName: "Ada" };

describe("sessionState", () => {
  it("is loading before the first answer", () => {
    expect(sessionState({ data: undefined, error: null })).toEqual({ status: "loading" });
  });

  it("is signed in with the user the server returned", () => {
    expect(sessionState({ data: ada, error: null })).toEqual({ status: "signed-in", user: ada });
  });

  it("is signed out when the server says so, even over a previously loaded user", () => {
    expect(sessionState({ data: undefined, error: unauthorized })).toEqual({ status: "signed-out" });
    expect(sessionState({ data: ada, error: unauthorized })).toEqual({ status: "signed-out" });
  });

  it("keeps a known user through a failed refetch, and reports failures with nothing known", () => {
    expect(sessionState({ data: ada, error: offline })).toEqual({ status: "signed-in", user: ada });
    expect(sessionState({ data: undefined, error: offline })).toEqual({ status: "error", error: offline });
  });
});

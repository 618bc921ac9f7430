import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { errorCode, errorMessage, isUnauthorized, placeServerErrors, shouldRetry } from "./errors";

/** A tRPC client error as the client builds it from the server's JSON error response. */
function serverError(code: string, message: string, zodError: unknown = null) {
  return TRPCClientError.from({
    error: { code: -32600, message, data: { code, httpStatus: 400, zodError } },
  });
}

const networkFailure = new TRPCClientError("Failed to fetch", { cause: new TypeError("Failed to fetch") });

describe("errorMessage", () => {
  it("shows the server's message for an answered failure", () => {
    expect(errorMessage(serverError("UNAUTHORIZED", "Email or password is incorrect"))).toBe(
      "Email or password is incorrect",
    );
    expect(errorMessage(serverError("TOO_MANY_REQUESTS", "Too many attempts. Try again in 5 minutes."))).toBe(
      "Too many attempts. Try again in 5 minutes.",
    );
  });

  it("explains an unreachable server instead of repeating the browser's fetch error", () => {
    expect(errorCode(networkFailure)).toBeNull();
    expect(errorMessage(networkFailure)).toMatch(/could not reach the server/i);
    expect(errorMessage(new Error("Unexpected end of JSON input"))).toMatch(/could not reach the server/i);
  });

  it("never passes an internal error's details on", () => {
    expect(errorMessage(serverError("INTERNAL_SERVER_ERROR", "SQLITE_CONSTRAINT at db.ts:12"))).toMatch(
      /on our side/,
    );
  });

  it("lists validation messages when there is no form to place them on", () => {
    const error = serverError("BAD_REQUEST", "Invalid input", {
      formErrors: [],
      fieldErrors: { email: ["Enter a valid email address"] },
    });
    expect(errorMessage(error)).toBe("Enter a valid email address");
  });
});

describe("placeServerErrors", () => {
  it("puts the first message of each known field on that field", () => {
    const error = serverError("BAD_REQUEST", "Invalid input", {
      formErrors: [],
      fieldErrors: {
        password: ["Use at least 12 characters", "This password is too common"],
        email: ["Enter a valid email address"],
      },
    });
    expect(placeServerErrors(error, ["email", "password"])).toEqual({
      fieldErrors: { password: "Use at least 12 characters", email: "Enter a valid email address" },
      message: null,
    });
  });

  it("turns errors of fields the form does not show, and form errors, into the message", () => {
    const error = serverError("BAD_REQUEST", "Invalid input", {
      formErrors: ["Check the highlighted fields"],
      fieldErrors: { timeZone: ["Unknown time zone"], email: ["Enter a valid email address"] },
    });
    expect(placeServerErrors(error, ["email"])).toEqual({
      fieldErrors: { email: "Enter a valid email address" },
      message: "Check the highlighted fields Unknown time zone",
    });
  });

  it("does not repeat a form error that a field already shows", () => {
    const error = serverError("BAD_REQUEST", "The current password is incorrect", {
      formErrors: ["The current password is incorrect"],
      fieldErrors: { currentPassword: ["The current password is incorrect"] },
    });
    expect(placeServerErrors(error, ["currentPassword", "newPassword"])).toEqual({
      fieldErrors: { currentPassword: "The current password is incorrect" },
      message: null,
    });
  });

  it("reports any other failure as a message only", () => {
    expect(
      placeServerErrors(serverError("CONFLICT", "An account with this email already exists"), ["email"]),
    ).toEqual({
      fieldErrors: {},
      message: "An account with this email already exists",
    });
  });
});

describe("shouldRetry", () => {
  it("retries network failures at most twice and never answers that will not change", () => {
    expect(shouldRetry(0, networkFailure)).toBe(true);
    expect(shouldRetry(2, networkFailure)).toBe(false);
    expect(shouldRetry(0, serverError("UNAUTHORIZED", "Please sign in"))).toBe(false);
    expect(shouldRetry(0, serverError("BAD_REQUEST", "Invalid input"))).toBe(false);
  });

  it("recognises a signed-out answer", () => {
    expect(isUnauthorized(serverError("UNAUTHORIZED", "Please sign in"))).toBe(true);
    expect(isUnauthorized(serverError("FORBIDDEN", "Not allowed"))).toBe(false);
  });
});

/**
 * Reading failed API calls. A tRPC error carries `data.code` (and, for invalid input, the server's
 * `data.zodError`); a request that never got a tRPC answer (network down, proxy error) has no code.
 * These functions read errors structurally so they work for any thrown value.
 */

/** Field and form errors as the server's errorFormatter flattens a zod error. */
export interface ServerZodError {
  formErrors: string[];
  fieldErrors: Record<string, string[] | undefined>;
}

interface ErrorData {
  code?: unknown;
  zodError?: unknown;
}

const NETWORK_MESSAGE = "We could not reach the server. Check your connection and try again.";
const INTERNAL_MESSAGE = "Something went wrong on our side. Please try again in a moment.";
const INVALID_INPUT_MESSAGE = "Some fields need your attention.";

/** Codes for which asking again cannot help: the answer will be the same. */
const FINAL_CODES = new Set([
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "PRECONDITION_FAILED",
  "UNPROCESSABLE_CONTENT",
  "TOO_MANY_REQUESTS",
  "METHOD_NOT_SUPPORTED",
  "PAYLOAD_TOO_LARGE",
]);

function errorData(error: unknown): ErrorData | null {
  if (typeof error !== "object" || error === null || !("data" in error)) return null;
  const data = (error as { data: unknown }).data;
  return typeof data === "object" && data !== null ? (data as ErrorData) : null;
}

/** The tRPC error code the server answered with, or null when no tRPC answer arrived. */
export function errorCode(error: unknown): string | null {
  const code = errorData(error)?.code;
  return typeof code === "string" ? code : null;
}

/** True when the server says the caller is not signed in. */
export function isUnauthorized(error: unknown): boolean {
  return errorCode(error) === "UNAUTHORIZED";
}

/** The server's flattened zod error on a BAD_REQUEST, if it sent one. */
export function serverZodError(error: unknown): ServerZodError | null {
  const zodError = errorData(error)?.zodError;
  if (typeof zodError !== "object" || zodError === null) return null;
  const { formErrors, fieldErrors } = zodError as Partial<ServerZodError>;
  return {
    formErrors: Array.isArray(formErrors) ? formErrors.filter((m) => typeof m === "string") : [],
    fieldErrors: typeof fieldErrors === "object" && fieldErrors !== null ? fieldErrors : {},
  };
}

function serverMessage(error: unknown): string {
  const message = typeof error === "object" && error !== null && "message" in error ? error.message : null;
  return typeof message === "string" && message.trim() !== "" ? message : INTERNAL_MESSAGE;
}

/** A sentence for a person about any failed request: never a stack trace, never empty. */
export function errorMessage(error: unknown): string {
  const code = errorCode(error);
  if (code === null) return NETWORK_MESSAGE;
  if (code === "INTERNAL_SERVER_ERROR") return INTERNAL_MESSAGE;
  if (code === "BAD_REQUEST") {
    const zodError = serverZodError(error);
    if (zodError) {
      const messages = [
        ...zodError.formErrors,
        ...Object.values(zodError.fieldErrors).flatMap((m) => m ?? []),
      ];
      return messages.length > 0 ? messages.join(" ") : INVALID_INPUT_MESSAGE;
    }
  }
  return serverMessage(error);
}

/** How a failed request's errors split between a form's fields and one message above the form. */
export interface FormErrorPlacement {
  fieldErrors: Record<string, string>;
  message: string | null;
}

/**
 * Places the server's field errors on the fields a form has; everything else (form-level errors,
 * errors of fields the form does not show, non-validation failures) becomes one message.
 */
export function placeServerErrors(error: unknown, fieldNames: readonly string[]): FormErrorPlacement {
  const zodError = errorCode(error) === "BAD_REQUEST" ? serverZodError(error) : null;
  if (!zodError) return { fieldErrors: {}, message: errorMessage(error) };

  const fieldErrors: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [field, messages] of Object.entries(zodError.fieldErrors)) {
    const first = messages?.[0];
    if (first === undefined) continue;
    if (fieldNames.includes(field)) fieldErrors[field] = first;
    else unplaced.push(first);
  }
  // A form-level message that repeats a field's message is already visible on that field.
  const placed = new Set(Object.values(fieldErrors));
  unplaced.unshift(...zodError.formErrors.filter((message) => !placed.has(message)));
  const hasFieldErrors = placed.size > 0;
  const message = unplaced.length > 0 ? unplaced.join(" ") : hasFieldErrors ? null : INVALID_INPUT_MESSAGE;
  return { fieldErrors, message };
}

/** React Query retry policy: retry only failures that may pass on a second try, at most twice. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const code = errorCode(error);
  return failureCount < 2 && (code === null || !FINAL_CODES.has(code));
}

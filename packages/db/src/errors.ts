/** What a database refused, read from either driver's error (Drizzle wraps them in `cause`). */
export interface ConstraintViolation {
  kind: "unique" | "exclusion" | "foreign_key" | "check" | "trigger";
  /** The constraint, index or trigger message that names the rule, when the driver tells it. */
  name: string;
}

/** Returns the constraint violation behind an error, or null when the error is something else. */
export function constraintViolation(error: unknown): ConstraintViolation | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint, message } = e as { code?: unknown; constraint?: unknown; message?: unknown };
    const text = typeof message === "string" ? message : "";
    const name = typeof constraint === "string" ? constraint : "";
    if (typeof code !== "string") continue;
    // PostgreSQL SQLSTATE codes.
    if (code === "23505") return { kind: "unique", name };
    if (code === "23P01") return { kind: "exclusion", name };
    if (code === "23503") return { kind: "foreign_key", name };
    if (code === "23514") return { kind: "check", name };
    if (code === "P0001") return { kind: "trigger", name: text };
    // better-sqlite3 extended result codes.
    if (code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
      return { kind: "unique", name: text.replace(/^UNIQUE constraint failed: /, "") };
    }
    if (code === "SQLITE_CONSTRAINT_FOREIGNKEY") return { kind: "foreign_key", name: "" };
    if (code === "SQLITE_CONSTRAINT_CHECK") return { kind: "check", name: text.replace(/^CHECK constraint failed: /, "") };
    if (code === "SQLITE_CONSTRAINT_TRIGGER") return { kind: "trigger", name: text };
  }
  return null;
}

import path from "node:path";

/** Where the database lives, decided by `DATABASE_URL`. */
export type DatabaseTarget = { dialect: "sqlite"; file: string } | { dialect: "postgres"; url: string };

/** The default SQLite file for development: `./data/healthcare.db` under the working directory. */
export const DEFAULT_SQLITE_FILE = "data/healthcare.db";

/**
 * Reads a `DATABASE_URL`: unset or `file:...` means SQLite, `postgres://` / `postgresql://` means
 * PostgreSQL. Anything else is a configuration error, reported at start-up rather than guessed.
 */
export function parseDatabaseUrl(url: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  if (!url || url.trim() === "") return { dialect: "sqlite", file: path.resolve(cwd, DEFAULT_SQLITE_FILE) };
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (file === "") throw new Error("DATABASE_URL=file: needs a path, e.g. file:./data/healthcare.db");
    return { dialect: "sqlite", file: file === ":memory:" ? file : path.resolve(cwd, file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: "postgres", url };
  throw new Error("DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)");
}

import { AsyncLocalStorage } from "node:async_hooks";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { drizzle as drizzleBetterSqlite } from "drizzle-orm/better-sqlite3";
import { migrate as migrateBetterSqlite } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase } from "drizzle-orm/pg-core";
import { drizzle as drizzleSqliteProxy } from "drizzle-orm/sqlite-proxy";
import pg from "pg";
import type { DatabaseTarget } from "./config";
import { parseDatabaseUrl } from "./config";
import { Mutex } from "./mutex";
import type { Schema } from "./schema";
import { pgSchema, sqliteSchema } from "./schema";

/**
 * The query handle services use. Both dialects are driven through Drizzle's async query builder
 * with identical tables; the PostgreSQL type stands for both (see DESIGN.md, "Two dialects").
 * Use only what both dialects support: no `.for("update")`, no Date values inside raw `sql`.
 */
export type Executor = PgDatabase<NodePgQueryResultHKT, Schema>;

/** An open database of either dialect. */
export interface Database {
  readonly dialect: DatabaseTarget["dialect"];
  /** PostgreSQL: the connection string (pg-boss and LISTEN open their own connections with it). */
  readonly url?: string;
  /** Query handle; inside `transaction(fn)` it is that transaction's handle. */
  readonly db: Executor;
  /** The tables of this database's dialect. */
  readonly tables: Schema;
  /**
   * Runs `fn` atomically: everything it does commits together or not at all. A call inside
   * another transaction joins it. On SQLite no other request's statement runs while it is open.
   */
  transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
/** The migrations folder: beside the sources in the workspace, or copied beside a server bundle. */
export const migrationsRoot: string =
  [path.join(here, "../migrations"), path.join(here, "migrations")].find((dir) => existsSync(dir)) ??
  path.join(here, "../migrations");

/** Opens the database named by `DATABASE_URL` (or the given URL); migrates it unless told not to. */
export async function openDatabase(url: string | undefined = process.env.DATABASE_URL, options: OpenOptions = {}) {
  const target = parseDatabaseUrl(url);
  return target.dialect === "sqlite" ? openSqlite(target.file, options) : openPostgres(target.url, options);
}

/** Opens (creating if needed) a SQLite database file through one connection and an async gate. */
export function openSqlite(file: string, options: OpenOptions = {}): Database {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const raw = new BetterSqlite3(file);
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  raw.pragma("foreign_keys = ON");
  raw.pragma("busy_timeout = 5000");
  if (options.migrate !== false) {
    migrateBetterSqlite(drizzleBetterSqlite({ client: raw }), {
      migrationsFolder: path.join(migrationsRoot, "sqlite"),
    });
  }

  // better-sqlite3 has one synchronous connection: a transaction spans awaits, so every statement
  // from outside the open transaction must wait for it, or it would run (and roll back) inside it.
  const gate = new Mutex();
  const inTransaction = new AsyncLocalStorage<true>();
  const statements = new Map<string, BetterSqlite3.Statement>();

  const execute = (query: string, params: unknown[], method: "run" | "all" | "values" | "get") => {
    let stmt = statements.get(query);
    if (!stmt) {
      if (statements.size > 1000) statements.clear();
      stmt = raw.prepare(query);
      statements.set(query, stmt);
    }
    const args = params.map(toSqliteValue);
    if (!stmt.reader) {
      stmt.run(...args);
      return { rows: [] as unknown[] };
    }
    stmt.raw(true);
    if (method === "get") return { rows: stmt.get(...args) as unknown[] };
    return { rows: stmt.all(...args) as unknown[] };
  };

  const orm = drizzleSqliteProxy(
    async (query, params, method) => {
      if (gate.locked && !inTransaction.getStore()) {
        const release = await gate.acquire();
        try {
          return execute(query, params, method);
        } finally {
          release();
        }
      }
      return execute(query, params, method);
    },
    { schema: sqliteSchema },
  ) as unknown as Executor;

  return {
    dialect: "sqlite",
    db: orm,
    tables: sqliteSchema as unknown as Schema,
    async transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T> {
      if (inTransaction.getStore()) return fn(orm);
      const release = await gate.acquire();
      try {
        return await inTransaction.run(true, async () => {
          raw.exec("BEGIN IMMEDIATE");
          try {
            const result = await fn(orm);
            raw.exec("COMMIT");
            return result;
          } catch (error) {
            if (raw.inTransaction) raw.exec("ROLLBACK");
            throw error;
          }
        });
      } finally {
        release();
      }
    },
    async ping() {
      const release = await gate.acquire();
      try {
        raw.prepare("select 1").get();
      } finally {
        release();
      }
    },
    async close() {
      const release = await gate.acquire();
      try {
        raw.close();
      } finally {
        release();
      }
    },
  };
}

function toSqliteValue(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  return value;
}

/** Opens a PostgreSQL pool; migrations run under an advisory lock so parallel starts are safe. */
export async function openPostgres(url: string, options: OpenOptions = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle client that loses its connection must not crash the process.
  pool.on("error", () => {});
  const orm = drizzlePg({ client: pool, schema: pgSchema });
  if (options.migrate !== false) {
    const lock = await pool.connect();
    try {
      await lock.query("select pg_advisory_lock(726354)");
      await migratePg(orm, { migrationsFolder: path.join(migrationsRoot, "postgres") });
    } finally {
      await lock.query("select pg_advisory_unlock(726354)").catch(() => undefined);
      lock.release();
    }
  }
  const openTransaction = new AsyncLocalStorage<Executor>();
  return {
    dialect: "postgres",
    url,
    // Inside a transaction, `db` is that transaction: a service can never read or write beside it
    // (and never waits for a second pool connection while holding one).
    get db() {
      return openTransaction.getStore() ?? (orm as unknown as Executor);
    },
    tables: pgSchema,
    transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T> {
      const outer = openTransaction.getStore();
      if (outer) return fn(outer);
      return orm.transaction((tx) => {
        const executor = tx as unknown as Executor;
        return openTransaction.run(executor, () => fn(executor));
      });
    },
    async ping() {
      await pool.query("select 1");
    },
    async close() {
      await pool.end();
    },
  };
}

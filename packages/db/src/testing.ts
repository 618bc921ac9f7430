import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Database } from "./database";
import { openPostgres, openSqlite } from "./database";
import { newId } from "./ids";

/** A throw-away migrated database for one test file; `drop()` closes and deletes it. */
export type TestDatabase = Database & { drop(): Promise<void> };

/** The PostgreSQL server tests create their databases on. */
export const testPostgresAdminUrl = (): string =>
  process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** The dialect integration tests run on, from the vitest project (`TEST_DIALECT`). */
export const testDialect = (): "sqlite" | "postgres" =>
  process.env.TEST_DIALECT === "postgres" ? "postgres" : "sqlite";

/** Creates a fresh database of the test dialect (a temp SQLite file, or a new PostgreSQL database). */
export async function createTestDatabase(dialect = testDialect()): Promise<TestDatabase> {
  const name = `hc_test_${newId().replaceAll("-", "").slice(-16)}`;
  if (dialect === "sqlite") {
    const file = path.join(os.tmpdir(), `${name}.db`);
    const database = openSqlite(file);
    return Object.assign(database, {
      async drop() {
        await database.close();
        for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
      },
    });
  }
  const adminUrl = testPostgresAdminUrl();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return Object.assign(database, {
    async drop() {
      await database.close();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  });
}

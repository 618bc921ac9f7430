import { openDatabase } from "../database";
import { parseDatabaseUrl } from "../config";

/** `pnpm db:migrate`: applies pending migrations to the database named by DATABASE_URL. */
async function main() {
  // pnpm runs this in packages/db; a relative SQLite path means relative to where the user typed it.
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  const database = await openDatabase(process.env.DATABASE_URL);
  await database.close();
  process.stdout.write(`Migrations applied (${target.dialect === "sqlite" ? target.file : "PostgreSQL"}).\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

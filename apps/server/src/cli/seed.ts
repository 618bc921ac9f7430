// `pnpm db:seed` (or `pnpm --filter @healthcare/server seed`): fills the development database named
// by DATABASE_URL (default: SQLite at ./data/healthcare.db) with the demo clinic. Safe to re-run.
import type { DatabaseTarget } from "@healthcare/db";
import { FieldCipher, loadKeyRing, rotateKeys } from "@healthcare/core";
import { openDatabase, parseDatabaseUrl } from "@healthcare/db";
import type { SeedSummary } from "../seed/demo-data";
import { DEMO_PASSWORD, seedDemoData } from "../seed/demo-data";

/** Where the data goes, without any credentials of the URL. */
function describeTarget(target: DatabaseTarget): string {
  if (target.dialect === "sqlite") return `SQLite database ${target.file}`;
  const url = new URL(target.url);
  return `PostgreSQL database ${url.pathname.slice(1) || "(default)"} on ${url.host}`;
}

/** Lays out rows as left-aligned columns. */
function columns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join("  ")
      .trimEnd(),
  );
}

/** The human-readable report of a seed run. */
function report(summary: SeedSummary, seconds: number): string {
  const lines = [
    `Demo clinic (timeline anchored at ${summary.anchoredAt.toISOString().slice(0, 16).replace("T", " ")} UTC):`,
    ...columns([
      ["admins", String(summary.admins)],
      ["doctors", `${summary.doctors} approved, ${summary.pendingDoctors} waiting for approval`],
      ["patients", String(summary.patients)],
      ["appointments", String(summary.appointments)],
      ["medical records", String(summary.records)],
      ["record comments", String(summary.comments)],
    ]).map((line) => `  ${line}`),
    "",
    summary.inserted > 0
      ? `Inserted ${summary.inserted} rows in ${seconds.toFixed(1)} s.`
      : "Already seeded: nothing to insert.",
    "",
    "Demo logins:",
    ...columns([
      ["role", "email", "password", "name"],
      ...summary.logins.map((login) => [
        login.role,
        login.email,
        login.passwordIsDemo ? DEMO_PASSWORD : "(your own: account existed before)",
        login.name,
      ]),
    ]).map((line) => `  ${line}`),
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  // pnpm runs package scripts in apps/server; resolve a relative database path from where the
  // command was typed (usually the repository root), as every other command does.
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  console.log(`Seeding the demo clinic into the ${describeTarget(target)} ...`);
  const cipher = new FieldCipher(loadKeyRing(process.env));
  const database = await openDatabase();
  try {
    const started = performance.now();
    const summary = await seedDemoData(database).catch((error: unknown) => {
      throw new Error(`${messageOf(error)}\nNo demo data was written: the seed runs in one transaction.`);
    });
    // The seed writes plain text; encrypt the sensitive columns at once (a no-op when nothing is new).
    await rotateKeys(database, cipher);
    console.log(report(summary, (performance.now() - started) / 1000));
  } finally {
    await database.close();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  console.error(`\nSeeding failed: ${messageOf(error)}`);
  process.exitCode = 1;
});

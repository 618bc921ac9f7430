import type { Database } from "@healthcare/db";
import { seedDemoData } from "./seed/demo-data";

/** On the first start of a development database, fills it with the demo clinic. */
export async function seedIfEmpty(database: Database): Promise<void> {
  const [anyUser] = await database.db.select({ id: database.tables.users.id }).from(database.tables.users).limit(1);
  if (anyUser) return;
  const summary = await seedDemoData(database);
  const logins = summary.logins.map((l) => `    ${l.role.padEnd(15)} ${l.email}`).join("\n");
  process.stdout.write(`\n  Seeded the demo clinic. Demo logins (password shown by \`pnpm db:seed\` and in the README):\n${logins}\n`);
}

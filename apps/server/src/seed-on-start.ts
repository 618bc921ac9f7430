import type { FieldCipher } from "@healthcare/core";
import { rotateKeys } from "@healthcare/core";
import type { Database } from "@healthcare/db";
import { seedDemoData } from "./seed/demo-data";

/** On the first start of a development database, fills it with the demo clinic. */
export async function seedIfEmpty(database: Database, cipher: FieldCipher): Promise<void> {
  const [anyUser] = await database.db
    .select({ id: database.tables.users.id })
    .from(database.tables.users)
    .limit(1);
  if (anyUser) return;
  const summary = await seedDemoData(database);
  // The seed writes plain text; encrypt every sensitive column before anything reads it.
  await rotateKeys(database, cipher);
  const logins = summary.logins.map((l) => `    ${l.role.padEnd(15)} ${l.email}`).join("\n");
  process.stdout.write(
    `\n  Seeded the demo clinic. Demo logins (password shown by \`pnpm db:seed\` and in the README):\n${logins}\n`,
  );
}

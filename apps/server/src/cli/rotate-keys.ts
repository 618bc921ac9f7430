import { parseArgs } from "node:util";
import {
  addKeyToFile,
  dataFolder,
  FieldCipher,
  KEY_FILE_NAME,
  loadKeyRing,
  rotateKeys,
} from "@healthcare/core";
import { openDatabase } from "@healthcare/db";

const usage = `Usage: pnpm rotate-keys [--new-key]

Re-encrypts every encrypted column value to the newest key; older keys keep decrypting.
  --new-key  development only: first append a fresh key to the ${KEY_FILE_NAME} key file.
In production, append the new key to the end of ENCRYPTION_KEYS (restart the servers with it),
then run pnpm rotate-keys; remove an old key only after a rotation reports it done.`;

/** Moves every encrypted value of the database named by DATABASE_URL to the newest key. */
async function main() {
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const { values } = parseArgs({ options: { "new-key": { type: "boolean" }, help: { type: "boolean" } } });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if (values["new-key"]) {
    if (process.env.NODE_ENV === "production" || process.env.ENCRYPTION_KEYS?.trim())
      throw new Error(
        "--new-key only manages the development key file; add the new key at the end of ENCRYPTION_KEYS",
      );
    const dir = dataFolder(process.env);
    const key = addKeyToFile(dir);
    process.stdout.write(`Added key ${key.id} to ${dir}/${KEY_FILE_NAME}.\n`);
  }
  const ring = loadKeyRing(process.env);
  const database = await openDatabase();
  try {
    const report = await rotateKeys(database, new FieldCipher(ring));
    for (const { table, column, rows, plaintext } of report) {
      const note = plaintext > 0 ? ` (${plaintext} were not encrypted before)` : "";
      process.stdout.write(`${`${table}.${column}`.padEnd(32)} ${rows} re-encrypted${note}\n`);
    }
    const total = report.reduce((sum, r) => sum + r.rows, 0);
    process.stdout.write(`Done on ${database.dialect}: ${total} values now use key ${ring.newest.id}.\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`rotate-keys failed:\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

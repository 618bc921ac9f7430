import { parseArgs } from "node:util";
import { auth, FieldCipher, loadKeyRing, systemClock } from "@healthcare/core";
import { openDatabase } from "@healthcare/db";
import { ZodError } from "zod";

const usage =
  "Usage: pnpm create-admin --email EMAIL --password PASSWORD [--first-name NAME] [--last-name NAME]";

/** Creates an administrator on the database named by DATABASE_URL, without prompting. */
async function main() {
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      password: { type: "string" },
      "first-name": { type: "string" },
      "last-name": { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help || !values.email || !values.password) {
    process.stderr.write(`${usage}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const database = await openDatabase();
  try {
    const admin = await auth.createAdmin(
      { database, clock: systemClock, cipher: new FieldCipher(loadKeyRing(process.env)) },
      {
        email: values.email,
        password: values.password,
        firstName: values["first-name"],
        lastName: values["last-name"],
      },
    );
    process.stdout.write(`Created administrator ${admin.email} on ${database.dialect}.\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof ZodError
      ? error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("\n")
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`create-admin failed:\n${message}\n`);
  process.exit(1);
});

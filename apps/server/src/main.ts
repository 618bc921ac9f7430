import { FieldCipher, loadKeyRing, notifications, systemClock } from "@healthcare/core";
import { openDatabase } from "@healthcare/db";
import { buildServer } from "./app";
import { loadConfig } from "./config";

/** Starts the production or development server: migrate, (optionally) seed, listen, shut down cleanly. */
async function main() {
  const config = loadConfig();
  // Keys first: a production start without ENCRYPTION_KEYS stops here, before touching data.
  const cipher = new FieldCipher(
    loadKeyRing(process.env, { log: (line) => process.stdout.write(`${line}\n`) }),
  );
  const database = await openDatabase(config.databaseUrl);
  const services = { database, clock: systemClock, cipher };
  if (config.seedDemo) {
    const { seedIfEmpty } = await import("./seed-on-start");
    await seedIfEmpty(database, cipher);
  }
  const app = await buildServer(services, config);
  // In-app notifications: the embedded drain delivers outbox events (retries, backoff, dead letters).
  const stopDrain = notifications.startOutboxDrain(services, {
    onError: (error) =>
      app.log.error(
        { error: error instanceof Error ? error.name : String(error) },
        "outbox drain pass failed",
      ),
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    stopDrain()
      .then(() => app.close())
      .then(() => database.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        app.log.error({ error: String(error) }, "shutdown failed");
        process.exit(1);
      });
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));

  await app.listen({ host: config.host, port: config.port });
  const base = `http://localhost:${config.port}`;
  const lines = [
    "",
    `  Healthcare server ready (${database.dialect})`,
    `  Patient portal:     ${config.portalDevUrl ?? `${base}/`}`,
    `  Clinician console:  ${config.consoleDevUrl ? new URL("/console/", config.consoleDevUrl).toString() : `${base}/console/`}`,
    `  API:                ${base}/trpc   health: ${base}/health`,
    "",
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`Server failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

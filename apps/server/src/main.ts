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
  const onError = (error: unknown) =>
    app.log.error(
      { error: error instanceof Error ? error.message : String(error) },
      "notification worker error",
    );
  // Live notifications: on PostgreSQL, workers in any process wake this server's streams.
  const stopListening =
    database.dialect === "postgres" && database.url
      ? notifications.listenForDeliveries(database.url, onError)
      : async () => {};
  // Notification workers (pg-boss on PostgreSQL, the embedded drain on SQLite), unless `pnpm worker` runs them.
  const workers = config.runWorkers
    ? await notifications.startNotificationWorkers(services, {
        mailer: notifications.createMailer(config.mail, (line) => app.log.info(line)),
        onError,
      })
    : null;

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    Promise.resolve(workers?.stop())
      .then(() => stopListening())
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
    `  Notifications:      ${workers ? workers.runtime : "workers run apart (pnpm worker)"}; email ${config.mail.smtpUrl ? "via SMTP" : `written to ${config.mail.outboxDir}`}`,
    "",
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`Server failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

import { FieldCipher, loadKeyRing, notifications, systemClock } from "@healthcare/core";
import { openDatabase } from "@healthcare/db";
import { loadConfig } from "./config";

/**
 * `pnpm worker`: the notification workers without the web server, so a deployment can scale them
 * apart (run the web servers with RUN_WORKERS=false). Several workers on one PostgreSQL share the
 * queues without running a job twice.
 */
async function main() {
  const config = loadConfig();
  const log = (line: string) => process.stdout.write(`${JSON.stringify({ time: Date.now(), msg: line })}\n`);
  const cipher = new FieldCipher(loadKeyRing(process.env, { log }));
  const database = await openDatabase(config.databaseUrl);
  const services = { database, clock: systemClock, cipher };
  const workers = await notifications.startNotificationWorkers(services, {
    mailer: notifications.createMailer(config.mail, log),
    onError: (error) =>
      log(`notification worker error: ${error instanceof Error ? error.message : String(error)}`),
  });
  log(`notification worker started (${workers.runtime}, ${database.dialect})`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log(`shutting down (${signal})`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    workers
      .stop()
      .then(() => database.close())
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`Worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

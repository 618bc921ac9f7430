import type { Services } from "../context";
import { startOutboxDrain } from "./drain";
import type { Mailer } from "./email";
import { startPgBossWorkers } from "./pgboss";

/** Options for the notification workers of one process. */
export interface NotificationWorkerOptions {
  mailer: Mailer | null;
  onError?: (error: unknown) => void;
}

/**
 * Starts the notification workers for this database: pg-boss on PostgreSQL, the embedded outbox
 * drain on SQLite. Both run the same handlers. Returns the stop function (waits for work in flight).
 */
export async function startNotificationWorkers(
  services: Services,
  options: NotificationWorkerOptions,
): Promise<{ runtime: "pg-boss" | "embedded drain"; stop: () => Promise<void> }> {
  const { database } = services;
  if (database.dialect === "postgres") {
    if (!database.url) throw new Error("pg-boss needs the PostgreSQL connection string");
    const workers = await startPgBossWorkers(services, {
      connectionString: database.url,
      mailer: options.mailer,
      onError: options.onError,
    });
    return { runtime: "pg-boss", stop: () => workers.stop() };
  }
  const stop = startOutboxDrain(services, { mailer: options.mailer, onError: options.onError });
  return { runtime: "embedded drain", stop };
}

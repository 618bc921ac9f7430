import type { Database, Executor } from "./database";
import type { Schema } from "./schema";

interface Runnable<R> {
  execute(values?: Record<string, unknown>): Promise<R>;
}
interface Preparable<R> extends Runnable<R> {
  prepare(name: string): Runnable<R>;
}

/**
 * A query on a hot path, written once with `sql.placeholder(...)` for its values. On SQLite the
 * built statement is kept per database and reused (one connection, which transactions share), so
 * Drizzle does not rebuild the SQL on every call; on PostgreSQL it is built on the given handle
 * each time, so it runs inside the caller's open transaction.
 */
export function hotQuery<R>(name: string, build: (db: Executor, t: Schema) => Preparable<R>) {
  const kept = new WeakMap<Database, Runnable<R>>();
  return (database: Database, values: Record<string, unknown>, db: Executor = database.db): Promise<R> => {
    if (database.dialect === "postgres") return build(db, database.tables).execute(values);
    let prepared = kept.get(database);
    if (!prepared) {
      prepared = build(database.db, database.tables).prepare(name);
      kept.set(database, prepared);
    }
    return prepared.execute(values);
  };
}

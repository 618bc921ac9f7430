import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Database } from "@healthcare/db";
import { encryptedColumns, fieldContext } from "./encrypted-columns";
import type { EncryptedColumn, EncryptedTable } from "./encrypted-columns";
import type { FieldCipher } from "./field-cipher";
import { isEncrypted } from "./field-cipher";

/** How many values of one column `rotateKeys` rewrote (SQL names); `plaintext` of them were not encrypted before. */
export interface RotationCount {
  table: string;
  column: string;
  rows: number;
  plaintext: number;
}

/** A table as `rotateKeys` handles it: an id, an update time and text columns. */
type RotatedTable = PgTable & { id: PgColumn; updatedAt: PgColumn } & Record<string, PgColumn>;
type Row = { id: string; updatedAt: Date } & Record<string, unknown>;

/**
 * Re-encrypts every encrypted column value not under the newest key (and encrypts stray plaintext),
 * paging by id, one transaction per batch. Idempotent. A value changed by someone else meanwhile is
 * left as they wrote it. Run it after every server has the new key ring. On SQLite it then vacuums.
 */
export async function rotateKeys(
  database: Database,
  cipher: FieldCipher,
  options: { batchSize?: number } = {},
): Promise<RotationCount[]> {
  const batchSize = options.batchSize ?? 500;
  const newest = cipher.ring.newest.id;
  const report: RotationCount[] = [];
  for (const entry of encryptedColumns) {
    const tableName: EncryptedTable = entry.table;
    const columns: readonly string[] = entry.columns;
    const contextOf = (column: string, rowId: string) =>
      fieldContext(tableName, column as EncryptedColumn<EncryptedTable>, rowId);
    const table = database.tables[tableName] as unknown as RotatedTable;
    const counts = columns.map((column): RotationCount => {
      const { table, column: sqlColumn } = contextOf(column, "-");
      return { table, column: sqlColumn, rows: 0, plaintext: 0 };
    });
    const fields = Object.fromEntries(["id", "updatedAt", ...columns].map((name) => [name, table[name]!]));
    let after: string | null = null;
    for (;;) {
      const rows: Row[] = await database.transaction(async (tx) => {
        const batch = (await tx
          .select(fields)
          .from(table)
          .where(after === null ? undefined : gt(table.id, after))
          .orderBy(asc(table.id))
          .limit(batchSize)) as Row[];
        for (const row of batch) {
          // Keep updated_at: re-encryption is not an edit. Only overwrite values still as read.
          const set: Record<string, unknown> = { updatedAt: row.updatedAt };
          const unchanged: SQL[] = [eq(table.id, row.id)];
          const changed: number[] = [];
          columns.forEach((column, index) => {
            const stored = row[column];
            if (typeof stored !== "string") return;
            if (isEncrypted(stored) && cipher.keyIdOf(stored) === newest) return;
            const context = contextOf(column, row.id);
            const plaintext = isEncrypted(stored) ? cipher.decrypt(stored, context) : stored;
            set[column] = cipher.encrypt(plaintext, context);
            unchanged.push(eq(table[column]!, stored));
            changed.push(index);
          });
          if (changed.length === 0) continue;
          const updated = await tx
            .update(table)
            .set(set)
            .where(and(...unchanged))
            .returning({ id: table.id });
          if (updated.length === 0) continue;
          for (const index of changed) {
            counts[index]!.rows += 1;
            if (!isEncrypted(row[columns[index]!])) counts[index]!.plaintext += 1;
          }
        }
        return batch;
      });
      if (rows.length < batchSize) break;
      after = rows.at(-1)!.id;
    }
    report.push(...counts);
  }
  if (database.dialect === "sqlite" && report.some((r) => r.rows > 0)) {
    // Rewrite the file so the replaced values (plaintext, old-key ciphertext) do not linger in
    // free pages or the write-ahead log.
    const db = database.db as unknown as { run(query: SQL): Promise<unknown> };
    await db.run(sql`vacuum`);
    await db.run(sql`pragma wal_checkpoint(truncate)`);
  }
  return report;
}

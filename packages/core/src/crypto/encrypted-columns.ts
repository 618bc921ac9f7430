import { getTableName } from "drizzle-orm";
import type { Column } from "drizzle-orm";
import { pgSchema } from "@healthcare/db";
import type { TextCipher } from "../context";
import type { CipherContext } from "./field-cipher";

/** The columns stored encrypted, by Drizzle table and property name. */
export const encryptedColumns = [
  { table: "patients", columns: ["emergencyContact", "insurance"] },
  {
    table: "medicalRecords",
    columns: ["description", "symptoms", "diagnosis", "treatment", "medications", "notes"],
  },
  { table: "recordComments", columns: ["body"] },
] as const;

/** A table with encrypted columns (Drizzle schema key). */
export type EncryptedTable = (typeof encryptedColumns)[number]["table"];
/** An encrypted column of `T` (Drizzle property name). */
export type EncryptedColumn<T extends EncryptedTable> = Extract<
  (typeof encryptedColumns)[number],
  { table: T }
>["columns"][number];

/** The encrypted property names of `table`. */
export function encryptedColumnsOf<T extends EncryptedTable>(table: T): readonly EncryptedColumn<T>[] {
  return (encryptedColumns.find((entry) => entry.table === table)?.columns ??
    []) as readonly EncryptedColumn<T>[];
}

/** The additional data of one field: SQL table and column names (the same in both dialects) and the row id. */
export function fieldContext<T extends EncryptedTable>(
  table: T,
  column: EncryptedColumn<T>,
  rowId: string,
): CipherContext {
  const drizzleTable = pgSchema[table];
  const drizzleColumn = (drizzleTable as unknown as Record<string, Column>)[column];
  if (!drizzleColumn) throw new Error(`${table} has no column ${column}`);
  return { table: getTableName(drizzleTable), column: drizzleColumn.name, rowId };
}

/** Encrypts the encrypted columns present in `values` (a row to insert or update); others pass through. */
export function encryptFields<T extends EncryptedTable, V extends object>(
  cipher: TextCipher,
  table: T,
  rowId: string,
  values: V,
): V {
  const out = { ...values } as Record<string, unknown>;
  for (const column of encryptedColumnsOf(table)) {
    const value = out[column];
    if (typeof value === "string") out[column] = cipher.encrypt(value, fieldContext(table, column, rowId));
  }
  return out as V;
}

/** Decrypts the encrypted columns present in a row read back (`row.id` must be selected). */
export function decryptFields<T extends EncryptedTable, R extends { id: string }>(
  cipher: TextCipher,
  table: T,
  row: R,
): R {
  const out = { ...row } as Record<string, unknown>;
  for (const column of encryptedColumnsOf(table)) {
    const value = out[column];
    if (typeof value === "string") out[column] = cipher.decrypt(value, fieldContext(table, column, row.id));
  }
  return out as R;
}

import * as pgSchema from "./pg";
import * as sqliteSchema from "./sqlite";

export { pgSchema, sqliteSchema };

/**
 * The tables as the application sees them. Both dialects have the same tables, columns and
 * TypeScript types (schema.parity.test.ts); the PostgreSQL definitions serve as the static type.
 */
export type Schema = typeof pgSchema;

import { readFileSync } from "node:fs";
import { getTableConfig as pgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as pgSchema from "./pg";
import * as sqliteSchema from "./sqlite";

const sharedSection = (file: string) => {
  const text = readFileSync(new URL(file, import.meta.url), "utf8");
  return text.slice(text.indexOf("// ---- BEGIN SHARED TABLES"), text.indexOf("// ---- END SHARED TABLES"));
};

type Shape = {
  name: string;
  columns: { name: string; notNull: boolean; hasDefault: boolean; primary: boolean }[];
  indexes: { name: string; unique: boolean; columns: string[]; partial: boolean }[];
  primaryKeys: string[][];
  foreignKeys: string[];
  checks: string[];
};

function describeTable(config: ReturnType<typeof pgTableConfig> | ReturnType<typeof sqliteTableConfig>): Shape {
  return {
    name: config.name,
    columns: config.columns
      .map((c) => ({ name: c.name, notNull: c.notNull, hasDefault: c.hasDefault, primary: c.primary }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    indexes: config.indexes
      .map((i) => ({
        name: i.config.name ?? "",
        unique: i.config.unique,
        columns: i.config.columns.map((c) => ("name" in c ? String(c.name) : "expr")),
        partial: Boolean(i.config.where),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    primaryKeys: config.primaryKeys.map((pk) => pk.columns.map((c) => c.name)),
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const ref = fk.reference();
        return `${ref.columns.map((c) => c.name).join(",")}->${ref.foreignColumns.map((c) => c.name).join(",")}`;
      })
      .sort(),
    checks: config.checks.map((c) => c.name).sort(),
  };
}

describe("schema parity between SQLite and PostgreSQL", () => {
  it("shares the table section word for word", () => {
    expect(sharedSection("./sqlite.ts")).toBe(sharedSection("./pg.ts"));
    expect(sharedSection("./pg.ts").length).toBeGreaterThan(1000);
  });

  it("has the same tables, columns, indexes and constraints", () => {
    const pgTables = Object.values(pgSchema).filter((v) => v instanceof PgTable);
    const sqliteTables = Object.values(sqliteSchema).filter((v) => v instanceof SQLiteTable);
    const pgShapes = pgTables.map((t) => describeTable(pgTableConfig(t))).sort((a, b) => a.name.localeCompare(b.name));
    const sqliteShapes = sqliteTables
      .map((t) => describeTable(sqliteTableConfig(t)))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(pgShapes.length).toBeGreaterThanOrEqual(17);
    expect(sqliteShapes).toEqual(pgShapes);
  });

  it("keeps the hand-written integrity migrations in step", () => {
    const read = (dialect: string) =>
      readFileSync(new URL(`../../migrations/${dialect}/0001_integrity.sql`, import.meta.url), "utf8");
    for (const rule of ["appointments_doctor_no_overlap", "appointments_patient_no_overlap", "appointments_too_long", "audit_events is append-only"]) {
      expect(read("sqlite")).toContain(rule);
      expect(read("postgres")).toContain(rule);
    }
  });
});

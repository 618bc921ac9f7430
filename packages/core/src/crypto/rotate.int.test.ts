import { existsSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { newId, openSqlite } from "@healthcare/db";
import type { TestDatabase } from "@healthcare/db/testing";
import { createTestDatabase, testDialect } from "@healthcare/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decryptFields, encryptFields } from "./encrypted-columns";
import { FieldCipher, generateKey, isEncrypted, KeyRing } from "./field-cipher";
import { rotateKeys } from "./rotate";

const keyA = generateKey("key-a");
const keyB = generateKey("key-b");
const cipherA = new FieldCipher(new KeyRing([keyA]));
const cipherAB = new FieldCipher(new KeyRing([keyA, keyB]));
const lastWeek = new Date(Date.now() - 7 * 86_400_000);

const user = (role: "patient" | "doctor") => ({
  id: newId(),
  email: `${newId()}@example.test`,
  passwordHash: "x",
  role,
  firstName: "Test",
  lastName: "User",
});

describe("rotateKeys", () => {
  let database: TestDatabase;
  const patients: { id: string; emergencyContact: string | null; insurance: string | null }[] = [];
  const records: {
    id: string;
    description: string | null;
    diagnosis: string | null;
    notes: string | null;
  }[] = [];
  const comments: { id: string; body: string }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const t = database.tables;
    const author = user("doctor");
    await database.db.insert(t.users).values(author);
    for (let i = 0; i < 3; i++) {
      const owner = user("patient");
      await database.db.insert(t.users).values(owner);
      const patient = {
        id: newId(),
        emergencyContact: `Jane Roe ${i}, +1 555 0100`,
        insurance: i === 1 ? null : `ACME-${i}`,
      };
      patients.push(patient);
      await database.db.insert(t.patients).values({
        ...encryptFields(cipherA, "patients", patient.id, patient),
        userId: owner.id,
        updatedAt: lastWeek,
      });
      const record = {
        id: newId(),
        description: `Follow-up ${i}`,
        diagnosis: `Hypertension stage ${i}`,
        notes: i === 0 ? null : "Unicode ✓ 血压",
      };
      records.push(record);
      await database.db.insert(t.medicalRecords).values({
        ...encryptFields(cipherA, "medicalRecords", record.id, record),
        patientId: patient.id,
        type: "checkup",
        title: "Visit",
        visitDate: "2025-01-0" + String(i + 1),
        authorUserId: author.id,
        updatedAt: lastWeek,
      });
      const comment = { id: newId(), body: `Check potassium ${i}` };
      comments.push(comment);
      await database.db.insert(t.recordComments).values({
        ...encryptFields(cipherA, "recordComments", comment.id, comment),
        recordId: record.id,
        authorUserId: author.id,
        updatedAt: lastWeek,
      });
    }
    // A row written before encryption was switched on.
    const legacy = { id: newId(), body: "Legacy plaintext comment" };
    comments.push(legacy);
    await database.db
      .insert(t.recordComments)
      .values({ ...legacy, recordId: records[0]!.id, authorUserId: author.id, updatedAt: lastWeek });
  });
  afterAll(async () => {
    await database.drop();
  });

  const rawValues = async () => {
    const t = database.tables;
    const p = await database.db.select().from(t.patients);
    const r = await database.db.select().from(t.medicalRecords);
    const c = await database.db.select().from(t.recordComments);
    return {
      rows: { p, r, c },
      values: [
        ...p.flatMap((x) => [x.emergencyContact, x.insurance]),
        ...r.flatMap((x) => [x.description, x.symptoms, x.diagnosis, x.treatment, x.medications, x.notes]),
        ...c.map((x) => x.body),
      ].filter((v): v is string => v !== null),
    };
  };

  it("stores no clinical text in the clear", async () => {
    const { values } = await rawValues();
    const encrypted = values.filter(isEncrypted);
    expect(encrypted.length).toBe(values.length - 1); // all but the legacy row
    for (const value of encrypted) {
      expect(value).not.toMatch(/Hypertension|Jane Roe|ACME|potassium|Follow-up/);
      expect(cipherA.keyIdOf(value)).toBe("key-a");
    }
  });

  it("moves every value to the newest key, keeps them readable, and then has nothing left to do", async () => {
    // Small batches, so paging across batch boundaries is exercised.
    const report = await rotateKeys(database, cipherAB, { batchSize: 2 });
    const count = (table: string, column: string) =>
      report.find((r) => r.table === table && r.column === column);
    expect(count("patients", "emergency_contact")).toMatchObject({ rows: 3, plaintext: 0 });
    expect(count("patients", "insurance")).toMatchObject({ rows: 2 });
    expect(count("medical_records", "notes")).toMatchObject({ rows: 2 });
    expect(count("medical_records", "symptoms")).toMatchObject({ rows: 0 });
    expect(count("record_comments", "body")).toMatchObject({ rows: 4, plaintext: 1 });
    expect(report).toHaveLength(9);

    const { rows, values } = await rawValues();
    for (const value of values) {
      expect(isEncrypted(value)).toBe(true);
      expect(cipherAB.keyIdOf(value)).toBe("key-b");
    }
    const onlyB = new FieldCipher(new KeyRing([keyB]));
    for (const expected of patients) {
      const row = rows.p.find((x) => x.id === expected.id)!;
      expect(row.updatedAt.getTime()).toBe(lastWeek.getTime());
      expect(decryptFields(onlyB, "patients", row)).toMatchObject(expected);
    }
    for (const expected of records) {
      const row = rows.r.find((x) => x.id === expected.id)!;
      expect(decryptFields(onlyB, "medicalRecords", row)).toMatchObject(expected);
    }
    for (const expected of comments) {
      const row = rows.c.find((x) => x.id === expected.id)!;
      expect(decryptFields(onlyB, "recordComments", row)).toMatchObject(expected);
    }

    const again = await rotateKeys(database, cipherAB);
    expect(again.every((r) => r.rows === 0)).toBe(true);
  });
});

describe.runIf(testDialect() === "sqlite")("the SQLite database file", () => {
  it("contains no clinical text, not even rows written before encryption, after rotateKeys", async () => {
    const file = path.join(os.tmpdir(), `hc_crypto_${newId()}.db`);
    const readFile = () =>
      Buffer.concat(
        ["", "-wal"].map((suffix) =>
          existsSync(file + suffix) ? readFileSync(file + suffix) : Buffer.alloc(0),
        ),
      );
    const database = openSqlite(file);
    try {
      const t = database.tables;
      const author = user("doctor");
      await database.db.insert(t.users).values(author);
      const patient = { id: newId(), emergencyContact: "Zebediah Quux", insurance: "XYZZY-INSURANCE" };
      await database.db
        .insert(t.patients)
        .values({ ...encryptFields(cipherA, "patients", patient.id, patient), userId: author.id });
      const record = { id: newId(), diagnosis: "Plugh syndrome", notes: "Frobnicate twice daily" };
      await database.db.insert(t.medicalRecords).values({
        ...encryptFields(cipherA, "medicalRecords", record.id, record),
        patientId: patient.id,
        type: "diagnosis",
        title: "Visit",
        visitDate: "2025-01-01",
        authorUserId: author.id,
      });
      const legacyBody = "Legacy Wibblewobble comment";
      await database.db
        .insert(t.recordComments)
        .values({ id: newId(), recordId: record.id, authorUserId: author.id, body: legacyBody });
      expect(readFile().includes("Wibblewobble")).toBe(true);

      await rotateKeys(database, cipherAB);
      const bytes = readFile();
      expect(bytes.includes("Visit")).toBe(true); // the title is not a protected column
      for (const secret of ["Zebediah", "XYZZY", "Plugh", "Frobnicate", "Wibblewobble"])
        expect(bytes.includes(secret)).toBe(false);
    } finally {
      await database.close();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    }
  });
});

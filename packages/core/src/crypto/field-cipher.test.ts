import { describe, expect, it } from "vitest";
import { decryptFields, encryptFields, fieldContext } from "./encrypted-columns";
import { DecryptionError, FieldCipher, generateKey, isEncrypted, KeyRing } from "./field-cipher";

const keyA = generateKey("key-a");
const keyB = generateKey("key-b");
const context = { table: "medical_records", column: "diagnosis", rowId: "row-1" };
const secret = "Type 2 diabetes mellitus";

/** Flips one bit of the decoded part `part` (0 = iv, 1 = ciphertext+tag) at byte `byte`. */
function flipBit(stored: string, part: 0 | 1, byte: number, bit = 0): string {
  const pieces = stored.split(":");
  const index = 3 + part;
  const bytes = Buffer.from(pieces[index]!, "base64url");
  bytes[byte] = bytes[byte]! ^ (1 << bit);
  pieces[index] = bytes.toString("base64url");
  return pieces.join(":");
}

describe("FieldCipher", () => {
  const cipher = new FieldCipher(new KeyRing([keyA]));

  it("gives different ciphertexts for the same text", () => {
    const first = cipher.encrypt(secret, context);
    const second = cipher.encrypt(secret, context);
    expect(first).not.toBe(second);
    expect(cipher.decrypt(first, context)).toBe(secret);
    expect(cipher.decrypt(second, context)).toBe(secret);
  });

  it("stores a versioned value naming the key, without the plaintext", () => {
    const stored = cipher.encrypt(secret, context);
    expect(stored).toMatch(/^enc:v1:key-a:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+$/);
    expect(stored).not.toContain("diabetes");
    expect(cipher.keyIdOf(stored)).toBe("key-a");
    expect(isEncrypted(stored)).toBe(true);
    expect(isEncrypted(secret)).toBe(false);
    expect(isEncrypted(null)).toBe(false);
  });

  it.each(["", "a", "Ünïcödé 糖尿病 🩺\nline two", "x".repeat(10_000)])("round-trips %#", (text) => {
    expect(cipher.decrypt(cipher.encrypt(text, context), context)).toBe(text);
  });

  it("fails when any single bit of iv, ciphertext or tag is flipped", () => {
    const stored = cipher.encrypt("short", context);
    const bodyLength = Buffer.from(stored.split(":")[4]!, "base64url").length; // 5 + 16 tag
    const cases: string[] = [];
    for (let byte = 0; byte < 12; byte++) cases.push(flipBit(stored, 0, byte, byte % 8));
    for (let byte = 0; byte < bodyLength; byte++) cases.push(flipBit(stored, 1, byte, byte % 8));
    for (const tampered of cases) {
      expect(tampered).not.toBe(stored);
      expect(() => cipher.decrypt(tampered, context)).toThrow(DecryptionError);
    }
  });

  it("fails on a changed character of the stored text", () => {
    const stored = cipher.encrypt("short", context);
    for (let i = "enc:v1:key-a:".length; i < stored.length; i++) {
      const code = stored.charCodeAt(i);
      const changed = stored.slice(0, i) + String.fromCharCode(code ^ 1) + stored.slice(i + 1);
      expect(() => cipher.decrypt(changed, context)).toThrow(DecryptionError);
    }
  });

  it("fails when the ciphertext is copied to another row, column or table", () => {
    const stored = cipher.encrypt(secret, context);
    for (const other of [
      { ...context, rowId: "row-2" },
      { ...context, column: "notes" },
      { ...context, table: "record_comments" },
    ]) {
      expect(() => cipher.decrypt(stored, other)).toThrow(DecryptionError);
    }
  });

  it("fails on an unknown key id, malformed values and plaintext, without leaking", () => {
    const stored = new FieldCipher(new KeyRing([keyB])).encrypt(secret, context);
    expect(() => cipher.decrypt(stored, context)).toThrow(/Unknown key id "key-b"/);
    for (const bad of [secret, "", "enc:v1:", "enc:v1:key-a:abc", "enc:v2:key-a:a:b", "enc:v1:key-a:!!:??"]) {
      expect(() => cipher.decrypt(bad, context)).toThrow(DecryptionError);
    }
    try {
      cipher.decrypt(secret, context);
    } catch (error) {
      expect((error as Error).message).not.toContain("diabetes");
      expect((error as Error).message).not.toContain(keyA.key.toString("base64"));
    }
  });

  it("keeps decrypting with an old key after a new key is added", () => {
    const old = cipher.encrypt(secret, context);
    const ring = new KeyRing([keyA]).with(keyB);
    const rotated = new FieldCipher(ring);
    expect(rotated.decrypt(old, context)).toBe(secret);
    expect(rotated.keyIdOf(rotated.encrypt(secret, context))).toBe("key-b");
  });

  it("lets a ring name its newest key explicitly", () => {
    const ring = new KeyRing([keyA, keyB], "key-a");
    expect(ring.newest.id).toBe("key-a");
    expect(() => new KeyRing([keyA], "nope")).toThrow();
    expect(() => new KeyRing([keyA, { ...keyB, id: "key-a" }])).toThrow(/twice/);
    expect(() => new KeyRing([{ id: "short", key: Buffer.alloc(16) }])).toThrow(/32 bytes/);
    expect(() => new KeyRing([])).toThrow();
  });

  it("passes null and undefined through the nullable variants", () => {
    expect(cipher.encryptNullable(null, context)).toBeNull();
    expect(cipher.decryptNullable(undefined, context)).toBeUndefined();
    expect(cipher.decryptNullable(cipher.encryptNullable("x", context), context)).toBe("x");
  });
});

describe("encrypted column helpers", () => {
  const cipher = new FieldCipher(new KeyRing([keyA]));

  it("binds SQL table and column names", () => {
    expect(fieldContext("patients", "emergencyContact", "p1")).toEqual({
      table: "patients",
      column: "emergency_contact",
      rowId: "p1",
    });
    expect(fieldContext("recordComments", "body", "c1").table).toBe("record_comments");
  });

  it("encrypts and decrypts only the registered fields of a row", () => {
    const row = { id: "r1", title: "Visit", diagnosis: secret, notes: null };
    const stored = encryptFields(cipher, "medicalRecords", row.id, row);
    expect(stored.title).toBe("Visit");
    expect(stored.notes).toBeNull();
    expect(stored.diagnosis).not.toContain("diabetes");
    expect(cipher.decrypt(stored.diagnosis, fieldContext("medicalRecords", "diagnosis", "r1"))).toBe(secret);
    expect(decryptFields(cipher, "medicalRecords", stored)).toEqual(row);
    expect(() => decryptFields(cipher, "medicalRecords", { ...stored, id: "r2" })).toThrow(DecryptionError);
  });
});

import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FieldCipher } from "./field-cipher";
import { addKeyToFile, dataFolder, KEY_FILE_NAME, loadKeyRing, parseEncryptionKeys } from "./keys";

const b64 = (bytes: number) => randomBytes(bytes).toString("base64");

describe("parseEncryptionKeys", () => {
  it("reads id:base64 entries, the last one newest", () => {
    const ring = parseEncryptionKeys(` old:${b64(32)} , new_2:${b64(32)},`);
    expect(ring.keys.map((k) => k.id)).toEqual(["old", "new_2"]);
    expect(ring.newest.id).toBe("new_2");
  });

  it("names the bad entry and never prints the key", () => {
    const short = b64(16);
    const cases: [string, RegExp][] = [
      [`a:${b64(32)},b:not*base64`, /entry 2 \("b"\).*not valid base64/],
      [`a:${short}`, /entry 1 \("a"\).*16 bytes/],
      [`a:${b64(32)},a:${b64(32)}`, /entry 2 \("a"\).*appears twice/],
      [`${b64(32)}`, /entry 1: expected keyId:base64key/],
      [`bad id:${b64(32)}`, /entry 1: the key id must match/],
      [" , ", /holds no keys/],
    ];
    for (const [value, message] of cases) {
      expect(() => parseEncryptionKeys(value)).toThrow(message);
      try {
        parseEncryptionKeys(value);
      } catch (error) {
        for (const part of value.split(/[,:]/))
          if (part.length > 20) expect((error as Error).message).not.toContain(part);
      }
    }
  });
});

describe("loadKeyRing", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "hc-keys-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("prefers ENCRYPTION_KEYS", () => {
    const ring = loadKeyRing(
      { ENCRYPTION_KEYS: `prod-1:${b64(32)}`, NODE_ENV: "production" },
      { dataDir: tempDir() },
    );
    expect(ring.newest.id).toBe("prod-1");
  });

  it("requires ENCRYPTION_KEYS in production", () => {
    const dataDir = tempDir();
    expect(() => loadKeyRing({ NODE_ENV: "production" }, { dataDir })).toThrow(
      "ENCRYPTION_KEYS is required in production",
    );
    expect(() => loadKeyRing({ NODE_ENV: "production", ENCRYPTION_KEYS: " " }, { dataDir })).toThrow(
      /required/,
    );
  });

  it("creates an owner-only development key file once and reuses it", () => {
    const dataDir = path.join(tempDir(), "data");
    const lines: string[] = [];
    const first = loadKeyRing({}, { dataDir, log: (line) => lines.push(line) });
    const file = path.join(dataDir, KEY_FILE_NAME);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).not.toContain(first.newest.key.toString("base64"));
    expect(first.newest.id).toMatch(/^dev-\d{8}-[0-9a-f]{6}$/);
    if (process.platform !== "win32") expect(statSync(file).mode & 0o777).toBe(0o600);

    const second = loadKeyRing({}, { dataDir, log: (line) => lines.push(line) });
    expect(lines).toHaveLength(1);
    expect(second.newest.id).toBe(first.newest.id);
    expect(second.newest.key.equals(first.newest.key)).toBe(true);
  });

  it("adds a key to the file that becomes the newest while the old one still decrypts", () => {
    const dataDir = tempDir();
    const context = { table: "patients", column: "insurance", rowId: "p1" };
    const before = loadKeyRing({}, { dataDir, log: () => {} });
    const stored = new FieldCipher(before).encrypt("ACME 123", context);
    const added = addKeyToFile(dataDir);
    const after = loadKeyRing({}, { dataDir });
    expect(after.keys.map((k) => k.id)).toEqual([before.newest.id, added.id]);
    expect(after.newest.id).toBe(added.id);
    expect(new FieldCipher(after).decrypt(stored, context)).toBe("ACME 123");
    if (process.platform !== "win32")
      expect(statSync(path.join(dataDir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(dataDir, KEY_FILE_NAME), "utf8")).toContain(added.id);
  });

  it("keeps the key file beside the SQLite file, or in ./data for PostgreSQL", () => {
    expect(dataFolder({ DATABASE_URL: "file:./var/db/app.db" }, "/srv/app")).toBe(
      path.resolve("/srv/app/var/db"),
    );
    expect(dataFolder({}, "/srv/app")).toBe(path.resolve("/srv/app/data"));
    expect(dataFolder({ DATABASE_URL: "postgres://db/app" }, "/srv/app")).toBe(path.resolve("/srv/app/data"));
  });
});

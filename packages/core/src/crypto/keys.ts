import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseDatabaseUrl } from "@healthcare/db";
import type { EncryptionKey } from "./field-cipher";
import { generateKey, KEY_ID_PATTERN, KeyRing } from "./field-cipher";

/** The development key file's name, inside the data folder. */
export const KEY_FILE_NAME = "encryption-keys.json";

/** Where `loadKeyRing` looks and what it reports. */
export interface LoadKeyRingOptions {
  /** Resolves a relative DATABASE_URL and `./data` (default: the working directory). */
  cwd?: string;
  /** The folder of the key file (default: `dataFolder(env, cwd)`). */
  dataDir?: string;
  /** Receives the one line said when a development key is generated (default: stderr). */
  log?: (line: string) => void;
}

const keyHint = "expected keyId:base64key with a key of exactly 32 bytes (e.g. `openssl rand -base64 32`)";

/** Reads `ENCRYPTION_KEYS` (`id:base64key,...`, newest last); errors name the entry, never the key. */
export function parseEncryptionKeys(value: string): KeyRing {
  const entries = value
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) throw new Error("ENCRYPTION_KEYS is set but holds no keys");
  const keys: EncryptionKey[] = [];
  entries.forEach((entry, index) => {
    const separator = entry.indexOf(":");
    const id = separator < 0 ? "" : entry.slice(0, separator);
    const name = `ENCRYPTION_KEYS entry ${index + 1}${KEY_ID_PATTERN.test(id) ? ` ("${id}")` : ""}`;
    if (separator < 0) throw new Error(`${name}: ${keyHint}`);
    if (!KEY_ID_PATTERN.test(id)) throw new Error(`${name}: the key id must match ${KEY_ID_PATTERN.source}`);
    if (keys.some((k) => k.id === id)) throw new Error(`${name}: the key id "${id}" appears twice`);
    const text = entry.slice(separator + 1);
    const key = Buffer.from(text, "base64");
    if (key.toString("base64") !== text) throw new Error(`${name}: the key is not valid base64; ${keyHint}`);
    if (key.length !== 32) throw new Error(`${name}: the key is ${key.length} bytes; ${keyHint}`);
    keys.push({ id, key });
  });
  return new KeyRing(keys);
}

/** The local data folder: the SQLite file's folder, or `./data` for PostgreSQL and in-memory SQLite. */
export function dataFolder(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const target = parseDatabaseUrl(env.DATABASE_URL, cwd);
  return target.dialect === "sqlite" && target.file !== ":memory:"
    ? path.dirname(target.file)
    : path.resolve(cwd, "data");
}

/** The keys for this process: `ENCRYPTION_KEYS`, or (not in production) the development key file. */
export function loadKeyRing(env: NodeJS.ProcessEnv = process.env, options: LoadKeyRingOptions = {}): KeyRing {
  const configured = env.ENCRYPTION_KEYS?.trim();
  if (configured) return parseEncryptionKeys(configured);
  if (env.NODE_ENV === "production") throw new Error("ENCRYPTION_KEYS is required in production");
  const dir = options.dataDir ?? dataFolder(env, options.cwd);
  const file = path.join(dir, KEY_FILE_NAME);
  const existing = readKeyFile(file);
  if (existing) return existing;
  // Written whole beside it, then linked into place: a process starting at the same moment either
  // wins or reads the winner's complete file, never a half-written one.
  const temporary = writeTemporary(file, [devKey()]);
  try {
    linkSync(temporary, file);
    (options.log ?? ((line) => process.stderr.write(`${line}\n`)))(
      `Generated a development encryption key in ${file} (never commit it; set ENCRYPTION_KEYS in production).`,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
  const ring = readKeyFile(file);
  if (!ring) throw new Error(`Could not create ${file}`);
  return ring;
}

/** Appends a fresh key (the new newest) to the development key file in `dir`, creating it if needed. */
export function addKeyToFile(dir: string, now: Date = new Date()): EncryptionKey {
  const file = path.join(dir, KEY_FILE_NAME);
  const keys = [...(readKeyFile(file)?.keys ?? [])];
  let key = devKey(now);
  while (keys.some((k) => k.id === key.id)) key = devKey(now);
  keys.push(key);
  renameSync(writeTemporary(file, keys), file);
  return key;
}

function devKey(now: Date = new Date()): EncryptionKey {
  const date = now.toISOString().slice(0, 10).replaceAll("-", "");
  return generateKey(`dev-${date}-${randomBytes(3).toString("hex")}`);
}

/** Writes the keys to a new owner-only file beside `file` and returns its path. */
function writeTemporary(file: string, keys: readonly EncryptionKey[]): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  const json = JSON.stringify(
    { keys: keys.map((k) => ({ id: k.id, key: k.key.toString("base64") })) },
    null,
    2,
  );
  writeFileSync(temporary, `${json}\n`, { mode: 0o600, flag: "wx" });
  return temporary;
}

function readKeyFile(file: string): KeyRing | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  try {
    const { keys } = JSON.parse(text) as { keys: { id: string; key: string }[] };
    return new KeyRing(keys.map(({ id, key }) => ({ id, key: Buffer.from(key, "base64") })));
  } catch (error) {
    throw new Error(`${file} is not a valid key file: ${(error as Error).message}`);
  }
}

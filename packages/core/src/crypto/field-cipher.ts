import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/** One AES-256 key and the id stored beside every ciphertext it made. */
export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/** Where an encrypted value lives; bound to the ciphertext as additional data (SQL names). */
export interface CipherContext {
  table: string;
  column: string;
  rowId: string;
}

/** A stored value could not be decrypted (wrong row, tampered, unknown key, malformed). */
export class DecryptionError extends Error {
  override readonly name = "DecryptionError";
}

/** Key ids: short, and free of the `:` that separates the parts of a stored value. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

const PREFIX = "enc:v1:";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The keys that decrypt; the newest (last, unless named) is the one that encrypts. */
export class KeyRing {
  readonly keys: readonly EncryptionKey[];
  readonly newest: EncryptionKey;

  constructor(keys: readonly EncryptionKey[], newestId?: string) {
    if (keys.length === 0) throw new Error("A key ring needs at least one key");
    const seen = new Set<string>();
    for (const { id, key } of keys) {
      if (!KEY_ID_PATTERN.test(id)) throw new Error(`Key id "${id}" must match ${KEY_ID_PATTERN.source}`);
      if (seen.has(id)) throw new Error(`Key id "${id}" appears twice`);
      if (key.length !== 32) throw new Error(`Key "${id}" must be 32 bytes, not ${key.length}`);
      seen.add(id);
    }
    this.keys = [...keys];
    const newest = newestId === undefined ? keys.at(-1) : keys.find((k) => k.id === newestId);
    if (!newest) throw new Error(`The newest key "${newestId}" is not in the ring`);
    this.newest = newest;
  }

  /** The key with this id, if the ring has it. */
  get(id: string): EncryptionKey | undefined {
    return this.keys.find((k) => k.id === id);
  }

  /** A new ring with `key` added as the newest. */
  with(key: EncryptionKey): KeyRing {
    return new KeyRing([...this.keys, key]);
  }
}

/** Whether a stored value is in the encrypted format (it may still fail to decrypt). */
export function isEncrypted(value: unknown): value is string {
  return typeof value === "string" && value.startsWith("enc:");
}

/** A fresh random 32-byte key. */
export function generateKey(id: string): EncryptionKey {
  return { id, key: randomBytes(32) };
}

const aad = ({ table, column, rowId }: CipherContext) => Buffer.from(`${table}.${column}.${rowId}`, "utf8");
const where = ({ table, column, rowId }: CipherContext) => `${table}.${column} of row ${rowId}`;

/** Strict base64url: the text must be exactly what encoding the decoded bytes gives. */
function fromBase64Url(text: string): Buffer | null {
  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? bytes : null;
}

/** AES-256-GCM for single text columns: `enc:v1:<keyId>:<iv>:<ciphertext+tag>` (base64url). */
export class FieldCipher {
  constructor(readonly ring: KeyRing) {}

  /** Encrypts `plaintext` with the newest key, bound to `context`. */
  encrypt(plaintext: string, context: CipherContext): string {
    if (!context.table || !context.column || !context.rowId)
      throw new Error("Encryption needs table, column and row id");
    const { id, key } = this.ring.newest;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad(context));
    const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
    return `${PREFIX}${id}:${iv.toString("base64url")}:${body.toString("base64url")}`;
  }

  /** Decrypts a stored value; throws DecryptionError unless it is intact, for this context and key. */
  decrypt(stored: string, context: CipherContext): string {
    const { keyId, iv, body } = parse(stored, context);
    const entry = this.ring.get(keyId);
    if (!entry) throw new DecryptionError(`Unknown key id "${keyId}" in ${where(context)}`);
    try {
      const decipher = createDecipheriv("aes-256-gcm", entry.key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(aad(context));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      return Buffer.concat([
        decipher.update(body.subarray(0, body.length - TAG_BYTES)),
        decipher.final(),
      ]).toString("utf8");
    } catch {
      throw new DecryptionError(
        `Authentication failed for ${where(context)} (tampered, or copied from elsewhere)`,
      );
    }
  }

  /** `encrypt`, passing null and undefined through. */
  encryptNullable<T extends null | undefined>(value: string | T, context: CipherContext): string | T {
    return typeof value === "string" ? this.encrypt(value, context) : value;
  }

  /** `decrypt`, passing null and undefined through. */
  decryptNullable<T extends null | undefined>(stored: string | T, context: CipherContext): string | T {
    return typeof stored === "string" ? this.decrypt(stored, context) : stored;
  }

  /** The id of the key a stored value was encrypted with; throws DecryptionError if malformed. */
  keyIdOf(stored: string): string {
    return parse(stored).keyId;
  }
}

function parse(stored: string, context?: CipherContext) {
  const fail = (why: string) => new DecryptionError(context ? `${why} in ${where(context)}` : why);
  if (typeof stored !== "string" || !stored.startsWith(PREFIX)) throw fail("Not an encrypted value");
  const parts = stored.slice(PREFIX.length).split(":");
  if (parts.length !== 3) throw fail("Malformed encrypted value");
  const [keyId = "", ivText = "", bodyText = ""] = parts;
  const iv = fromBase64Url(ivText);
  const body = fromBase64Url(bodyText);
  if (!KEY_ID_PATTERN.test(keyId) || iv?.length !== IV_BYTES || !body || body.length < TAG_BYTES)
    throw fail("Malformed encrypted value");
  return { keyId, iv, body };
}

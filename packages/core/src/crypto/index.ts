// `CipherContext` stays internal here: core's context.ts exports the same shape under that name.
export {
  DecryptionError,
  FieldCipher,
  generateKey,
  isEncrypted,
  KEY_ID_PATTERN,
  KeyRing,
} from "./field-cipher";
export type { EncryptionKey } from "./field-cipher";
export { addKeyToFile, dataFolder, KEY_FILE_NAME, loadKeyRing, parseEncryptionKeys } from "./keys";
export type { LoadKeyRingOptions } from "./keys";
export {
  decryptFields,
  encryptedColumns,
  encryptedColumnsOf,
  encryptFields,
  fieldContext,
} from "./encrypted-columns";
export type { EncryptedColumn, EncryptedTable } from "./encrypted-columns";
export { rotateKeys } from "./rotate";
export type { RotationCount } from "./rotate";

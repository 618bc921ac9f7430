import { randomUUID } from "node:crypto";

/**
 * A time-ordered UUID (version 7): ids sort by creation time, which keeps indexes compact and
 * makes `(created_at, id)` cursors stable. The random part comes from `randomUUID` (which draws
 * from a buffered entropy pool), with the first 48 bits replaced by the millisecond timestamp.
 */
export function newId(now: number = Date.now()): string {
  const random = randomUUID();
  const time = now.toString(16).padStart(12, "0");
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15, 18)}-${random.slice(19)}`;
}

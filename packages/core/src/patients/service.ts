import { listPatientsInput } from "@healthcare/validators";
import { and, asc, eq, gt, isNull, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { Actor, Services } from "../context";
import { ForbiddenError } from "../errors";
import { decodeCursor, likePattern, toPage } from "../pagination";

/** Staff search over patients by name, email or phone, ordered by last name, with a cursor. */
export async function listPatients(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof listPatientsInput>,
) {
  if (actor.role !== "admin" && !(actor.role === "doctor" && actor.doctorApproved))
    throw new ForbiddenError("For clinic staff only");
  const input = listPatientsInput.parse(rawInput);
  const t = services.database.tables;
  const conditions: (SQL | undefined)[] = [input.includeArchived ? undefined : isNull(t.patients.archivedAt)];
  if (input.search) {
    const pattern = likePattern(input.search);
    conditions.push(
      or(
        sql`lower(${t.users.firstName} || ' ' || ${t.users.lastName}) like ${pattern} escape '\\'`,
        sql`lower(${t.users.email}) like ${pattern} escape '\\'`,
        sql`coalesce(${t.patients.phone}, '') like ${pattern} escape '\\'`,
      ),
    );
  }
  if (input.cursor) {
    const [lastName, id] = decodeCursor(input.cursor, ["string", "string"]) as [string, string];
    conditions.push(
      or(gt(t.users.lastName, lastName), and(eq(t.users.lastName, lastName), gt(t.patients.id, id))),
    );
  }
  const rows = await services.database.db
    .select({
      id: t.patients.id,
      userId: t.patients.userId,
      firstName: t.users.firstName,
      lastName: t.users.lastName,
      email: t.users.email,
      phone: t.patients.phone,
      dateOfBirth: t.patients.dateOfBirth,
      gender: t.patients.gender,
      archivedAt: t.patients.archivedAt,
    })
    .from(t.patients)
    .innerJoin(t.users, eq(t.users.id, t.patients.userId))
    .where(and(...conditions))
    .orderBy(asc(t.users.lastName), asc(t.patients.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, (p) => [p.lastName, p.id]);
}

import { and, eq, isNull, ne } from "drizzle-orm";
import type { Services } from "../context";

/** Someone to tell, with what they need for the message (name, time zone). */
export interface Recipient {
  userId: string;
  firstName: string;
  timeZone: string;
}

/** The users behind a patient and a doctor (either may be omitted). */
export async function partiesOf(
  services: Services,
  ids: { patientId?: string | null; doctorId?: string | null },
) {
  const t = services.database.tables;
  const db = services.database.db;
  const columns = {
    userId: t.users.id,
    firstName: t.users.firstName,
    lastName: t.users.lastName,
    timeZone: t.users.timeZone,
  };
  const [patient] = ids.patientId
    ? await db
        .select(columns)
        .from(t.patients)
        .innerJoin(t.users, eq(t.users.id, t.patients.userId))
        .where(eq(t.patients.id, ids.patientId))
    : [];
  const [doctor] = ids.doctorId
    ? await db
        .select(columns)
        .from(t.doctors)
        .innerJoin(t.users, eq(t.users.id, t.doctors.userId))
        .where(eq(t.doctors.id, ids.doctorId))
    : [];
  return { patient: patient ?? null, doctor: doctor ?? null };
}

/** The patient's active care-team doctors, as users. */
export async function careTeamOf(
  services: Services,
  patientId: string,
  exceptUserId?: string,
): Promise<Recipient[]> {
  const t = services.database.tables;
  return services.database.db
    .select({ userId: t.users.id, firstName: t.users.firstName, timeZone: t.users.timeZone })
    .from(t.careTeam)
    .innerJoin(t.doctors, eq(t.doctors.id, t.careTeam.doctorId))
    .innerJoin(t.users, eq(t.users.id, t.doctors.userId))
    .where(
      and(
        eq(t.careTeam.patientId, patientId),
        isNull(t.careTeam.endedAt),
        exceptUserId ? ne(t.users.id, exceptUserId) : undefined,
      ),
    );
}

/** All active administrators. */
export async function admins(services: Services): Promise<Recipient[]> {
  const t = services.database.tables;
  return services.database.db
    .select({ userId: t.users.id, firstName: t.users.firstName, timeZone: t.users.timeZone })
    .from(t.users)
    .where(and(eq(t.users.role, "admin"), eq(t.users.isActive, true)));
}

/** Whether the appointment is still confirmed for the start time a reminder was made for. */
export async function stillConfirmedAt(
  services: Services,
  p: { appointmentId?: string; startsAt?: string },
): Promise<boolean> {
  if (!p.appointmentId || !p.startsAt) return false;
  const t = services.database.tables;
  const [row] = await services.database.db
    .select({ status: t.appointments.status, startsAt: t.appointments.startsAt })
    .from(t.appointments)
    .where(eq(t.appointments.id, p.appointmentId));
  return row?.status === "confirmed" && row.startsAt.getTime() === new Date(p.startsAt).getTime();
}

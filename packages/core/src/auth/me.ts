import type { DoctorApprovalState, Gender, Role } from "@healthcare/validators";
import { eq } from "drizzle-orm";
import type { Services } from "../context";
import { NotFoundError } from "../errors";

/** The signed-in user as `auth.me` returns it. */
export interface Me {
  id: string;
  email: string;
  role: Role;
  firstName: string;
  lastName: string;
  phone: string | null;
  timeZone: string;
  patientId: string | null;
  doctorId: string | null;
  doctorApprovalState: DoctorApprovalState | null;
  patient: { dateOfBirth: string | null; gender: Gender | null; address: string | null } | null;
  doctor: { specialization: string; licenseNumber: string } | null;
}

/** Loads the `Me` view of a user with explicit columns (never the password hash). */
export async function loadMe(services: Services, userId: string): Promise<Me> {
  const t = services.database.tables;
  const [row] = await services.database.db
    .select({
      id: t.users.id,
      email: t.users.email,
      role: t.users.role,
      firstName: t.users.firstName,
      lastName: t.users.lastName,
      phone: t.users.phone,
      timeZone: t.users.timeZone,
      patientId: t.patients.id,
      dateOfBirth: t.patients.dateOfBirth,
      gender: t.patients.gender,
      address: t.patients.address,
      doctorId: t.doctors.id,
      approvalState: t.doctors.approvalState,
      specialization: t.doctors.specialization,
      licenseNumber: t.doctors.licenseNumber,
    })
    .from(t.users)
    .leftJoin(t.patients, eq(t.patients.userId, t.users.id))
    .leftJoin(t.doctors, eq(t.doctors.userId, t.users.id))
    .where(eq(t.users.id, userId));
  if (!row) throw new NotFoundError("Account not found");
  const isPatient = row.role === "patient" && row.patientId !== null;
  const isDoctor = row.role === "doctor" && row.doctorId !== null;
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    firstName: row.firstName,
    lastName: row.lastName,
    phone: row.phone,
    timeZone: row.timeZone,
    patientId: isPatient ? row.patientId : null,
    doctorId: isDoctor ? row.doctorId : null,
    doctorApprovalState: isDoctor ? row.approvalState : null,
    patient: isPatient ? { dateOfBirth: row.dateOfBirth, gender: row.gender, address: row.address } : null,
    doctor:
      isDoctor && row.specialization && row.licenseNumber
        ? { specialization: row.specialization, licenseNumber: row.licenseNumber }
        : null,
  };
}

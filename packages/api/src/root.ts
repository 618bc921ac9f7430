import { appointmentsRouter } from "./router/appointments";
import { auditRouter } from "./router/audit";
import { authRouter } from "./router/auth";
import { careTeamRouter } from "./router/care-team";
import { medicalRecordsRouter } from "./router/medical-records";
import { notificationsRouter } from "./router/notifications";
import { doctorsRouter } from "./router/doctors";
import { patientsRouter } from "./router/patients";
import { createTRPCRouter } from "./trpc";

/** Every domain's router, under the names of the public contract (shared/API.md). */
export const appRouter = createTRPCRouter({
  auth: authRouter,
  doctors: doctorsRouter,
  appointments: appointmentsRouter,
  patients: patientsRouter,
  medicalRecords: medicalRecordsRouter,
  careTeam: careTeamRouter,
  audit: auditRouter,
  notifications: notificationsRouter,
});

export type AppRouter = typeof appRouter;

import { appointmentsRouter } from "./router/appointments";
import { authRouter } from "./router/auth";
import { doctorsRouter } from "./router/doctors";
import { patientsRouter } from "./router/patients";
import { createTRPCRouter } from "./trpc";

/** Every domain's router, under the names of the public contract (shared/API.md). */
export const appRouter = createTRPCRouter({
  auth: authRouter,
  doctors: doctorsRouter,
  appointments: appointmentsRouter,
  patients: patientsRouter,
});

export type AppRouter = typeof appRouter;

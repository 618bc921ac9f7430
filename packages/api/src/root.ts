import { authRouter } from "./router/auth";
import { createTRPCRouter } from "./trpc";

/** Every domain's router, under the names of the public contract (shared/API.md). */
export const appRouter = createTRPCRouter({
  auth: authRouter,
});

export type AppRouter = typeof appRouter;

import { auth } from "@healthcare/core";
import {
  changePasswordInput,
  loginInput,
  registerInput,
  revokeTokenInput,
  tokenInput,
  updateProfileInput,
} from "@healthcare/validators";
import type { TRPCRouterRecord } from "@trpc/server";
import { authedProcedure, publicProcedure } from "../trpc";

export const authRouter = {
  register: publicProcedure.input(registerInput).mutation(async ({ ctx, input }) => {
    const { user, session } = await auth.register(ctx.services, input, ctx.meta);
    ctx.cookies.setSession(session.token, session.expiresAt);
    return { user };
  }),

  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const { user, session } = await auth.login(ctx.services, input, ctx.meta);
    ctx.cookies.setSession(session.token, session.expiresAt);
    return { user };
  }),

  token: publicProcedure
    .input(tokenInput)
    .mutation(({ ctx, input }) => auth.issueApiToken(ctx.services, input, ctx.meta)),

  revokeToken: authedProcedure
    .input(revokeTokenInput)
    .mutation(({ ctx, input }) => auth.revokeApiToken(ctx.services, ctx.actor, input, ctx.meta)),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    await auth.logout(ctx.services, ctx.actor, ctx.meta);
    ctx.cookies.clearSession();
    return { ok: true as const };
  }),

  me: authedProcedure.query(({ ctx }) => auth.loadMe(ctx.services, ctx.actor.userId)),

  updateProfile: authedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => auth.updateProfile(ctx.services, ctx.actor, input)),

  changePassword: authedProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    await auth.changePassword(ctx.services, ctx.actor, input, ctx.meta);
    return { ok: true as const };
  }),
} satisfies TRPCRouterRecord;

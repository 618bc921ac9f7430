import { records } from "@healthcare/core";
import { breakGlassInput, careTeamInput, careTeamListInput } from "@healthcare/validators";
import type { TRPCRouterRecord } from "@trpc/server";
import { adminProcedure, authedProcedure } from "../trpc";

export const careTeamRouter = {
  assign: adminProcedure
    .input(careTeamInput)
    .mutation(({ ctx, input }) => records.assignCareTeam(ctx.services, ctx.actor, input)),
  unassign: adminProcedure
    .input(careTeamInput)
    .mutation(({ ctx, input }) => records.unassignCareTeam(ctx.services, ctx.actor, input)),
  list: authedProcedure
    .input(careTeamListInput)
    .query(({ ctx, input }) => records.listCareTeam(ctx.services, ctx.actor, input)),
  breakGlass: authedProcedure
    .input(breakGlassInput)
    .mutation(({ ctx, input }) => records.breakGlass(ctx.services, ctx.actor, input)),
} satisfies TRPCRouterRecord;

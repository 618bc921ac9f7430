import { patients } from "@healthcare/core";
import { listPatientsInput } from "@healthcare/validators";
import type { TRPCRouterRecord } from "@trpc/server";
import { staffProcedure } from "../trpc";

export const patientsRouter = {
  list: staffProcedure
    .input(listPatientsInput)
    .query(({ ctx, input }) => patients.listPatients(ctx.services, ctx.actor, input)),
} satisfies TRPCRouterRecord;

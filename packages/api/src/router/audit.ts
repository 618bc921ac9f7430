import { auditLog } from "@healthcare/core";
import { auditListInput, myRecordAccessInput } from "@healthcare/validators";
import type { TRPCRouterRecord } from "@trpc/server";
import { adminProcedure, patientProcedure } from "../trpc";

export const auditRouter = {
  list: adminProcedure
    .input(auditListInput)
    .query(({ ctx, input }) => auditLog.listAuditEvents(ctx.services, ctx.actor, input)),
  myRecordAccess: patientProcedure
    .input(myRecordAccessInput)
    .query(({ ctx, input }) => auditLog.myRecordAccess(ctx.services, ctx.actor, input)),
} satisfies TRPCRouterRecord;

import { records } from "@healthcare/core";
import {
  addCommentInput,
  createRecordInput,
  listRecordsInput,
  recordIdInput,
  updateRecordInput,
} from "@healthcare/validators";
import type { TRPCRouterRecord } from "@trpc/server";
import { authedProcedure } from "../trpc";

export const medicalRecordsRouter = {
  list: authedProcedure
    .input(listRecordsInput)
    .query(({ ctx, input }) => records.listRecords(ctx.services, ctx.actor, input)),
  byId: authedProcedure
    .input(recordIdInput)
    .query(({ ctx, input }) => records.getRecord(ctx.services, ctx.actor, input.id)),
  create: authedProcedure
    .input(createRecordInput)
    .mutation(({ ctx, input }) => records.createRecord(ctx.services, ctx.actor, input)),
  update: authedProcedure
    .input(updateRecordInput)
    .mutation(({ ctx, input }) => records.updateRecord(ctx.services, ctx.actor, input)),
  delete: authedProcedure
    .input(recordIdInput)
    .mutation(({ ctx, input }) => records.deleteRecord(ctx.services, ctx.actor, input.id)),
  addComment: authedProcedure
    .input(addCommentInput)
    .mutation(({ ctx, input }) => records.addComment(ctx.services, ctx.actor, input)),
} satisfies TRPCRouterRecord;

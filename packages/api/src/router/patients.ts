import { patients } from "@healthcare/core";
import {
  createPatientInput,
  listPatientsInput,
  patientIdInput,
  updatePatientInput,
} from "@healthcare/validators";
import type { TRPCRouterRecord } from "@trpc/server";
import { adminProcedure, authedProcedure, patientProcedure, staffProcedure } from "../trpc";

export const patientsRouter = {
  list: staffProcedure
    .input(listPatientsInput)
    .query(({ ctx, input }) => patients.listPatients(ctx.services, ctx.actor, input)),
  byId: authedProcedure
    .input(patientIdInput)
    .query(({ ctx, input }) => patients.getPatient(ctx.services, ctx.actor, input.id)),
  me: patientProcedure.query(({ ctx }) => patients.getPatient(ctx.services, ctx.actor, ctx.actor.patientId)),
  create: adminProcedure
    .input(createPatientInput)
    .mutation(({ ctx, input }) => patients.createPatient(ctx.services, ctx.actor, input)),
  update: authedProcedure
    .input(updatePatientInput)
    .mutation(({ ctx, input }) => patients.updatePatient(ctx.services, ctx.actor, input)),
  archive: adminProcedure
    .input(patientIdInput)
    .mutation(({ ctx, input }) => patients.archivePatient(ctx.services, ctx.actor, input.id)),
} satisfies TRPCRouterRecord;

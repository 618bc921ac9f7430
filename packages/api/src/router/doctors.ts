import { appointments, doctors, records } from "@healthcare/core";
import {
  addTimeOffInput,
  availableSlotsInput,
  createDoctorInput,
  doctorAppointmentsInput,
  id,
  listDoctorsInput,
  myPatientsInput,
  removeTimeOffInput,
  setScheduleInput,
  updateDoctorInput,
} from "@healthcare/validators";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { adminProcedure, authedProcedure, doctorProcedure } from "../trpc";

const byId = z.object({ id });

export const doctorsRouter = {
  list: authedProcedure
    .input(listDoctorsInput)
    .query(({ ctx, input }) => doctors.listDoctors(ctx.services, ctx.actor, input)),
  specializations: authedProcedure.query(({ ctx }) => doctors.listSpecializations(ctx.services)),
  byId: authedProcedure
    .input(byId)
    .query(({ ctx, input }) => doctors.getDoctor(ctx.services, ctx.actor, input.id)),
  create: adminProcedure
    .input(createDoctorInput)
    .mutation(({ ctx, input }) => doctors.createDoctor(ctx.services, ctx.actor, input)),
  update: authedProcedure
    .input(updateDoctorInput)
    .mutation(({ ctx, input }) => doctors.updateDoctor(ctx.services, ctx.actor, input)),
  archive: adminProcedure
    .input(byId)
    .mutation(({ ctx, input }) => doctors.archiveDoctor(ctx.services, ctx.actor, input.id)),
  approve: adminProcedure
    .input(byId)
    .mutation(({ ctx, input }) => doctors.approveDoctor(ctx.services, ctx.actor, input.id)),
  schedule: authedProcedure
    .input(z.object({ doctorId: id }))
    .query(({ ctx, input }) => doctors.getSchedule(ctx.services, ctx.actor, input.doctorId)),
  setSchedule: authedProcedure
    .input(setScheduleInput)
    .mutation(({ ctx, input }) => doctors.setSchedule(ctx.services, ctx.actor, input)),
  addTimeOff: authedProcedure
    .input(addTimeOffInput)
    .mutation(({ ctx, input }) => doctors.addTimeOff(ctx.services, ctx.actor, input)),
  removeTimeOff: authedProcedure
    .input(removeTimeOffInput)
    .mutation(({ ctx, input }) => doctors.removeTimeOff(ctx.services, ctx.actor, input)),
  availableSlots: authedProcedure
    .input(availableSlotsInput)
    .query(({ ctx, input }) => doctors.availableSlots(ctx.services, ctx.actor, input)),
  appointments: authedProcedure
    .input(doctorAppointmentsInput)
    .query(({ ctx, input }) => appointments.doctorAppointments(ctx.services, ctx.actor, input)),
  myPatients: doctorProcedure
    .input(myPatientsInput)
    .query(({ ctx, input }) => records.myPatients(ctx.services, ctx.actor, input)),
} satisfies TRPCRouterRecord;

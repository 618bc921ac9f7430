import { appointments } from "@healthcare/core";
import {
  analyticsInput,
  appointmentIdInput,
  appointmentWindowInput,
  cancelAppointmentInput,
  createAppointmentInput,
  listAppointmentsInput,
  rescheduleAppointmentInput,
  updateAppointmentInput,
} from "@healthcare/validators";
import type { TRPCRouterRecord } from "@trpc/server";
import { adminProcedure, authedProcedure, staffProcedure } from "../trpc";

export const appointmentsRouter = {
  list: authedProcedure
    .input(listAppointmentsInput)
    .query(({ ctx, input }) => appointments.listAppointments(ctx.services, ctx.actor, input)),
  byId: authedProcedure
    .input(appointmentIdInput)
    .query(({ ctx, input }) => appointments.getAppointment(ctx.services, ctx.actor, input.id)),
  create: authedProcedure
    .input(createAppointmentInput)
    .mutation(({ ctx, input }) => appointments.bookAppointment(ctx.services, ctx.actor, input)),
  update: authedProcedure
    .input(updateAppointmentInput)
    .mutation(({ ctx, input }) => appointments.updateAppointment(ctx.services, ctx.actor, input)),
  reschedule: authedProcedure
    .input(rescheduleAppointmentInput)
    .mutation(({ ctx, input }) => appointments.rescheduleAppointment(ctx.services, ctx.actor, input)),
  confirm: authedProcedure
    .input(appointmentIdInput)
    .mutation(({ ctx, input }) => appointments.confirmAppointment(ctx.services, ctx.actor, input.id)),
  complete: authedProcedure
    .input(appointmentIdInput)
    .mutation(({ ctx, input }) => appointments.completeAppointment(ctx.services, ctx.actor, input.id)),
  markNoShow: authedProcedure
    .input(appointmentIdInput)
    .mutation(({ ctx, input }) => appointments.markNoShow(ctx.services, ctx.actor, input.id)),
  cancel: authedProcedure
    .input(cancelAppointmentInput)
    .mutation(({ ctx, input }) => appointments.cancelAppointment(ctx.services, ctx.actor, input)),
  delete: adminProcedure
    .input(appointmentIdInput)
    .mutation(({ ctx, input }) => appointments.deleteAppointment(ctx.services, ctx.actor, input.id)),
  upcoming: authedProcedure
    .input(appointmentWindowInput)
    .query(({ ctx, input }) => appointments.upcomingAppointments(ctx.services, ctx.actor, input)),
  past: authedProcedure
    .input(appointmentWindowInput)
    .query(({ ctx, input }) => appointments.pastAppointments(ctx.services, ctx.actor, input)),
  today: authedProcedure.query(({ ctx }) => appointments.todayAppointments(ctx.services, ctx.actor)),
  analytics: staffProcedure
    .input(analyticsInput)
    .query(({ ctx, input }) => appointments.appointmentAnalytics(ctx.services, ctx.actor, input)),
} satisfies TRPCRouterRecord;

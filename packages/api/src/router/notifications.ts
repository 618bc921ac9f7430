import { notifications } from "@healthcare/core";
import { id } from "@healthcare/validators";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { authedProcedure } from "../trpc";

export const notificationsRouter = {
  list: authedProcedure
    .input(notifications.listNotificationsInput)
    .query(({ ctx, input }) => notifications.listNotifications(ctx.services, ctx.actor, input)),
  unreadCount: authedProcedure.query(({ ctx }) => notifications.unreadCount(ctx.services, ctx.actor)),
  markRead: authedProcedure
    .input(z.object({ id }))
    .mutation(({ ctx, input }) => notifications.markRead(ctx.services, ctx.actor, input.id)),
  markAllRead: authedProcedure.mutation(({ ctx }) => notifications.markAllRead(ctx.services, ctx.actor)),
} satisfies TRPCRouterRecord;

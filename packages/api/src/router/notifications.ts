import { notifications } from "@healthcare/core";
import { id } from "@healthcare/validators";
import { tracked, type TRPCRouterRecord } from "@trpc/server";
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
  /** Per kind of notification: does the caller also want it by email (in-app is always on). */
  preferences: authedProcedure.query(({ ctx }) => notifications.notificationPreferences(ctx.services, ctx.actor)),
  updatePreferences: authedProcedure
    .input(notifications.updatePreferencesInput)
    .mutation(({ ctx, input }) => notifications.updateNotificationPreferences(ctx.services, ctx.actor, input)),
  /** New notifications pushed over SSE; a reconnect sends the last event id and misses nothing. */
  onNew: authedProcedure
    .input(z.object({ lastEventId: z.string().max(64).nullish() }).optional())
    .subscription(async function* ({ ctx, input, signal }) {
      const stream = notifications.liveNotifications(ctx.services, ctx.actor, {
        lastEventId: input?.lastEventId ?? null,
        signal,
      });
      for await (const notification of stream) yield tracked(notification.id, notification);
    }),
} satisfies TRPCRouterRecord;

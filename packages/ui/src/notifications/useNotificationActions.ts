import { notifications as toasts } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { getQueryKey } from "@trpc/react-query";
import { errorMessage } from "../api/errors";
import { trpc } from "../api/trpc";
import type { CachedNotifications, ReadSelection } from "./notificationCache";
import { unreadAfterReading, withRead } from "./notificationCache";
import { hideReadNotificationToasts } from "./notificationToasts";

/** Every cached `notifications.list`, whatever its input (the bell's, the page's filters and pages). */
export const NOTIFICATION_LIST_KEY = getQueryKey(trpc.notifications.list);

/**
 * Marks notifications read: the lists and the count change at once, then refresh from the server;
 * a failure says so and the refresh restores the truth.
 */
function useReadingMutationHandlers(failureTitle: string) {
  const utils = trpc.useUtils();
  const queryClient = useQueryClient();
  return {
    showRead: async (which: ReadSelection) => {
      // A refetch already on its way would overwrite the change with the old state.
      await Promise.all([
        queryClient.cancelQueries({ queryKey: NOTIFICATION_LIST_KEY }),
        utils.notifications.unreadCount.cancel(),
      ]);
      hideReadNotificationToasts(which);
      const readAt = new Date();
      queryClient.setQueriesData<CachedNotifications>({ queryKey: NOTIFICATION_LIST_KEY }, (data) =>
        withRead(data, which, readAt),
      );
      utils.notifications.unreadCount.setData(undefined, (unread) =>
        which === "all" ? 0 : unreadAfterReading(unread, 1),
      );
    },
    onError: (error: unknown) => {
      toasts.show({ color: "red", title: failureTitle, message: errorMessage(error) });
    },
    onSettled: () =>
      Promise.all([utils.notifications.list.invalidate(), utils.notifications.unreadCount.invalidate()]),
  };
}

/** `notifications.markRead` for one unread notification. */
export function useMarkNotificationRead() {
  const handlers = useReadingMutationHandlers("Could not mark the notification as read");
  return trpc.notifications.markRead.useMutation({
    onMutate: ({ id }) => handlers.showRead({ id }),
    onError: handlers.onError,
    onSettled: handlers.onSettled,
  });
}

/** `notifications.markAllRead`. */
export function useMarkAllNotificationsRead() {
  const handlers = useReadingMutationHandlers("Could not mark your notifications as read");
  return trpc.notifications.markAllRead.useMutation({
    onMutate: () => handlers.showRead("all"),
    onError: handlers.onError,
    onSettled: handlers.onSettled,
  });
}

import { Button, Stack, Text } from "@mantine/core";
import { notifications as toasts } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { isUnauthorized } from "../api/errors";
import { trpc } from "../api/trpc";
import type { CachedNotifications, NotificationItem } from "./notificationCache";
import { withArrival } from "./notificationCache";
import { notificationToastId } from "./notificationToasts";
import { NOTIFICATION_LIST_KEY } from "./useNotificationActions";
import { useOpenNotification } from "./useOpenNotification";

/**
 * Listens for the signed-in user's new notifications over SSE (after a reconnect the link resumes
 * from the last event id). Each arrival goes on top of the cached lists, refreshes the count and the
 * lists, and shows a toast. The subscription yields only notifications newer than its start, so
 * nothing already seen is toasted again.
 */
export function useLiveNotifications(): void {
  const utils = trpc.useUtils();
  const queryClient = useQueryClient();
  const open = useOpenNotification();

  const toast = (arrival: NotificationItem) => {
    const id = notificationToastId(arrival.id);
    toasts.show({
      id,
      color: "indigo",
      title: arrival.title,
      autoClose: 8000,
      message: (
        <Stack gap={6} align="flex-start">
          <Text size="sm">{arrival.body}</Text>
          {arrival.link && (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => {
                toasts.hide(id);
                void open(arrival);
              }}
            >
              View
            </Button>
          )}
        </Stack>
      ),
    });
  };

  trpc.notifications.onNew.useSubscription(undefined, {
    // On every (re)connect: what arrived while the stream was down only shows in a fresh count.
    onStarted: () => {
      void utils.notifications.unreadCount.invalidate();
      void utils.notifications.list.invalidate();
    },
    // The session ended: asking who is signed in sends the app to its sign-in page.
    onError: (error) => {
      if (isUnauthorized(error)) void utils.auth.me.invalidate();
    },
    onData: ({ data: arrival }) => {
      queryClient.setQueriesData<CachedNotifications>({ queryKey: NOTIFICATION_LIST_KEY }, (data) =>
        withArrival(data, arrival),
      );
      void utils.notifications.unreadCount.invalidate();
      void utils.notifications.list.invalidate();
      toast(arrival);
    },
  });
}

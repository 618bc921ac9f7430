import { notifications as toasts, notificationsStore } from "@mantine/notifications";
import type { ReadSelection } from "./notificationCache";

const PREFIX = "notification-";

/** The toast id of a live notification, so that reading it elsewhere can take its toast away. */
export function notificationToastId(notificationId: string): string {
  return `${PREFIX}${notificationId}`;
}

/** Hides the toasts of notifications that were just read: there is nothing left to point out. */
export function hideReadNotificationToasts(which: ReadSelection): void {
  if (which !== "all") {
    toasts.hide(notificationToastId(which.id));
    return;
  }
  const shown = [...notificationsStore.getState().notifications, ...notificationsStore.getState().queue];
  for (const toast of shown) if (toast.id?.startsWith(PREFIX)) toasts.hide(toast.id);
}

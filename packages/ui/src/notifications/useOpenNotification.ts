import { useHref, useNavigate } from "react-router";
import type { NotificationItem } from "./notificationCache";
import { notificationTarget } from "./notificationTarget";
import { useMarkNotificationRead } from "./useNotificationActions";

/**
 * Opening a notification: it is marked read, then its link opens, inside this app when the router
 * owns the path, else as a full page load (after the mark is saved, so leaving cannot cancel it).
 */
export function useOpenNotification(): (notification: NotificationItem) => Promise<void> {
  const navigate = useNavigate();
  // The router's basename as a path: "/" in the portal, "/console" in the console.
  const basePath = useHref("/");
  const markRead = useMarkNotificationRead();
  return async (notification) => {
    const target = notificationTarget(notification.link, basePath);
    const marking = notification.readAt ? null : markRead.mutateAsync({ id: notification.id });
    if (target?.kind === "route") {
      await navigate(target.to);
    } else if (target?.kind === "page") {
      // A failed mark was already reported; the link still opens.
      await marking?.catch(() => undefined);
      window.location.assign(target.href);
    }
    await marking?.catch(() => undefined);
  };
}

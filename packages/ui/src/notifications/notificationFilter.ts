/** Which notifications the notifications page lists. */
export type NotificationFilter = "all" | "unread";

/** The filter named in the page's `?show=` parameter; anything unknown shows all. */
export function notificationFilter(show: string | null): NotificationFilter {
  return show === "unread" ? "unread" : "all";
}

/** What the page says when the filtered list is empty. */
export function emptyNotificationsMessage(filter: NotificationFilter): {
  title: string;
  description: string;
} {
  return filter === "unread"
    ? { title: "No unread notifications", description: "You are all caught up." }
    : {
        title: "No notifications yet",
        description: "Updates about appointments, records and your care team will appear here.",
      };
}

import type { RouterOutputs } from "../api/trpc";

/** One notification as `notifications.list` returns it (and `notifications.onNew` pushes it). */
export type NotificationItem = RouterOutputs["notifications"]["list"]["items"][number];

/** One page of `notifications.list`. */
export type NotificationPage = RouterOutputs["notifications"]["list"];

/** A cached list: one page (`useQuery`) or several (`useInfiniteQuery`). */
export type CachedNotifications = NotificationPage | { pages: NotificationPage[]; pageParams: unknown[] };

function mapPages(
  data: CachedNotifications,
  change: (page: NotificationPage, index: number) => NotificationPage,
): CachedNotifications {
  if ("pages" in data) return { ...data, pages: data.pages.map(change) };
  return change(data, 0);
}

function pagesOf(data: CachedNotifications): NotificationPage[] {
  return "pages" in data ? data.pages : [data];
}

/** A cached list with a newly arrived notification on top; unchanged if it is already listed. */
export function withArrival(
  data: CachedNotifications | undefined,
  arrival: NotificationItem,
): CachedNotifications | undefined {
  if (!data) return data;
  if (pagesOf(data).some((page) => page.items.some((item) => item.id === arrival.id))) return data;
  return mapPages(data, (page, index) => (index === 0 ? { ...page, items: [arrival, ...page.items] } : page));
}

/** Which notifications a "mark read" covers: one, or all of the caller's. */
export type ReadSelection = { id: string } | "all";

/** A cached list with the chosen notifications marked read at `readAt`. */
export function withRead(
  data: CachedNotifications | undefined,
  which: ReadSelection,
  readAt: Date,
): CachedNotifications | undefined {
  if (!data) return data;
  return mapPages(data, (page) => ({
    ...page,
    items: page.items.map((item) =>
      item.readAt === null && (which === "all" || item.id === which.id) ? { ...item, readAt } : item,
    ),
  }));
}

/** The unread count after notifications were marked read; never below zero. */
export function unreadAfterReading(unread: number | undefined, marked: number): number | undefined {
  return unread === undefined ? undefined : Math.max(0, unread - marked);
}

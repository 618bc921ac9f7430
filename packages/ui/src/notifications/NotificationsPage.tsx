import {
  Alert,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useSearchParams } from "react-router";
import { errorMessage } from "../api/errors";
import { trpc } from "../api/trpc";
import { useNow } from "../format/useNow";
import type { NotificationFilter } from "./notificationFilter";
import { emptyNotificationsMessage, notificationFilter } from "./notificationFilter";
import { NotificationRow } from "./NotificationRow";
import { useMarkAllNotificationsRead } from "./useNotificationActions";
import { useViewerZone } from "../session/useViewerZone";

const PAGE_SIZE = 20;

const FILTERS: { value: NotificationFilter; label: string }[] = [
  { value: "all", label: "All" },
  { value: "unread", label: "Unread" },
];

/** A failed load with a way to try again. */
function LoadFailure({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error)}</Text>
        <Button size="xs" variant="default" onClick={onRetry}>
          Try again
        </Button>
      </Stack>
    </Alert>
  );
}

/** Every notification of the signed-in user, newest first, all or unread only, page by page. */
export function NotificationsPage() {
  const [params, setParams] = useSearchParams();
  const filter = notificationFilter(params.get("show"));
  const timeZone = useViewerZone();
  const now = useNow();
  const unread = trpc.notifications.unreadCount.useQuery();
  const markAllRead = useMarkAllNotificationsRead();
  const list = trpc.notifications.list.useInfiniteQuery(
    { limit: PAGE_SIZE, unreadOnly: filter === "unread" },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const showFilter = (value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === "unread") next.set("show", "unread");
      else next.delete("show");
      return next;
    });

  let body;
  if (list.isPending) {
    body = (
      <Center py="xl" role="status" aria-label="Loading notifications">
        <Loader />
      </Center>
    );
  } else if (list.isError && items.length === 0) {
    body = (
      <LoadFailure
        title="Could not load your notifications"
        error={list.error}
        onRetry={() => void list.refetch()}
      />
    );
  } else if (items.length === 0) {
    body = <EmptyState py="xl" {...emptyNotificationsMessage(filter)} />;
  } else {
    body = (
      <Stack gap="md">
        <Paper withBorder radius="md" style={{ overflow: "hidden" }}>
          <Stack component="ul" gap={0} m={0} p={0} aria-label="Notifications">
            {items.map((notification, index) => (
              <NotificationRow
                key={notification.id}
                notification={notification}
                divided={index > 0}
                now={now}
                timeZone={timeZone}
              />
            ))}
          </Stack>
        </Paper>
        {list.isFetchNextPageError && (
          <LoadFailure
            title="Could not load more notifications"
            error={list.error}
            onRetry={() => void list.fetchNextPage()}
          />
        )}
        {list.hasNextPage && (
          <Group justify="center">
            <Button
              variant="default"
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              Load more
            </Button>
          </Group>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1}>Notifications</Title>
        <Text c="dimmed">Updates from the clinic, newest first. Times are in {timeZone}.</Text>
      </div>
      <Group justify="space-between" gap="sm">
        <SegmentedControl aria-label="Show" data={FILTERS} value={filter} onChange={showFilter} />
        <Button
          variant="light"
          disabled={!unread.data}
          loading={markAllRead.isPending}
          onClick={() => markAllRead.mutate()}
        >
          Mark all read
        </Button>
      </Group>
      {body}
    </Stack>
  );
}

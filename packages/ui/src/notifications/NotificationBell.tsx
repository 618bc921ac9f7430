import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Center,
  Divider,
  EmptyState,
  Group,
  Indicator,
  Loader,
  Popover,
  ScrollArea,
  Stack,
  Text,
} from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { errorMessage } from "../api/errors";
import { trpc } from "../api/trpc";
import { useNow } from "../format/useNow";
import { BellIcon } from "./icons";
import { emptyNotificationsMessage } from "./notificationFilter";
import { bellLabel, unreadBadge } from "./notificationLabels";
import { NotificationRow } from "./NotificationRow";
import { useMarkAllNotificationsRead } from "./useNotificationActions";
import { useLiveNotifications } from "./useLiveNotifications";
import { useViewerZone } from "../session/useViewerZone";

/** How many notifications the dropdown shows; the notifications page has the rest. */
const LATEST = 8;

/** The latest notifications, fetched while the dropdown is open. */
function LatestNotifications({ onOpened }: { onOpened: () => void }) {
  const latest = trpc.notifications.list.useQuery({ limit: LATEST });
  const timeZone = useViewerZone();
  const now = useNow();

  if (latest.isPending) {
    return (
      <Center py="lg" role="status" aria-label="Loading notifications">
        <Loader size="sm" />
      </Center>
    );
  }
  if (latest.isError) {
    return (
      <Alert color="red" variant="light" m="sm" title="Could not load notifications" role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{errorMessage(latest.error)}</Text>
          <Button size="xs" variant="default" onClick={() => void latest.refetch()}>
            Try again
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (latest.data.items.length === 0) {
    return <EmptyState size="sm" py="lg" px="md" {...emptyNotificationsMessage("all")} />;
  }
  return (
    <ScrollArea.Autosize mah={420} type="auto">
      <Stack component="ul" gap={0} m={0} p={0} aria-label="Latest notifications">
        {latest.data.items.map((notification, index) => (
          <NotificationRow
            key={notification.id}
            notification={notification}
            divided={index > 0}
            now={now}
            timeZone={timeZone}
            compact
            onOpened={onOpened}
          />
        ))}
      </Stack>
    </ScrollArea.Autosize>
  );
}

/**
 * The header's bell: the unread count as a badge, kept live by the `notifications.onNew`
 * subscription (with a toast per arrival), and a dropdown of the latest notifications.
 */
export function NotificationBell() {
  useLiveNotifications();
  const [opened, setOpened] = useState(false);
  const unread = trpc.notifications.unreadCount.useQuery();
  const markAllRead = useMarkAllNotificationsRead();
  const badge = unreadBadge(unread.data);
  const close = () => setOpened(false);

  return (
    <Indicator
      label={badge && <span aria-hidden="true">{badge}</span>}
      disabled={!badge}
      color="red"
      size={18}
      offset={6}
      inline
    >
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={380}
        shadow="md"
        radius="md"
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={bellLabel(unread.data)}
            onClick={() => setOpened((o) => !o)}
          >
            <BellIcon size={22} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} maw="calc(100vw - 16px)">
          <Group justify="space-between" px="sm" py="xs" wrap="nowrap">
            <Text fw={700}>Notifications</Text>
            <Button
              size="compact-sm"
              variant="subtle"
              disabled={!unread.data}
              loading={markAllRead.isPending}
              onClick={() => markAllRead.mutate()}
            >
              Mark all read
            </Button>
          </Group>
          <Divider />
          {opened && <LatestNotifications onOpened={close} />}
          <Divider />
          <Group justify="center" py="xs">
            <Anchor component={Link} to="/notifications" size="sm" fw={600} onClick={close}>
              See all notifications
            </Anchor>
          </Group>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

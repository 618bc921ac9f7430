import { ActionIcon, Box, Group, Text, Tooltip, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { useRef } from "react";
import { CheckIcon } from "./icons";
import type { NotificationItem } from "./notificationCache";
import { notificationAge, notificationStamp, notificationTime } from "./notificationLabels";
import { useMarkNotificationRead } from "./useNotificationActions";
import { useOpenNotification } from "./useOpenNotification";

/**
 * One notification in a list: unread ones are bold, tinted and dotted. Activating it marks it read
 * and opens its link; the tick marks it read without leaving the page.
 */
export function NotificationRow({
  notification,
  now,
  timeZone,
  compact = false,
  divided = false,
  onOpened,
}: {
  notification: NotificationItem;
  now: Date;
  timeZone: string;
  /** Clamps long messages to two lines (in the bell's dropdown). */
  compact?: boolean;
  /** Draws a line above, between this and the previous notification. */
  divided?: boolean;
  /** Called after the notification was activated, e.g. to close the dropdown. */
  onOpened?: () => void;
}) {
  const open = useOpenNotification();
  const markRead = useMarkNotificationRead();
  const openButton = useRef<HTMLButtonElement>(null);
  const unread = notification.readAt === null;

  return (
    <Group
      component="li"
      wrap="nowrap"
      align="flex-start"
      gap="xs"
      px="sm"
      py="xs"
      bg={unread ? "var(--mantine-color-indigo-light)" : undefined}
      data-unread={unread || undefined}
      style={divided ? { borderTop: "1px solid var(--mantine-color-default-border)" } : undefined}
    >
      <Box
        aria-hidden="true"
        mt={7}
        w={8}
        h={8}
        style={{ flexShrink: 0, borderRadius: "50%" }}
        bg={unread ? "indigo.6" : "transparent"}
      />
      <UnstyledButton
        ref={openButton}
        style={{ flex: 1, minWidth: 0 }}
        onClick={() => {
          onOpened?.();
          void open(notification);
        }}
      >
        <Text size="sm" fw={unread ? 700 : 500}>
          {unread && <VisuallyHidden>Unread: </VisuallyHidden>}
          {notification.title}
        </Text>
        <Text size="sm" c={unread ? undefined : "dimmed"} lineClamp={compact ? 2 : undefined}>
          {notification.body}
        </Text>
        <Text
          component="time"
          size="xs"
          c="dimmed"
          dateTime={notification.createdAt.toISOString()}
          title={notificationTime(notification.createdAt, timeZone)}
        >
          {compact
            ? notificationAge(notification.createdAt, now, timeZone)
            : notificationStamp(notification.createdAt, now, timeZone)}
        </Text>
      </UnstyledButton>
      {unread && (
        <Tooltip label="Mark as read" withArrow>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Mark "${notification.title}" as read`}
            loading={markRead.isPending}
            onClick={() => {
              // The tick disappears once read: keep keyboard focus on this notification.
              openButton.current?.focus();
              markRead.mutate({ id: notification.id });
            }}
          >
            <CheckIcon size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

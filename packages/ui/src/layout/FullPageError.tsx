import { Button, Center, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A whole-page message for something that stops the page from working. */
export function FullPageError({
  title,
  message,
  onRetry,
  action,
}: {
  title: string;
  message: string;
  onRetry?: () => void;
  action?: ReactNode;
}) {
  return (
    <Center component="main" mih="100vh" p="md">
      <Stack align="center" gap="sm" maw={520} ta="center">
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed">{message}</Text>
        {onRetry && <Button onClick={onRetry}>Try again</Button>}
        {action}
      </Stack>
    </Center>
  );
}

import { errorMessage } from "@healthcare/ui";
import { Alert, Button, Stack, Text } from "@mantine/core";

/** A failed query inside a page: what went wrong and a way to try again, never a whole error page. */
export function QueryAlert({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
}) {
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

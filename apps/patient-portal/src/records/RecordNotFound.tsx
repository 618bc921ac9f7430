import { errorCode } from "@healthcare/ui";
import { Anchor, Center, Loader, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { QueryAlert } from "../QueryAlert";

/** The link back to the list, above every record page. */
export function BackToRecords() {
  return (
    <Anchor component={Link} to="/records" size="sm">
      ‹ Back to your records
    </Anchor>
  );
}

/** Loading and failure states of a record page; `null` once the record is there. */
export function RecordQueryState({
  isPending,
  error,
  onRetry,
}: {
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
}): ReactNode {
  if (isPending) {
    return (
      <Center py="xl" role="status" aria-label="Loading the record">
        <Loader />
      </Center>
    );
  }
  const missing = ["NOT_FOUND", "BAD_REQUEST"].includes(errorCode(error) ?? "");
  return (
    <Stack gap="lg" maw={960}>
      <BackToRecords />
      {missing ? (
        <Stack gap="xs">
          <Title order={1}>Record not found</Title>
          <Text c="dimmed">There is no record of yours at this address. It may have been deleted.</Text>
        </Stack>
      ) : (
        <QueryAlert title="Could not load the record" error={error} onRetry={onRetry} />
      )}
    </Stack>
  );
}

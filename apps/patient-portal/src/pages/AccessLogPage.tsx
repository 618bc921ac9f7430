import { accessActionLabel, actorName, formatInstant, ROLE_LABELS, trpc } from "@healthcare/ui";
import type { Role } from "@healthcare/ui";
import { Badge, Button, Center, EmptyState, Group, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { QueryAlert } from "../QueryAlert";
import { useViewerZone } from "../scheduling";

const PAGE_SIZE = 50;

const roleLabel = (role: string | null) =>
  role && Object.hasOwn(ROLE_LABELS, role) ? ROLE_LABELS[role as Role] : (role ?? "");

/** Who viewed or changed the patient's data, newest first, in the patient's time zone. */
export function AccessLogPage() {
  const viewerZone = useViewerZone();
  const events = trpc.audit.myRecordAccess.useInfiniteQuery(
    { limit: PAGE_SIZE },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];

  let body;
  if (events.isPending) {
    body = (
      <Center py="xl" role="status" aria-label="Loading the access log">
        <Loader />
      </Center>
    );
  } else if (events.isError && items.length === 0) {
    body = (
      <QueryAlert
        title="Could not load who accessed your data"
        error={events.error}
        onRetry={() => void events.refetch()}
      />
    );
  } else if (items.length === 0) {
    body = <EmptyState title="Nobody else has accessed your data yet" py="lg" />;
  } else {
    body = (
      <Stack gap="md">
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover verticalSpacing="sm" aria-label="Who accessed your data">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">Who</Table.Th>
                <Table.Th scope="col">What</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((event) => (
                <Table.Tr key={event.id} bg={event.emergency ? "var(--mantine-color-red-light)" : undefined}>
                  <Table.Td>
                    <time dateTime={event.occurredAt.toISOString()}>
                      {formatInstant(event.occurredAt, viewerZone)}
                    </time>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{actorName(event)}</Text>
                    <Text size="xs" c="dimmed">
                      {roleLabel(event.actorRole)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {event.emergency ? (
                        <Badge color="red" variant="filled" tt="none">
                          Emergency access
                        </Badge>
                      ) : (
                        <Text size="sm">{accessActionLabel(event.action)}</Text>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {events.isFetchNextPageError && (
          <QueryAlert
            title="Could not load more events"
            error={events.error}
            onRetry={() => void events.fetchNextPage()}
          />
        )}
        {events.hasNextPage && (
          <Group justify="center">
            <Button
              variant="default"
              loading={events.isFetchingNextPage}
              onClick={() => void events.fetchNextPage()}
            >
              Load more
            </Button>
          </Group>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={1}>Who accessed my data</Title>
        <Text c="dimmed">
          Every time someone at the clinic viewed or changed your records, newest first. Times are in{" "}
          {viewerZone}.
        </Text>
      </div>
      {body}
    </Stack>
  );
}

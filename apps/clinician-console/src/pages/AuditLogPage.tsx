import { ROLE_LABELS, trpc } from "@healthcare/ui";
import type { Role } from "@healthcare/ui";
import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import {
  AUDIT_OUTCOME_COLORS,
  AUDIT_OUTCOME_LABELS,
  auditActorName,
  auditListInput,
  EMPTY_AUDIT_FILTERS,
} from "../audit/auditFilters";
import type { AuditFilters, AuditOutcome } from "../audit/auditFilters";
import { PageHeader } from "../layout/PageHeader";
import { QueryState } from "../layout/QueryState";

const OUTCOME_OPTIONS = (Object.keys(AUDIT_OUTCOME_LABELS) as AuditOutcome[]).map((outcome) => ({
  value: outcome,
  label: AUDIT_OUTCOME_LABELS[outcome],
}));

function roleLabel(role: string | null): string {
  if (!role) return "";
  return (ROLE_LABELS as Partial<Record<string, string>>)[role as Role] ?? role;
}

/** Administrators: who did what to which record, when, from where, with what outcome. */
export function AuditLogPage() {
  const [filters, setFilters] = useState<AuditFilters>(EMPTY_AUDIT_FILTERS);
  const [debounced] = useDebouncedValue(filters, 300);
  const events = trpc.audit.list.useInfiniteQuery(auditListInput(debounced), {
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
  const rows = events.data?.pages.flatMap((page) => page.items) ?? [];
  const set = (patch: Partial<AuditFilters>) => setFilters((current) => ({ ...current, ...patch }));

  return (
    <Stack gap="lg">
      <PageHeader
        title="Audit log"
        description="Who did what to which record, when, from where, and how it ended."
      />
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label="Outcome"
          placeholder="Any outcome"
          clearable
          data={OUTCOME_OPTIONS}
          value={filters.outcome || null}
          onChange={(value) => set({ outcome: (value ?? "") as AuditOutcome | "" })}
          w={{ base: "100%", xs: 180 }}
        />
        <TextInput
          label="Action"
          placeholder="e.g. medicalRecords.list"
          value={filters.action}
          onChange={(event) => set({ action: event.currentTarget.value })}
          w={{ base: "100%", xs: 260 }}
        />
        <TextInput
          label="Patient id"
          value={filters.patientId}
          onChange={(event) => set({ patientId: event.currentTarget.value })}
          w={{ base: "100%", xs: 260 }}
        />
      </Group>
      {!events.data ? (
        <QueryState
          error={events.error}
          onRetry={() => void events.refetch()}
          label="Loading the audit log"
        />
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={980}>
            <Table verticalSpacing="xs" striped aria-label="Audit log">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Time</Table.Th>
                  <Table.Th>Who</Table.Th>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Entity</Table.Th>
                  <Table.Th>Patient id</Table.Th>
                  <Table.Th>Outcome</Table.Th>
                  <Table.Th>IP</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={7}>
                      <Text c="dimmed" ta="center" py="md">
                        No events match.
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  rows.map((event) => (
                    <Table.Tr key={event.id}>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        {new Date(event.occurredAt).toLocaleString()}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{auditActorName(event)}</Text>
                        <Text size="xs" c="dimmed">
                          {roleLabel(event.actorRole)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {event.action}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{event.entityType}</Text>
                        {event.entityId && (
                          <Text size="xs" c="dimmed" ff="monospace">
                            {event.entityId}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" ff="monospace">
                          {event.patientId ?? "—"}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          color={AUDIT_OUTCOME_COLORS[event.outcome as AuditOutcome] ?? "gray"}
                        >
                          {AUDIT_OUTCOME_LABELS[event.outcome as AuditOutcome] ?? event.outcome}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" ff="monospace">
                          {event.ip ?? "—"}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {events.hasNextPage && (
            <Group justify="center" p="sm">
              <Button
                variant="default"
                loading={events.isFetchingNextPage}
                onClick={() => void events.fetchNextPage()}
              >
                Load more
              </Button>
            </Group>
          )}
        </Paper>
      )}
    </Stack>
  );
}

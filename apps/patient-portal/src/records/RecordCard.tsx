import { formatCalendarDate, recordAuthorLabel, RecordTypeBadge } from "@healthcare/ui";
import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { RecordSummary } from "./recordTypes";

/** One record in the list: title, type, visit date, who wrote it and the way to its page. */
export function RecordCard({ record }: { record: RecordSummary }) {
  const date = formatCalendarDate(record.visitDate);
  return (
    <Paper withBorder p="md" radius="md" component="li">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Stack gap={4} style={{ flex: "1 1 20rem", minWidth: 0 }}>
          <Anchor component={Link} to={`/records/${record.id}`} fw={600}>
            {record.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {date} · Written by {recordAuthorLabel(record)}
          </Text>
        </Stack>
        <RecordTypeBadge type={record.type} style={{ flexShrink: 0 }} />
      </Group>
    </Paper>
  );
}

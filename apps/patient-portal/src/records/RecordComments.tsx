import { formatInstant } from "@healthcare/ui";
import { Paper, Stack, Text, Title } from "@mantine/core";
import { useViewerZone } from "../scheduling";
import type { RecordComment } from "./recordTypes";

/** The comments the doctors shared with the patient, oldest first. */
export function RecordComments({ comments }: { comments: RecordComment[] }) {
  const viewerZone = useViewerZone();
  return (
    <Stack component="section" gap="sm" aria-labelledby="record-comments">
      <Title order={2} size="h3" id="record-comments">
        Comments from your doctors
      </Title>
      {comments.length === 0 ? (
        <Text c="dimmed">No comments on this record.</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
          {comments.map((comment) => (
            <Paper key={comment.id} component="li" withBorder p="md" radius="md">
              <Text size="sm" fw={600}>
                Dr. {comment.author.firstName} {comment.author.lastName}
              </Text>
              <Text size="xs" c="dimmed" mb={6}>
                <time dateTime={comment.createdAt.toISOString()}>
                  {formatInstant(comment.createdAt, viewerZone)}
                </time>
              </Text>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {comment.comment}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

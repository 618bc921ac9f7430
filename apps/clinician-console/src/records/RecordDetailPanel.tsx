import {
  applyServerErrors,
  formatCalendarDate,
  FormErrorAlert,
  formValidator,
  trpc,
  useMe,
} from "@healthcare/ui";
import { addCommentInput } from "@healthcare/validators";
import { Badge, Button, Divider, Group, Paper, Stack, Switch, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { QueryState } from "../layout/QueryState";
import { CLINICAL_FIELDS, personName, RECORD_TYPE_LABELS, recordFormFromRecord } from "./recordForm";
import type { RecordFormValues } from "./recordForm";
import { RecordFormModal } from "./RecordFormModal";

interface CommentFormValues {
  comment: string;
  isPrivate: boolean;
}

/** Adds a comment to a record; private comments are for clinicians only. */
function CommentForm({ recordId }: { recordId: string }) {
  const utils = trpc.useUtils();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<CommentFormValues>({
    initialValues: { comment: "", isPrivate: false },
    validate: formValidator(addCommentInput, (values: CommentFormValues) => ({ recordId, ...values })),
  });
  const addComment = trpc.medicalRecords.addComment.useMutation({
    onSuccess: async () => {
      notifications.show({ color: "teal", message: "Comment added" });
      form.reset();
      await utils.medicalRecords.byId.invalidate({ id: recordId });
    },
    onError: (error) => setFailure(applyServerErrors(form, error)),
  });
  return (
    <form
      noValidate

      onSubmit={form.onSubmit((values) => {
        setFailure(null);
        addComment.mutate({ recordId, comment: values.comment, isPrivate: values.isPrivate });
      })}
    >
      <Stack gap="sm">
        <FormErrorAlert title="Could not add the comment" message={failure} />
        <Textarea
          label="Comment"
          required
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps("comment")}
        />
        <Group justify="space-between">
          <Switch
            label="Private (clinicians only)"
            {...form.getInputProps("isPrivate", { type: "checkbox" })}
          />
          <Button type="submit" loading={addComment.isPending}>
            Add comment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One record with every field and its comments (private ones marked), and a comment form. */
export function RecordDetailPanel({ recordId, canComment }: { recordId: string; canComment: boolean }) {
  const me = useMe();
  const [editing, setEditing] = useState<RecordFormValues | null>(null);
  const record = trpc.medicalRecords.byId.useQuery({ id: recordId });
  if (!record.data) {
    return (
      <Paper withBorder radius="md" p="md">
        <QueryState error={record.error} onRetry={() => void record.refetch()} label="Loading the record" />
      </Paper>
    );
  }
  const r = record.data;
  return (
    <Paper withBorder radius="md" p="md" component="article">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3}>{r.title}</Title>
            <Text size="sm" c="dimmed">
              {formatCalendarDate(r.visitDate)} · by {personName(r.author)}
              {r.kind === "self_reported" ? " (self-reported)" : ""}
            </Text>
          </Stack>
          <Group gap="xs">
            <Badge variant="light">{RECORD_TYPE_LABELS[r.type]}</Badge>
            {r.author.userId === me.id && canComment && (
              <Button size="xs" variant="default" onClick={() => setEditing(recordFormFromRecord(r))}>
                Edit
              </Button>
            )}
          </Group>
        </Group>
        <RecordFormModal
          patientId={r.patientId}
          recordId={r.id}
          initialValues={editing}
          onSaved={() => setEditing(null)}
          onClose={() => setEditing(null)}
        />
        {CLINICAL_FIELDS.map(({ key, label }) => (
          <Stack gap={0} key={key}>
            <Text size="sm" fw={600}>
              {label}
            </Text>
            <Text size="sm" c={r[key] ? undefined : "dimmed"} style={{ whiteSpace: "pre-wrap" }}>
              {r[key] ?? "—"}
            </Text>
          </Stack>
        ))}
        <Divider />
        <Title order={4}>Comments</Title>
        {r.comments.length === 0 ? (
          <Text size="sm" c="dimmed">
            No comments yet.
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {r.comments.map((c) => (
              <Paper component="li" key={c.id} withBorder p="sm" radius="sm">
                <Group gap="xs" mb={4}>
                  <Text size="sm" fw={600}>
                    {personName(c.author)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {new Date(c.createdAt).toLocaleString()}
                  </Text>
                  {c.isPrivate && (
                    <Badge size="sm" color="grape" variant="light">
                      Private
                    </Badge>
                  )}
                </Group>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {c.comment}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
        {canComment && <CommentForm key={recordId} recordId={recordId} />}
      </Stack>
    </Paper>
  );
}

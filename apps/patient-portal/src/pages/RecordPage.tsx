import { formatCalendarDate, formatInstant, recordAuthorLabel, RecordTypeBadge, trpc } from "@healthcare/ui";
import { Alert, Button, DataList, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useNavigate, useParams } from "react-router";
import { DeleteRecordModal } from "../records/DeleteRecordModal";
import { filledFields } from "../records/recordForm";
import { RecordComments } from "../records/RecordComments";
import { BackToRecords, RecordQueryState } from "../records/RecordNotFound";
import { useViewerZone } from "../scheduling";

/** One medical record: every field with text, who wrote it, the doctors' shared comments. */
export function RecordPage() {
  const { recordId = "" } = useParams();
  const navigate = useNavigate();
  const viewerZone = useViewerZone();
  const [deleteOpened, deleteModal] = useDisclosure(false);
  const record = trpc.medicalRecords.byId.useQuery({ id: recordId });

  if (!record.data) {
    return (
      <RecordQueryState
        isPending={record.isPending}
        error={record.error}
        onRetry={() => void record.refetch()}
      />
    );
  }

  const data = record.data;
  const own = data.kind === "self_reported";
  const fields = filledFields(data);

  return (
    <Stack gap="lg" maw={960}>
      <BackToRecords />
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{data.title}</Title>
          <Text c="dimmed">
            {formatCalendarDate(data.visitDate)} ·{" "}
            {own ? "Added by you" : `Written by ${recordAuthorLabel(data)}`}
          </Text>
        </div>
        <RecordTypeBadge type={data.type} size="lg" />
      </Group>
      {own ? (
        <Group>
          <Button variant="light" onClick={() => void navigate(`/records/${data.id}/edit`)}>
            Edit
          </Button>
          <Button variant="light" color="red" onClick={deleteModal.open}>
            Delete
          </Button>
        </Group>
      ) : (
        <Alert color="blue" variant="light">
          Written by your doctor; you can read it but not change it.
        </Alert>
      )}
      <Paper
        withBorder
        p={{ base: "md", sm: "lg" }}
        radius="md"
        component="section"
        aria-label="Record details"
      >
        <DataList labelWidth="11rem" withDivider>
          <DataList.Item>
            <DataList.ItemLabel>Written by</DataList.ItemLabel>
            <DataList.ItemValue>
              {recordAuthorLabel(data)}
              <Text span c="dimmed">
                {" "}
                · {own ? "Self-reported" : "Clinical record"}
              </Text>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Visit date</DataList.ItemLabel>
            <DataList.ItemValue>{formatCalendarDate(data.visitDate)}</DataList.ItemValue>
          </DataList.Item>
          {fields.map((field) => (
            <DataList.Item key={field.name}>
              <DataList.ItemLabel>{field.label}</DataList.ItemLabel>
              <DataList.ItemValue style={{ whiteSpace: "pre-wrap" }}>{field.text}</DataList.ItemValue>
            </DataList.Item>
          ))}
          <DataList.Item>
            <DataList.ItemLabel>Recorded on</DataList.ItemLabel>
            <DataList.ItemValue>{formatInstant(data.createdAt, viewerZone)}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Paper>
      <RecordComments comments={data.comments} />
      {own && (
        <DeleteRecordModal
          record={data}
          opened={deleteOpened}
          onClose={deleteModal.close}
          onDeleted={() => void navigate("/records", { replace: true })}
        />
      )}
    </Stack>
  );
}

import { trpc } from "@healthcare/ui";
import { Alert, Stack, Title } from "@mantine/core";
import { useNavigate, useParams } from "react-router";
import { RecordForm } from "../records/RecordForm";
import { BackToRecords, RecordQueryState } from "../records/RecordNotFound";

/** Changes a record the patient wrote; a doctor's record is read-only. */
export function EditRecordPage() {
  const { recordId = "" } = useParams();
  const navigate = useNavigate();
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
  const back = () => void navigate(`/records/${data.id}`);
  return (
    <Stack gap="lg" maw={960}>
      <BackToRecords />
      <Title order={1}>Edit “{data.title}”</Title>
      {data.kind === "self_reported" ? (
        <RecordForm key={data.id} record={data} onSaved={back} onCancel={back} />
      ) : (
        <Alert color="blue" variant="light">
          Written by your doctor; you can read it but not change it.
        </Alert>
      )}
    </Stack>
  );
}

import { Anchor, Stack, Text, Title } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { RecordForm } from "../records/RecordForm";

/** Adds a record of the patient's own: a home measurement, a visit elsewhere, a symptom. */
export function NewRecordPage() {
  const navigate = useNavigate();
  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to="/records" size="sm">
        ‹ Back to your records
      </Anchor>
      <div>
        <Title order={1}>Add a record</Title>
        <Text c="dimmed">Your doctors on your care team can read what you add. You can change it later.</Text>
      </div>
      <RecordForm
        onSaved={(id) => void navigate(`/records/${id}`, { replace: true })}
        onCancel={() => void navigate("/records")}
      />
    </Stack>
  );
}

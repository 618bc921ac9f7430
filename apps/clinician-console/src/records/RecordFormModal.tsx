import { applyServerErrors, FormErrorAlert, formValidator, trpc } from "@healthcare/ui";
import { createRecordInput, updateRecordInput } from "@healthcare/validators";
import {
  Button,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { createRecordFormInput, RECORD_TYPE_OPTIONS, updateRecordFormInput } from "./recordForm";
import type { RecordFormValues, RecordSummary } from "./recordForm";

function RecordForm({
  patientId,
  recordId,
  initialValues,
  onSaved,
  onClose,
}: {
  patientId: string;
  /** Set when editing an existing record. */
  recordId?: string;
  initialValues: RecordFormValues;
  onSaved: (record: RecordSummary) => void;
  onClose: () => void;
}) {
  const utils = trpc.useUtils();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<RecordFormValues>({
    initialValues,
    validate: recordId
      ? formValidator(updateRecordInput, (values: RecordFormValues) =>
          updateRecordFormInput(values, recordId),
        )
      : formValidator(createRecordInput, (values: RecordFormValues) =>
          createRecordFormInput(values, patientId),
        ),
  });
  const saved = async (record: RecordSummary) => {
    notifications.show({ color: "teal", message: `Record "${record.title}" saved` });
    await utils.medicalRecords.list.invalidate({ patientId });
    await utils.medicalRecords.byId.invalidate({ id: record.id });
    onSaved(record);
  };
  const onError = (error: Parameters<typeof applyServerErrors>[1]) =>
    setFailure(applyServerErrors(form, error));
  const create = trpc.medicalRecords.create.useMutation({ onSuccess: saved, onError });
  const update = trpc.medicalRecords.update.useMutation({ onSuccess: saved, onError });
  const submit = form.onSubmit((values) => {
    setFailure(null);
    if (recordId) update.mutate(updateRecordFormInput(values, recordId));
    else create.mutate(createRecordFormInput(values, patientId));
  });

  const text = (name: keyof RecordFormValues, label: string) => (
    <Textarea
      label={label}
      description="Optional"
      autosize
      minRows={2}
      maxRows={10}
      {...form.getInputProps(name)}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert title="Could not save the record" message={failure} />
        {initialValues.appointmentId && (
          <Text size="sm" c="dimmed">
            Linked to the appointment of {initialValues.visitDate}.
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect label="Type" required data={RECORD_TYPE_OPTIONS} {...form.getInputProps("type")} />
          <TextInput label="Title" required {...form.getInputProps("title")} />
          <TextInput label="Visit date" type="date" required {...form.getInputProps("visitDate")} />
        </SimpleGrid>
        {text("description", "Description")}
        {text("symptoms", "Symptoms")}
        {text("diagnosis", "Diagnosis")}
        {text("treatment", "Treatment")}
        {text("medications", "Medications")}
        {text("notes", "Notes")}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            Save record
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Writes a clinical record for the patient (pre-filled when written from an appointment), or edits one. */
export function RecordFormModal({
  patientId,
  recordId,
  initialValues,
  onSaved,
  onClose,
}: {
  patientId: string;
  /** Set when editing an existing record of the doctor's. */
  recordId?: string;
  /** The form's starting values; null keeps the modal closed. */
  initialValues: RecordFormValues | null;
  onSaved: (record: RecordSummary) => void;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={initialValues !== null}
      onClose={onClose}
      size="lg"
      title={recordId ? "Edit record" : "Write record"}
    >
      {initialValues && (
        <RecordForm
          key={`${recordId ?? "new"}-${initialValues.appointmentId}-${initialValues.visitDate}`}
          patientId={patientId}
          recordId={recordId}
          initialValues={initialValues}
          onSaved={onSaved}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

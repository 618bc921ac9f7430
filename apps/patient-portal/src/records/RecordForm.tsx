import { applyServerErrors, FormErrorAlert, formValidator, RECORD_TYPE_OPTIONS, trpc } from "@healthcare/ui";
import { createRecordInput } from "@healthcare/validators";
import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useViewerZone } from "../scheduling";
import type { RecordFormValues } from "./recordForm";
import {
  createInput,
  newRecordValues,
  RECORD_TEXT_FIELDS,
  recordValues,
  todayIn,
  updateInput,
} from "./recordForm";
import type { MedicalRecord } from "./recordTypes";

const checkRecord = formValidator(createRecordInput, createInput);

/** Same rules as the server, with a plain request for the type when none is chosen yet. */
function validate(values: RecordFormValues) {
  const errors = checkRecord(values);
  if (values.type === "") errors.type = "Choose the type of record";
  if (values.visitDate === "") errors.visitDate = "Enter the date of the visit";
  return errors;
}

/**
 * Adds a self-reported record, or changes one the patient wrote. The server checks the same rules;
 * its field errors land on the fields.
 */
export function RecordForm({
  record,
  onSaved,
  onCancel,
}: {
  /** The record to change; none for a new one. */
  record?: MedicalRecord;
  onSaved: (id: string) => void;
  onCancel: () => void;
}) {
  const viewerZone = useViewerZone();
  const today = todayIn(viewerZone);
  const utils = trpc.useUtils();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<RecordFormValues>({
    initialValues: record ? recordValues(record) : newRecordValues(today),
    validate,
  });

  const saved = (id: string, message: string) => {
    void utils.medicalRecords.list.invalidate();
    void utils.medicalRecords.byId.invalidate({ id });
    notifications.show({ color: "teal", message });
    onSaved(id);
  };
  const onError = (error: unknown) => setFailure(applyServerErrors(form, error));
  const create = trpc.medicalRecords.create.useMutation({
    onSuccess: (created) => saved(created.id, "Record added"),
    onError,
  });
  const update = trpc.medicalRecords.update.useMutation({
    onSuccess: (changed) => saved(changed.id, "Record saved"),
    onError,
  });

  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md" maw={760}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          if (record) update.mutate(updateInput(record.id, values));
          else create.mutate(createInput(values));
        })}
      >
        <Stack gap="md">
          <FormErrorAlert title="Could not save the record" message={failure} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label="Type"
              required
              data={[{ value: "", label: "Choose a type", disabled: true }, ...RECORD_TYPE_OPTIONS]}
              {...form.getInputProps("type")}
            />
            <TextInput
              label="Visit date"
              type="date"
              required
              max={today}
              {...form.getInputProps("visitDate")}
            />
          </SimpleGrid>
          <TextInput
            label="Title"
            required
            placeholder="For example: Blood pressure at home"
            maxLength={200}
            {...form.getInputProps("title")}
          />
          {RECORD_TEXT_FIELDS.map(({ name, label }) => (
            <Textarea
              key={name}
              label={label}
              autosize
              minRows={2}
              maxRows={10}
              {...form.getInputProps(name)}
            />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              Save record
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { errorMessage, trpc } from "@healthcare/ui";
import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import type { MedicalRecord } from "./recordTypes";

/** Asks before deleting a record the patient wrote; it then leaves the list. */
export function DeleteRecordModal({
  record,
  opened,
  onClose,
  onDeleted,
}: {
  record: MedicalRecord;
  opened: boolean;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const utils = trpc.useUtils();
  const [failure, setFailure] = useState<string | null>(null);
  const remove = trpc.medicalRecords.delete.useMutation({
    onSuccess: () => {
      void utils.medicalRecords.list.invalidate();
      notifications.show({ color: "teal", message: "Record deleted" });
      onDeleted();
    },
    onError: (error) => setFailure(errorMessage(error)),
  });
  const close = () => {
    setFailure(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Delete this record?"
      centered
      closeButtonProps={{ "aria-label": "Close" }}
    >
      <Stack gap="md">
        <Text>
          “{record.title}” will be removed from your records. This cannot be undone from the portal.
        </Text>
        {failure && (
          <Alert color="red" variant="light" title="Could not delete the record" role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            Keep record
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate({ id: record.id })}>
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

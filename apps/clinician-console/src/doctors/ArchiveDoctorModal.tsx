import { errorMessage, FormErrorAlert, trpc } from "@healthcare/ui";
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import type { Doctor } from "./doctorForm";

/**
 * Confirms archiving a doctor: they can no longer be booked or work in the console; their
 * history stays. The server refuses while the doctor has upcoming appointments, and says so here.
 */
export function ArchiveDoctorModal({ doctor, onClose }: { doctor: Doctor | null; onClose: () => void }) {
  const utils = trpc.useUtils();
  const [failure, setFailure] = useState<string | null>(null);
  const archive = trpc.doctors.archive.useMutation({
    onSuccess: async (archived) => {
      notifications.show({
        color: "teal",
        message: `Dr. ${archived.firstName} ${archived.lastName} archived`,
      });
      close();
      utils.doctors.byId.setData({ id: archived.id }, archived);
      await utils.doctors.list.invalidate();
    },
    onError: (error) => setFailure(errorMessage(error)),
  });

  function close() {
    setFailure(null);
    archive.reset();
    onClose();
  }

  const name = doctor ? `Dr. ${doctor.firstName} ${doctor.lastName}` : "";
  return (
    <Modal opened={doctor !== null} onClose={close} title={`Archive ${name}?`}>
      <Stack gap="md">
        <Text size="sm">
          {name} will no longer be bookable and can no longer use the console as a doctor. Past appointments
          and records stay.
        </Text>
        <FormErrorAlert title="Could not archive" message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Keep
          </Button>
          <Button
            color="red"
            loading={archive.isPending}
            onClick={() => doctor && archive.mutate({ id: doctor.id })}
          >
            Archive
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

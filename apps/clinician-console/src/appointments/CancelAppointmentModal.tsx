import { applyServerErrors, FormErrorAlert, formValidator, trpc } from "@healthcare/ui";
import { cancelAppointmentInput } from "@healthcare/validators";
import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { formatDateTime } from "../time/formatTime";
import type { Appointment } from "./types";
import { patientName } from "./types";
import { useAppointmentChanged } from "./useAppointmentChanged";

/** Asks for the reason, then cancels the appointment; the slot becomes free again. */
export function CancelAppointmentModal({
  appointment,
  timeZone,
  opened,
  onClose,
}: {
  appointment: Appointment;
  /** The zone the time is shown in. */
  timeZone: string;
  opened: boolean;
  onClose: () => void;
}) {
  const changed = useAppointmentChanged();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { id: appointment.id, reason: "" },
    validate: formValidator(cancelAppointmentInput),
  });
  const cancel = trpc.appointments.cancel.useMutation({
    onSuccess: async () => {
      notifications.show({
        color: "teal",
        message: `Appointment with ${patientName(appointment)} cancelled`,
      });
      close();
      await changed();
    },
    onError: (error) => setFailure(applyServerErrors(form, error)),
  });

  function close() {
    form.reset();
    setFailure(null);
    onClose();
  }

  const submit = form.onSubmit((values) => {
    setFailure(null);
    cancel.mutate(values);
  });

  return (
    <Modal opened={opened} onClose={close} title="Cancel the appointment">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {patientName(appointment)}, {formatDateTime(appointment.startsAt, timeZone)}. The patient is told,
            and the slot becomes free for others.
          </Text>
          <FormErrorAlert title="Could not cancel" message={failure} />
          <Textarea
            label="Reason for cancelling"
            description="The patient sees this reason"
            autosize
            minRows={2}
            required
            data-autofocus
            {...form.getInputProps("reason")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep appointment
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              Cancel appointment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

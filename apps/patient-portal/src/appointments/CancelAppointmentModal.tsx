import { AppointmentTime, applyServerErrors, FormErrorAlert, formValidator, trpc } from "@healthcare/ui";
import { cancelAppointmentInput } from "@healthcare/validators";
import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { doctorName } from "../doctors/doctorFacts";
import { useRefreshScheduling, useViewerZone } from "../scheduling";
import type { Appointment } from "./appointmentTypes";

/** Cancels an appointment with a reason; the time becomes free for others. */
export function CancelAppointmentModal({
  appointment,
  opened,
  onClose,
}: {
  appointment: Appointment;
  opened: boolean;
  onClose: () => void;
}) {
  const viewerZone = useViewerZone();
  const utils = trpc.useUtils();
  const refresh = useRefreshScheduling();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { reason: "" },
    validate: formValidator(cancelAppointmentInput, (values: { reason: string }) => ({
      id: appointment.id,
      reason: values.reason,
    })),
  });
  const cancel = trpc.appointments.cancel.useMutation({
    onSuccess: (cancelled) => {
      utils.appointments.byId.setData({ id: cancelled.id }, cancelled);
      void refresh();
      form.reset();
      onClose();
      notifications.show({ color: "teal", message: "Appointment cancelled" });
    },
    onError: (error) => {
      setFailure(applyServerErrors(form, error));
      // A conflict means the appointment changed meanwhile: show its current state behind the dialog.
      void utils.appointments.byId.invalidate({ id: appointment.id });
    },
  });

  const close = () => {
    setFailure(null);
    form.clearErrors();
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Cancel this appointment?"
      centered
      closeButtonProps={{ "aria-label": "Close" }}
    >
      <form
        onSubmit={form.onSubmit(({ reason }) => {
          setFailure(null);
          cancel.mutate({ id: appointment.id, reason: reason.trim() });
        })}
        noValidate
      >
        <Stack gap="md">
          <div>
            <Text fw={600}>{doctorName(appointment.doctor)}</Text>
            <AppointmentTime
              range={appointment}
              doctorZone={appointment.doctor.timeZone}
              viewerZone={viewerZone}
              size="sm"
            />
          </div>
          <FormErrorAlert title="Could not cancel" message={failure} />
          <Textarea
            label="Reason for cancelling"
            description="The doctor's office sees this."
            required
            autosize
            minRows={2}
            maxRows={6}
            data-autofocus
            {...form.getInputProps("reason")}
          />
          <Text size="sm" c="dimmed">
            The time becomes free for other patients. You can book again at any time.
          </Text>
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

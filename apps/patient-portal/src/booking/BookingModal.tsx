import {
  AppointmentTime,
  applyServerErrors,
  FormErrorAlert,
  formValidator,
  slotProblem,
  trpc,
} from "@healthcare/ui";
import type { FreeSlot, RouterOutputs, SlotProblem } from "@healthcare/ui";
import { createAppointmentInput } from "@healthcare/validators";
import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import type { Doctor } from "../doctors/doctorFacts";
import { doctorName } from "../doctors/doctorFacts";

/** A booked appointment as `appointments.create` returns it. */
type Appointment = RouterOutputs["appointments"]["create"];

/**
 * Confirms a chosen slot with the reason for the visit and books it. A slot lost in the meantime
 * is handed back to the page (`onSlotLost`) rather than shown as an error; the typed reason stays
 * for the next slot.
 */
export function BookingModal({
  doctor,
  slot,
  opened,
  viewerZone,
  onClose,
  onBooked,
  onSlotLost,
}: {
  doctor: Doctor;
  slot: FreeSlot | null;
  opened: boolean;
  viewerZone: string;
  onClose: () => void;
  onBooked: (appointment: Appointment) => void;
  onSlotLost: (problem: SlotProblem) => void;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { reason: "" },
    validate: formValidator(createAppointmentInput, (values: { reason: string }) => ({
      doctorId: doctor.id,
      startsAt: slot?.startsAt,
      reason: values.reason,
    })),
  });
  const book = trpc.appointments.create.useMutation({
    onSuccess: (appointment) => {
      form.reset();
      onBooked(appointment);
    },
    onError: (error) => {
      const problem = slotProblem(error);
      if (problem) onSlotLost(problem);
      else setFailure(applyServerErrors(form, error));
    },
  });

  const submit = form.onSubmit(({ reason }) => {
    if (!slot) return;
    setFailure(null);
    book.mutate({ doctorId: doctor.id, startsAt: slot.startsAt, reason: reason.trim() });
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
      title="Book an appointment"
      centered
      closeButtonProps={{ "aria-label": "Close" }}
    >
      {slot && (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <div>
              <Text fw={600}>
                {doctorName(doctor)}, {doctor.specialization}
              </Text>
              <AppointmentTime range={slot} doctorZone={doctor.timeZone} viewerZone={viewerZone} size="sm" />
            </div>
            <FormErrorAlert title="Could not book this time" message={failure} />
            <Textarea
              label="Reason for visit"
              description="A few words for the doctor: your symptoms or what you would like to discuss."
              required
              autosize
              minRows={3}
              maxRows={8}
              data-autofocus
              {...form.getInputProps("reason")}
            />
            <Text size="sm" c="dimmed">
              The doctor&apos;s office confirms the appointment; you will be notified.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Back
              </Button>
              <Button type="submit" loading={book.isPending}>
                Book appointment
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

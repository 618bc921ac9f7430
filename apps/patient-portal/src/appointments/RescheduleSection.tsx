import { AppointmentTime, errorMessage, SlotPicker, slotProblem, trpc } from "@healthcare/ui";
import type { FreeSlot, SlotProblem } from "@healthcare/ui";
import { Alert, Button, Group, Modal, Paper, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { SlotLostAlert } from "../booking/SlotLostAlert";
import type { Doctor } from "../doctors/doctorFacts";
import { doctorName } from "../doctors/doctorFacts";
import { useRefreshScheduling, useViewerZone } from "../scheduling";
import type { Appointment } from "./appointmentTypes";

/**
 * Moves an appointment to another free time of the same doctor: pick a slot, confirm the move.
 * The doctor confirms the new time again; a slot lost meanwhile shows fresh times, not an error.
 */
export function RescheduleSection({
  appointment,
  doctor,
  onDone,
}: {
  appointment: Appointment;
  doctor: Doctor;
  onDone: () => void;
}) {
  const viewerZone = useViewerZone();
  const utils = trpc.useUtils();
  const refresh = useRefreshScheduling();
  const [slot, setSlot] = useState<FreeSlot | null>(null);
  const [opened, modal] = useDisclosure(false);
  const [problem, setProblem] = useState<SlotProblem | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const move = trpc.appointments.reschedule.useMutation({
    onSuccess: (moved) => {
      modal.close();
      utils.appointments.byId.setData({ id: moved.id }, moved);
      void refresh();
      notifications.show({
        color: "teal",
        title: "Appointment moved",
        message: `${doctorName(doctor)}'s office will confirm the new time.`,
      });
      onDone();
    },
    onError: (error) => {
      const lost = slotProblem(error);
      if (lost) {
        modal.close();
        setProblem(lost);
        void utils.doctors.availableSlots.invalidate({ doctorId: doctor.id });
      } else {
        setFailure(errorMessage(error));
        void utils.appointments.byId.invalidate({ id: appointment.id });
      }
    },
  });

  const pick = (chosen: FreeSlot) => {
    setProblem(null);
    setFailure(null);
    setSlot(chosen);
    modal.open();
  };

  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "lg" }}
      radius="md"
      component="section"
      aria-label="Choose a new time"
    >
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3">
            Choose a new time
          </Title>
          <Button variant="subtle" size="xs" onClick={onDone}>
            Keep the current time
          </Button>
        </Group>
        <SlotPicker
          doctorId={doctor.id}
          doctorZone={doctor.timeZone}
          viewerZone={viewerZone}
          bookingWindowDays={doctor.bookingWindowDays}
          onPick={pick}
          notice={<SlotLostAlert problem={problem} />}
        />
      </Stack>
      <Modal
        opened={opened}
        onClose={modal.close}
        title="Move your appointment?"
        centered
        closeButtonProps={{ "aria-label": "Close" }}
      >
        {slot && (
          <Stack gap="md">
            <div>
              <Text size="sm" c="dimmed">
                From
              </Text>
              <AppointmentTime
                range={appointment}
                doctorZone={doctor.timeZone}
                viewerZone={viewerZone}
                size="sm"
              />
            </div>
            <div>
              <Text size="sm" c="dimmed">
                To
              </Text>
              <AppointmentTime range={slot} doctorZone={doctor.timeZone} viewerZone={viewerZone} size="sm" />
            </div>
            {failure && (
              <Alert color="red" variant="light" title="Could not move the appointment" role="alert">
                {failure}
              </Alert>
            )}
            <Text size="sm">
              {doctorName(doctor)}&apos;s office must confirm the new time again; until then the appointment
              shows as awaiting confirmation. Your current time is released when you move.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={modal.close}>
                Back
              </Button>
              <Button
                loading={move.isPending}
                onClick={() => {
                  setFailure(null);
                  move.mutate({ id: appointment.id, startsAt: slot.startsAt });
                }}
              >
                Move appointment
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}

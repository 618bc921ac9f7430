import { SlotPicker, trpc } from "@healthcare/ui";
import type { FreeSlot, SlotProblem } from "@healthcare/ui";
import { Paper, Stack, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { Doctor } from "../doctors/doctorFacts";
import { doctorName } from "../doctors/doctorFacts";
import { useRefreshScheduling, useViewerZone } from "../scheduling";
import { BookingModal } from "./BookingModal";
import { SlotLostAlert } from "./SlotLostAlert";

/** The doctor's free times and the booking of one; a lost race shows fresh times with a friendly word. */
export function BookingSection({ doctor }: { doctor: Doctor }) {
  const viewerZone = useViewerZone();
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const refresh = useRefreshScheduling();
  const [slot, setSlot] = useState<FreeSlot | null>(null);
  const [opened, modal] = useDisclosure(false);
  const [problem, setProblem] = useState<SlotProblem | null>(null);

  const pick = (chosen: FreeSlot) => {
    setProblem(null);
    setSlot(chosen);
    modal.open();
  };

  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "lg" }}
      radius="md"
      component="section"
      aria-label="Book an appointment"
    >
      <Stack gap="md">
        <Title order={2} size="h3">
          Book an appointment
        </Title>
        <SlotPicker
          doctorId={doctor.id}
          doctorZone={doctor.timeZone}
          viewerZone={viewerZone}
          bookingWindowDays={doctor.bookingWindowDays}
          onPick={pick}
          notice={<SlotLostAlert problem={problem} />}
        />
      </Stack>
      <BookingModal
        doctor={doctor}
        slot={slot}
        opened={opened}
        viewerZone={viewerZone}
        onClose={modal.close}
        onBooked={(appointment) => {
          modal.close();
          utils.appointments.byId.setData({ id: appointment.id }, appointment);
          void refresh();
          notifications.show({
            color: "teal",
            title: "Appointment requested",
            message: `${doctorName(doctor)}'s office will confirm the time.`,
          });
          void navigate(`/appointments/${appointment.id}`);
        }}
        onSlotLost={(lost) => {
          modal.close();
          setProblem(lost);
          void utils.doctors.availableSlots.invalidate({ doctorId: doctor.id });
        }}
      />
    </Paper>
  );
}

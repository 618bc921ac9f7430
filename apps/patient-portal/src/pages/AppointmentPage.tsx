import { AppointmentStatusBadge, errorCode, isActiveAppointment, trpc } from "@healthcare/ui";
import { Alert, Anchor, Button, Center, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link, useParams } from "react-router";
import { AppointmentDetails } from "../appointments/AppointmentDetails";
import type { Appointment } from "../appointments/appointmentTypes";
import { CancelAppointmentModal } from "../appointments/CancelAppointmentModal";
import { RescheduleSection } from "../appointments/RescheduleSection";
import type { Doctor } from "../doctors/doctorFacts";
import { doctorName } from "../doctors/doctorFacts";
import { QueryAlert } from "../QueryAlert";

const STATUS_NOTES: Partial<Record<Appointment["status"], string>> = {
  requested: "The doctor's office has not confirmed this time yet. You will be notified when it does.",
  confirmed: "This time is confirmed. Please arrive a few minutes early.",
};

/** Cancel and reschedule, for an appointment that still lies ahead and holds its slot. */
function AppointmentActions({
  appointment,
  doctor,
  doctorUnavailable,
}: {
  appointment: Appointment;
  doctor: Doctor | undefined;
  doctorUnavailable: boolean;
}) {
  const [cancelOpened, cancelModal] = useDisclosure(false);
  const [rescheduling, reschedule] = useDisclosure(false);
  return (
    <>
      <Group>
        <Button
          variant={rescheduling ? "filled" : "light"}
          onClick={reschedule.toggle}
          disabled={!doctor}
          aria-expanded={rescheduling}
        >
          Reschedule
        </Button>
        <Button variant="light" color="red" onClick={cancelModal.open}>
          Cancel appointment
        </Button>
      </Group>
      {doctorUnavailable && (
        <Text size="sm" c="dimmed">
          This doctor is not taking bookings at the moment, so the appointment cannot be moved.
        </Text>
      )}
      {rescheduling && doctor && (
        <RescheduleSection appointment={appointment} doctor={doctor} onDone={reschedule.close} />
      )}
      <CancelAppointmentModal appointment={appointment} opened={cancelOpened} onClose={cancelModal.close} />
    </>
  );
}

/** One appointment: its details and, while it is ahead, the ways to move or cancel it. */
export function AppointmentPage() {
  const { appointmentId = "" } = useParams();
  const appointment = trpc.appointments.byId.useQuery({ id: appointmentId });
  const doctor = trpc.doctors.byId.useQuery(
    { id: appointment.data?.doctorId ?? "" },
    { enabled: appointment.data !== undefined },
  );

  if (appointment.isPending) {
    return (
      <Center py="xl" role="status" aria-label="Loading the appointment">
        <Loader />
      </Center>
    );
  }

  const back = (
    <Anchor component={Link} to="/appointments" size="sm">
      ‹ Back to the list
    </Anchor>
  );

  if (appointment.isError) {
    const missing = ["NOT_FOUND", "BAD_REQUEST"].includes(errorCode(appointment.error) ?? "");
    return (
      <Stack gap="lg" maw={960}>
        {back}
        {missing ? (
          <Stack gap="xs">
            <Title order={1}>Appointment not found</Title>
            <Text c="dimmed">There is no appointment of yours at this address.</Text>
          </Stack>
        ) : (
          <QueryAlert
            title="Could not load the appointment"
            error={appointment.error}
            onRetry={() => void appointment.refetch()}
          />
        )}
      </Stack>
    );
  }

  const data = appointment.data;
  const changeable = isActiveAppointment(data.status) && data.startsAt.getTime() > Date.now();
  const note = changeable ? STATUS_NOTES[data.status] : undefined;

  return (
    <Stack gap="lg" maw={960}>
      {back}
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>Appointment with {doctorName(data.doctor)}</Title>
          <Text c="dimmed">{data.doctor.specialization}</Text>
        </div>
        <AppointmentStatusBadge status={data.status} size="lg" />
      </Group>
      {note && (
        <Alert color={data.status === "requested" ? "yellow" : "teal"} variant="light">
          {note}
        </Alert>
      )}
      <AppointmentDetails appointment={data} doctor={doctor.data} />
      {changeable && (
        <AppointmentActions
          key={data.id}
          appointment={data}
          doctor={doctor.data}
          doctorUnavailable={doctor.isError}
        />
      )}
    </Stack>
  );
}

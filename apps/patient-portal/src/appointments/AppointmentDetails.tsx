import { AppointmentTime, useMe } from "@healthcare/ui";
import { Anchor, DataList, Paper, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Doctor } from "../doctors/doctorFacts";
import { doctorName } from "../doctors/doctorFacts";
import { useViewerZone } from "../scheduling";
import type { Appointment } from "./appointmentTypes";

/** A moment in the patient's own zone, for the record's history ("Requested on ..."). */
const dateTime = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: "long", timeStyle: "short", timeZone }).format(instant);

/** Who cancelled, from the patient's point of view. */
function cancelledByText(userId: string | null, myId: string, doctor: Doctor | undefined): string {
  if (userId === myId) return "You";
  if (doctor && userId === doctor.userId) return doctorName(doctor);
  return "The clinic";
}

/** Everything recorded about one appointment. */
export function AppointmentDetails({
  appointment,
  doctor,
}: {
  appointment: Appointment;
  doctor: Doctor | undefined;
}) {
  const me = useMe();
  const viewerZone = useViewerZone();
  const facts: { label: string; value: ReactNode }[] = [
    {
      label: "When",
      value: (
        <AppointmentTime
          range={appointment}
          doctorZone={appointment.doctor.timeZone}
          viewerZone={viewerZone}
        />
      ),
    },
    {
      label: "Doctor",
      value: (
        <>
          <Anchor component={Link} to={`/doctors/${appointment.doctorId}`}>
            {doctorName(appointment.doctor)}
          </Anchor>
          <Text span c="dimmed">
            {" "}
            · {appointment.doctor.specialization}
          </Text>
        </>
      ),
    },
    { label: "Reason for the visit", value: appointment.reason },
    { label: "Doctor's notes", value: appointment.notes ?? <Text c="dimmed">None</Text> },
    { label: "Requested on", value: dateTime(appointment.createdAt, viewerZone) },
  ];
  if (appointment.confirmedAt)
    facts.push({ label: "Confirmed on", value: dateTime(appointment.confirmedAt, viewerZone) });
  if (appointment.status === "cancelled") {
    facts.push(
      { label: "Cancelled by", value: cancelledByText(appointment.cancelledBy, me.id, doctor) },
      ...(appointment.cancelledAt
        ? [{ label: "Cancelled on", value: dateTime(appointment.cancelledAt, viewerZone) }]
        : []),
      { label: "Cancellation reason", value: appointment.cancellationReason ?? "Not given" },
    );
  }
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "lg" }}
      radius="md"
      component="section"
      aria-label="Appointment details"
    >
      <DataList labelWidth="11rem" withDivider>
        {facts.map((fact) => (
          <DataList.Item key={fact.label}>
            <DataList.ItemLabel>{fact.label}</DataList.ItemLabel>
            <DataList.ItemValue>{fact.value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Paper>
  );
}

import { trpc, useMe } from "@healthcare/ui";
import { Anchor, Stack, Text } from "@mantine/core";
import { Link, useParams } from "react-router";
import { PracticeForm } from "../doctors/PracticeForm";
import { PageHeader } from "../layout/PageHeader";
import { QueryState } from "../layout/QueryState";
import { ScheduleEditor } from "../schedule/ScheduleEditor";
import { ScheduleSection } from "../schedule/ScheduleSection";

const isBookable = (doctor: { approvalState: string; archivedAt: Date | null }) =>
  doctor.approvalState === "approved" && doctor.archivedAt === null;

/** The signed-in doctor's own weekly schedule, time off and practice details. */
export function MySchedulePage() {
  const me = useMe();
  const doctor = trpc.doctors.byId.useQuery({ id: me.doctorId ?? "" }, { enabled: me.doctorId !== null });
  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader title="My schedule" description="When patients can book you, and when you are away." />
      {me.doctorId === null ? (
        <Text>This account has no doctor profile.</Text>
      ) : !doctor.data ? (
        <QueryState
          error={doctor.error}
          onRetry={() => void doctor.refetch()}
          label="Loading your schedule"
        />
      ) : (
        <>
          <ScheduleEditor doctorId={doctor.data.id} bookable={isBookable(doctor.data)} />
          <ScheduleSection title="My practice" description="What patients see about you: phone, fee and bio.">
            <PracticeForm doctor={doctor.data} />
          </ScheduleSection>
        </>
      )}
    </Stack>
  );
}

/** An administrator's view of one doctor's schedule (from the Doctors page). */
export function DoctorSchedulePage() {
  const { doctorId = "" } = useParams();
  const doctor = trpc.doctors.byId.useQuery({ id: doctorId });
  const name = doctor.data ? `Dr. ${doctor.data.firstName} ${doctor.data.lastName}` : "Doctor";
  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to="/doctors" size="sm">
        ← All doctors
      </Anchor>
      <PageHeader
        title={`Schedule of ${name}`}
        description={
          doctor.data ? `${doctor.data.specialization} · weekly hours, free slots and time off` : undefined
        }
      />
      {doctor.data ? (
        <ScheduleEditor doctorId={doctor.data.id} bookable={isBookable(doctor.data)} />
      ) : (
        <QueryState error={doctor.error} onRetry={() => void doctor.refetch()} label="Loading the schedule" />
      )}
    </Stack>
  );
}

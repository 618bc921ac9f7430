import { trpc } from "@healthcare/ui";
import { Stack } from "@mantine/core";
import { QueryState } from "../layout/QueryState";
import { zoneLabel } from "../time/formatTime";
import { ScheduleSection } from "./ScheduleSection";
import { SlotPreview } from "./SlotPreview";
import { TimeOffSection } from "./TimeOffSection";
import { WeeklyScheduleForm } from "./WeeklyScheduleForm";

/** A doctor's weekly hours, the free slots they give, and time off. */
export function ScheduleEditor({ doctorId, bookable }: { doctorId: string; bookable: boolean }) {
  const schedule = trpc.doctors.schedule.useQuery({ doctorId });
  if (!schedule.data) {
    return (
      <QueryState
        error={schedule.error}
        onRetry={() => void schedule.refetch()}
        label="Loading the schedule"
      />
    );
  }
  const { timeZone } = schedule.data;
  return (
    <Stack gap="lg">
      <ScheduleSection
        title="Weekly hours"
        description={`The blocks of each weekday when patients can book, on the clocks of ${zoneLabel(timeZone)}.`}
      >
        <WeeklyScheduleForm schedule={schedule.data} />
      </ScheduleSection>
      <SlotPreview key={timeZone} doctorId={doctorId} timeZone={timeZone} bookable={bookable} />
      <TimeOffSection schedule={schedule.data} />
    </Stack>
  );
}

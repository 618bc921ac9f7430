import { ProfilePage, trpc, useMe } from "@healthcare/ui";
import { Box, Stack } from "@mantine/core";
import { PracticeForm } from "../doctors/PracticeForm";
import { ScheduleSection } from "../schedule/ScheduleSection";

/** A doctor's practice details below the profile: phone, fee and bio. */
function PracticeSection({ doctorId }: { doctorId: string }) {
  const doctor = trpc.doctors.byId.useQuery({ id: doctorId });
  if (!doctor.data) return null;
  return (
    <ScheduleSection title="My practice" description="What patients see about you: phone, fee and bio.">
      <PracticeForm doctor={doctor.data} />
    </ScheduleSection>
  );
}

/** The account's profile; doctors also edit their practice details here. */
export function ConsoleProfilePage() {
  const me = useMe();
  return (
    <Stack gap="lg">
      <ProfilePage />
      {me.role === "doctor" && me.doctorId && (
        <Box maw={860}>
          <PracticeSection doctorId={me.doctorId} />
        </Box>
      )}
    </Stack>
  );
}

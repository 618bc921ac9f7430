import { errorCode, trpc } from "@healthcare/ui";
import { Anchor, Center, Grid, Loader, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { BookingSection } from "../booking/BookingSection";
import { doctorName } from "../doctors/doctorFacts";
import { DoctorProfile } from "../doctors/DoctorProfile";
import { QueryAlert } from "../QueryAlert";

/** A doctor's profile and free times, to book an appointment. */
export function DoctorPage() {
  const { doctorId = "" } = useParams();
  const doctor = trpc.doctors.byId.useQuery({ id: doctorId });

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/doctors" size="sm">
        ‹ All doctors
      </Anchor>
      {doctor.isPending ? (
        <Center py="xl" role="status" aria-label="Loading the doctor">
          <Loader />
        </Center>
      ) : doctor.isError ? (
        errorCode(doctor.error) === "NOT_FOUND" || errorCode(doctor.error) === "BAD_REQUEST" ? (
          <Stack gap="xs">
            <Title order={1}>Doctor not found</Title>
            <Text c="dimmed">
              This doctor is not available for booking. Choose another one from the list.
            </Text>
          </Stack>
        ) : (
          <QueryAlert
            title="Could not load the doctor"
            error={doctor.error}
            onRetry={() => void doctor.refetch()}
          />
        )
      ) : (
        <>
          <div>
            <Title order={1}>{doctorName(doctor.data)}</Title>
            <Text c="dimmed">{doctor.data.specialization}</Text>
          </div>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <DoctorProfile doctor={doctor.data} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <BookingSection doctor={doctor.data} />
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}

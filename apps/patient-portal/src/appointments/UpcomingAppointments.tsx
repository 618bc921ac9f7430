import { trpc } from "@healthcare/ui";
import { Anchor, Button, Group, Paper, Stack, Title } from "@mantine/core";
import { Link } from "react-router";
import { AppointmentList } from "./AppointmentList";

const SHOWN = 3;

/** The next few appointments on the home page, with the way to all of them. */
export function UpcomingAppointments() {
  const upcoming = trpc.appointments.upcoming.useQuery({ limit: SHOWN });
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "lg" }}
      radius="md"
      component="section"
      aria-labelledby="upcoming-appointments-heading"
    >
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id="upcoming-appointments-heading">
            Upcoming appointments
          </Title>
          <Anchor component={Link} to="/appointments" fw={600}>
            Show all
          </Anchor>
        </Group>
        <AppointmentList
          query={upcoming}
          label="Next appointments"
          empty="No upcoming appointments"
          emptyAction={
            <Button component={Link} to="/doctors" variant="light">
              Book an appointment
            </Button>
          }
        />
      </Stack>
    </Paper>
  );
}

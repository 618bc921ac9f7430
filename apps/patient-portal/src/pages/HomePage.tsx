import { AccountSummary, useMe } from "@healthcare/ui";
import { Stack, Text, Title } from "@mantine/core";
import { UpcomingAppointments } from "../appointments/UpcomingAppointments";

/** The patient's start page: a welcome, the next appointments and the account at a glance. */
export function HomePage() {
  const me = useMe();
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1}>Welcome, {me.firstName}</Title>
        <Text c="dimmed">
          Book and manage your appointments and keep your details with the clinic up to date.
        </Text>
      </div>
      <UpcomingAppointments />
      <AccountSummary />
    </Stack>
  );
}

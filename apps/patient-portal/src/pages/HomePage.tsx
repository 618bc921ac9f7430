import { AccountSummary, useMe } from "@healthcare/ui";
import { Stack, Text, Title } from "@mantine/core";

/** The patient's start page: a welcome and the account at a glance. */
export function HomePage() {
  const me = useMe();
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1}>Welcome, {me.firstName}</Title>
        <Text c="dimmed">Your patient portal keeps your details with the clinic up to date.</Text>
      </div>
      <AccountSummary />
    </Stack>
  );
}

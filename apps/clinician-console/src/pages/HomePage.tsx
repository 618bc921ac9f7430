import { AccountSummary, useMe } from "@healthcare/ui";
import { Stack, Text, Title } from "@mantine/core";

/** The clinician's start page: a welcome and the account at a glance. */
export function HomePage() {
  const me = useMe();
  const intro =
    me.role === "admin"
      ? "You are signed in to the clinician console as an administrator."
      : "You are signed in to the clinician console.";
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1}>Welcome, {me.firstName}</Title>
        <Text c="dimmed">{intro}</Text>
      </div>
      <AccountSummary />
    </Stack>
  );
}

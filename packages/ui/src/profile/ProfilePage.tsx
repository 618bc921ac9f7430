import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { EmailPreferencesForm } from "../notifications/EmailPreferencesForm";
import { useMe } from "../session/useSession";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { ProfileForm } from "./ProfileForm";

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md" component="section" aria-label={title}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

/** The signed-in account's own profile: details to edit, email notifications and a password change. */
export function ProfilePage() {
  const me = useMe();
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1}>Your profile</Title>
        <Text c="dimmed">Signed in as {me.email}</Text>
      </div>
      <Section title="Personal details" description="How the clinic knows you and reaches you.">
        <ProfileForm />
      </Section>
      <Section
        title="Email notifications"
        description="In-app notifications are always on. Choose which of them we also send you by email."
      >
        <EmailPreferencesForm />
      </Section>
      <Section title="Password" description="Changing it signs you out on every other device.">
        <ChangePasswordForm />
      </Section>
    </Stack>
  );
}

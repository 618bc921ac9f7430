import { CenteredCard } from "@healthcare/ui";
import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { APP_NAME } from "../appName";
import { DoctorRegistrationForm } from "../registration/DoctorRegistrationForm";

/** Doctor registration; the account waits for an administrator's approval. */
export function RegisterPage() {
  return (
    <CenteredCard appName={APP_NAME} title="Register as a doctor">
      <Text c="dimmed" size="sm">
        An administrator reviews every doctor registration before the account can use the console.
      </Text>
      <DoctorRegistrationForm />
      <Text size="sm" ta="center">
        Already registered?{" "}
        <Anchor component={Link} to="/sign-in" fw={600}>
          Sign in
        </Anchor>
      </Text>
    </CenteredCard>
  );
}

import { CenteredCard } from "@healthcare/ui";
import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { APP_NAME } from "../appName";
import { PatientRegistrationForm } from "../registration/PatientRegistrationForm";

/** Patient self-registration. */
export function RegisterPage() {
  return (
    <CenteredCard appName={APP_NAME} title="Create your account">
      <Text c="dimmed" size="sm">
        Register as a patient to see and manage your details with the clinic.
      </Text>
      <PatientRegistrationForm />
      <Text size="sm" ta="center">
        Already have an account?{" "}
        <Anchor component={Link} to="/sign-in" fw={600}>
          Sign in
        </Anchor>
      </Text>
    </CenteredCard>
  );
}

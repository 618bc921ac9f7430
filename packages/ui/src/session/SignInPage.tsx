import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { CenteredCard } from "../layout/CenteredCard";
import { SignInForm } from "./SignInForm";

/** The sign-in page, with the way to registration. */
export function SignInPage({
  appName,
  registerPrompt = "New here?",
}: {
  appName: string;
  registerPrompt?: string;
}) {
  return (
    <CenteredCard appName={appName} title="Sign in">
      <SignInForm />
      <Text size="sm" ta="center">
        {registerPrompt}{" "}
        <Anchor component={Link} to="/register" fw={600}>
          Create an account
        </Anchor>
      </Text>
    </CenteredCard>
  );
}

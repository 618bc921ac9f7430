import { Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { loginInput } from "@healthcare/validators";
import type { LoginInput } from "@healthcare/validators";
import { useState } from "react";
import { applyServerErrors } from "../forms/applyServerErrors";
import { FormErrorAlert } from "../forms/FormErrorAlert";
import { formValidator } from "../forms/formValidator";
import { PasswordField } from "../forms/PasswordField";
import { useSignIn } from "./sessionMutations";

/**
 * Email and password; on success the session switches to the signed-in account
 * (`RedirectIfSignedIn` then moves on).
 */
export function SignInForm() {
  const signIn = useSignIn();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<LoginInput>({
    initialValues: { email: "", password: "" },
    validate: formValidator(loginInput),
  });

  const submit = form.onSubmit((values) => {
    setFailure(null);
    signIn.mutate(values, { onError: (error) => setFailure(applyServerErrors(form, error)) });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert title="Could not sign in" message={failure} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps("email")}
        />
        <PasswordField
          label="Password"
          autoComplete="current-password"
          required
          {...form.getInputProps("password")}
        />
        <Button type="submit" loading={signIn.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}

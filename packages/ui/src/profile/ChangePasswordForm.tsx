import { Button, Group, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { changePasswordInput, PASSWORD_MIN_LENGTH } from "@healthcare/validators";
import type { ChangePasswordInput } from "@healthcare/validators";
import { useState } from "react";
import { trpc } from "../api/trpc";
import { applyServerErrors } from "../forms/applyServerErrors";
import { FormErrorAlert } from "../forms/FormErrorAlert";
import { formValidator } from "../forms/formValidator";
import { PasswordField } from "../forms/PasswordField";

/** Changes the password; the server ends every other session of the account. */
export function ChangePasswordForm() {
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ChangePasswordInput>({
    initialValues: { currentPassword: "", newPassword: "" },
    validate: formValidator(changePasswordInput),
  });
  const change = trpc.auth.changePassword.useMutation({
    onSuccess: () => {
      form.reset();
      notifications.show({
        color: "teal",
        title: "Password changed",
        message: "You were signed out everywhere else.",
      });
    },
    onError: (error) => setFailure(applyServerErrors(form, error)),
  });

  const submit = form.onSubmit((values) => {
    setFailure(null);
    change.mutate(values);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={420}>
        <FormErrorAlert title="Could not change your password" message={failure} />
        <PasswordField
          label="Current password"
          autoComplete="current-password"
          required
          {...form.getInputProps("currentPassword")}
        />
        <PasswordField
          label="New password"
          description={`At least ${PASSWORD_MIN_LENGTH} characters`}
          autoComplete="new-password"
          required
          {...form.getInputProps("newPassword")}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

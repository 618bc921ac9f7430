import {
  applyServerErrors,
  browserTimeZone,
  FormErrorAlert,
  formValidator,
  NewAccountFields,
  useRegister,
} from "@healthcare/ui";
import { registerInput } from "@healthcare/validators";
import type { RegisterInput } from "@healthcare/validators";
import { Button, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { doctorRegistrationInput, EMPTY_DOCTOR_REGISTRATION } from "./doctorRegistration";
import type { DoctorRegistrationValues } from "./doctorRegistration";

/** Registers a doctor; the new account is signed in and sees that it awaits approval. */
export function DoctorRegistrationForm() {
  const register = useRegister();
  const [failure, setFailure] = useState<string | null>(null);
  const toInput = (values: DoctorRegistrationValues) => doctorRegistrationInput(values, browserTimeZone());
  const form = useForm<DoctorRegistrationValues, RegisterInput>({
    initialValues: EMPTY_DOCTOR_REGISTRATION,
    validate: formValidator(registerInput, toInput),
    transformValues: toInput,
  });

  const submit = form.onSubmit((input) => {
    setFailure(null);
    register.mutate(input, { onError: (error) => setFailure(applyServerErrors(form, error)) });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert title="Could not register" message={failure} />
        <NewAccountFields getInputProps={form.getInputProps} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label="Specialization"
            placeholder="e.g. Cardiology"
            required
            {...form.getInputProps("specialization")}
          />
          <TextInput label="License number" required {...form.getInputProps("licenseNumber")} />
        </SimpleGrid>
        <Button type="submit" loading={register.isPending} fullWidth>
          Create account
        </Button>
      </Stack>
    </form>
  );
}

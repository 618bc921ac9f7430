import {
  applyServerErrors,
  browserTimeZone,
  DateOfBirthField,
  FormErrorAlert,
  formValidator,
  NewAccountFields,
  useRegister,
} from "@healthcare/ui";
import { registerInput } from "@healthcare/validators";
import type { RegisterInput } from "@healthcare/validators";
import { Button, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { EMPTY_PATIENT_REGISTRATION, patientRegistrationInput } from "./patientRegistration";
import type { PatientRegistrationValues } from "./patientRegistration";

/** Registers a patient; the new account is signed in and the portal opens. */
export function PatientRegistrationForm() {
  const register = useRegister();
  const [failure, setFailure] = useState<string | null>(null);
  const toInput = (values: PatientRegistrationValues) => patientRegistrationInput(values, browserTimeZone());
  const form = useForm<PatientRegistrationValues, RegisterInput>({
    initialValues: EMPTY_PATIENT_REGISTRATION,
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
        <FormErrorAlert title="Could not create your account" message={failure} />
        <NewAccountFields getInputProps={form.getInputProps} />
        <DateOfBirthField description="Optional" {...form.getInputProps("dateOfBirth")} />
        <Button type="submit" loading={register.isPending} fullWidth>
          Create account
        </Button>
      </Stack>
    </form>
  );
}

import { applyServerErrors, FormErrorAlert, formValidator, trpc } from "@healthcare/ui";
import { updateDoctorInput } from "@healthcare/validators";
import type { UpdateDoctorInput } from "@healthcare/validators";
import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { FeeFields } from "./CurrencyFields";
import { practiceFormValues, practiceInput, withFeeField } from "./doctorForm";
import type { Doctor, PracticeFormValues } from "./doctorForm";

/** A doctor edits their own practice details: phone, consultation fee and bio (`doctors.update`). */
export function PracticeForm({ doctor }: { doctor: Doctor }) {
  const utils = trpc.useUtils();
  const [failure, setFailure] = useState<string | null>(null);
  const toInput = (values: PracticeFormValues) => practiceInput(values, doctor.id);
  const form = useForm<PracticeFormValues, UpdateDoctorInput>({
    initialValues: practiceFormValues(doctor),
    validate: withFeeField(formValidator(updateDoctorInput, toInput)),
    transformValues: toInput,
  });
  const save = trpc.doctors.update.useMutation({
    onSuccess: (updated) => {
      utils.doctors.byId.setData({ id: updated.id }, updated);
      const values = practiceFormValues(updated);
      form.setInitialValues(values);
      form.setValues(values);
      notifications.show({ color: "teal", message: "Practice details saved" });
    },
    onError: (error) => setFailure(applyServerErrors(form, error)),
  });
  const submit = form.onSubmit((input) => {
    setFailure(null);
    save.mutate(input);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert title="Could not save your practice details" message={failure} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Practice phone" type="tel" {...form.getInputProps("phone")} />
          <FeeFields
            currency={form.values.currency}
            feeProps={form.getInputProps("fee")}
            currencyProps={form.getInputProps("currency")}
          />
        </SimpleGrid>
        <Textarea
          label="Bio"
          description="What patients read about you when they book"
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps("bio")}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save practice details
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

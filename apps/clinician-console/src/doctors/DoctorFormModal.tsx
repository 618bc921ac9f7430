import { applyServerErrors, FormErrorAlert, formValidator, PasswordField, trpc } from "@healthcare/ui";
import { createDoctorInput, PASSWORD_MIN_LENGTH, updateDoctorInput } from "@healthcare/validators";
import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { TimeZoneSelect } from "../pickers/TimeZoneSelect";
import { FeeFields } from "./CurrencyFields";
import {
  createDoctorFormInput,
  doctorFormValues,
  emptyDoctorForm,
  updateDoctorFormInput,
  withFeeField,
} from "./doctorForm";
import type { Doctor, DoctorFormValues } from "./doctorForm";

/** The form inside the modal: a new doctor when `doctor` is null, else an edit of that doctor. */
function DoctorForm({ doctor, onDone }: { doctor: Doctor | null; onDone: () => void }) {
  const utils = trpc.useUtils();
  const [failure, setFailure] = useState<string | null>(null);
  const isNew = doctor === null;
  const form = useForm<DoctorFormValues>({
    initialValues: doctor
      ? doctorFormValues(doctor)
      : emptyDoctorForm(Intl.DateTimeFormat().resolvedOptions().timeZone),
    validate: withFeeField(
      doctor
        ? formValidator(updateDoctorInput, (values: DoctorFormValues) =>
            updateDoctorFormInput(values, doctor.id),
          )
        : formValidator(createDoctorInput, createDoctorFormInput),
    ),
  });

  const done = async (saved: Doctor, message: string) => {
    notifications.show({ color: "teal", message });
    utils.doctors.byId.setData({ id: saved.id }, saved);
    await utils.doctors.list.invalidate();
    onDone();
  };
  const onError = (error: unknown) => setFailure(applyServerErrors(form, error));
  const create = trpc.doctors.create.useMutation({
    onSuccess: (saved) => done(saved, `Dr. ${saved.firstName} ${saved.lastName} added`),
    onError,
  });
  const update = trpc.doctors.update.useMutation({
    onSuccess: (saved) => done(saved, `Dr. ${saved.firstName} ${saved.lastName} saved`),
    onError,
  });

  const submit = form.onSubmit((values) => {
    setFailure(null);
    if (doctor) update.mutate(updateDoctorFormInput(values, doctor.id));
    else create.mutate(createDoctorFormInput(values));
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert title={isNew ? "Could not add the doctor" : "Could not save"} message={failure} />
        {isNew && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Email"
              type="email"
              autoComplete="off"
              required
              {...form.getInputProps("email")}
            />
            <PasswordField
              label="Password"
              description={`At least ${PASSWORD_MIN_LENGTH} characters`}
              autoComplete="new-password"
              required
              {...form.getInputProps("password")}
            />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="First name" required {...form.getInputProps("firstName")} />
          <TextInput label="Last name" required {...form.getInputProps("lastName")} />
          <TextInput label="Specialization" required {...form.getInputProps("specialization")} />
          <TextInput label="License number" required {...form.getInputProps("licenseNumber")} />
          <TextInput label="Phone" type="tel" description="Optional" {...form.getInputProps("phone")} />
          <NumberInput
            label="Years of experience"
            description="Optional"
            min={0}
            max={80}
            allowDecimal={false}
            {...form.getInputProps("yearsOfExperience")}
          />
          <FeeFields
            currency={form.values.currency}
            feeProps={form.getInputProps("fee")}
            currencyProps={form.getInputProps("currency")}
          />
        </SimpleGrid>
        <TimeZoneSelect
          description="The doctor's schedule and calendar follow this zone"
          {...form.getInputProps("timeZone")}
        />
        <Textarea
          label="Bio"
          description="Optional"
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps("bio")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Close
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {isNew ? "Add doctor" : "Save doctor"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Adds a doctor (approved and active at once) or edits one; administrators only. */
export function DoctorFormModal({
  opened,
  doctor,
  onClose,
}: {
  opened: boolean;
  /** The doctor to edit; null to add a new one. */
  doctor: Doctor | null;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={doctor ? `Edit Dr. ${doctor.firstName} ${doctor.lastName}` : "Add a doctor"}
    >
      {opened && <DoctorForm key={doctor?.id ?? "new"} doctor={doctor} onDone={onClose} />}
    </Modal>
  );
}

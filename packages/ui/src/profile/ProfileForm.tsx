import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { updateProfileInput } from "@healthcare/validators";
import type { UpdateProfileInput } from "@healthcare/validators";
import { useMemo, useState } from "react";
import { trpc } from "../api/trpc";
import { applyServerErrors } from "../forms/applyServerErrors";
import { DateOfBirthField } from "../forms/DateOfBirthField";
import { FormErrorAlert } from "../forms/FormErrorAlert";
import { formValidator } from "../forms/formValidator";
import { timeZoneOptions } from "../format/timeZones";
import { useMe } from "../session/useSession";
import { GENDER_LABELS } from "./labels";
import { profileFormValues, profileUpdateInput } from "./profileValues";
import type { ProfileFormValues } from "./profileValues";

const GENDER_OPTIONS = [
  { value: "", label: "Not specified" },
  ...Object.entries(GENDER_LABELS).map(([value, label]) => ({ value, label })),
];

/** Edits the signed-in account's own details (and, for patients, the patient profile). */
export function ProfileForm() {
  const me = useMe();
  const utils = trpc.useUtils();
  const [failure, setFailure] = useState<string | null>(null);
  const isPatient = me.role === "patient";
  const toInput = (values: ProfileFormValues) => profileUpdateInput(values, me.role);
  const form = useForm<ProfileFormValues, UpdateProfileInput>({
    initialValues: profileFormValues(me),
    validate: formValidator(updateProfileInput, toInput),
    transformValues: toInput,
  });
  const zones = useMemo(() => timeZoneOptions(form.values.timeZone), [form.values.timeZone]);

  const save = trpc.auth.updateProfile.useMutation({
    onSuccess: (updated) => {
      utils.auth.me.setData(undefined, updated);
      const saved = profileFormValues(updated);
      form.setInitialValues(saved);
      form.setValues(saved);
      notifications.show({ color: "teal", message: "Profile saved" });
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
        <FormErrorAlert title="Could not save your profile" message={failure} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="First name"
            autoComplete="given-name"
            required
            {...form.getInputProps("firstName")}
          />
          <TextInput
            label="Last name"
            autoComplete="family-name"
            required
            {...form.getInputProps("lastName")}
          />
          <TextInput label="Phone" type="tel" autoComplete="tel" {...form.getInputProps("phone")} />
          <NativeSelect
            label="Time zone"
            description="Appointment times are shown in this zone"
            data={zones}
            {...form.getInputProps("timeZone")}
          />
          {isPatient && (
            <>
              <DateOfBirthField {...form.getInputProps("dateOfBirth")} />
              <NativeSelect label="Gender" data={GENDER_OPTIONS} {...form.getInputProps("gender")} />
            </>
          )}
        </SimpleGrid>
        {isPatient && (
          <Textarea
            label="Address"
            autoComplete="street-address"
            autosize
            minRows={2}
            {...form.getInputProps("address")}
          />
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

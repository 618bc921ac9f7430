import { applyServerErrors, FormErrorAlert, formValidator, trpc } from "@healthcare/ui";
import { breakGlassInput } from "@healthcare/validators";
import { Alert, Button, Group, Modal, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";

/** Asks why, then opens a patient's records for one hour (audited; the patient is told). */
export function BreakGlassModal({
  patientId,
  opened,
  onClose,
  onGranted,
}: {
  patientId: string;
  opened: boolean;
  onClose: () => void;
  onGranted: (expiresAt: Date) => void;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { reason: "" },
    validate: formValidator(breakGlassInput, (values: { reason: string }) => ({ patientId, ...values })),
  });
  const breakGlass = trpc.careTeam.breakGlass.useMutation({
    onSuccess: (grant) => {
      form.reset();
      onGranted(new Date(grant.expiresAt));
    },
    onError: (error) => setFailure(applyServerErrors(form, error)),
  });
  return (
    <Modal opened={opened} onClose={onClose} title="Emergency access" size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          breakGlass.mutate({ patientId, reason: values.reason });
        })}
      >
        <Stack gap="md">
          <Alert color="orange" variant="light" title="This access is logged">
            Emergency access is recorded in the audit log with your reason, and the patient is told that you
            opened their records. Use it only when the patient&apos;s care needs it now.
          </Alert>
          <FormErrorAlert title="Could not open the records" message={failure} />
          <Textarea
            label="Reason for emergency access"
            description="At least 10 characters"
            required
            autosize
            minRows={3}
            data-autofocus
            {...form.getInputProps("reason")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="orange" loading={breakGlass.isPending}>
              Open records for 1 hour
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

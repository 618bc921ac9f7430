import { applyServerErrors, errorMessage, FormErrorAlert, trpc } from "@healthcare/ui";
import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { formatDateTimeRange, zoneLabel } from "../time/formatTime";
import type { Schedule } from "./scheduleForm";
import { ScheduleSection } from "./ScheduleSection";
import { EMPTY_TIME_OFF, timeOffFormErrors, timeOffInput } from "./timeOffForm";
import type { TimeOffFormValues } from "./timeOffForm";

type TimeOff = Schedule["timeOff"][number];

/** One upcoming range of time off, with the way to remove it. */
function TimeOffItem({
  doctorId,
  timeOff,
  timeZone,
}: {
  doctorId: string;
  timeOff: TimeOff;
  timeZone: string;
}) {
  const utils = trpc.useUtils();
  const remove = trpc.doctors.removeTimeOff.useMutation({
    onSuccess: async () => {
      notifications.show({ color: "teal", message: "Time off removed" });
      await Promise.all([
        utils.doctors.schedule.invalidate({ doctorId }),
        utils.doctors.availableSlots.invalidate({ doctorId }),
      ]);
    },
    onError: (error) =>
      notifications.show({ color: "red", title: "Could not remove", message: errorMessage(error) }),
  });
  const span = formatDateTimeRange(timeOff.startsAt, timeOff.endsAt, timeZone);
  return (
    <Paper component="li" withBorder p="sm" radius="md" aria-label={span}>
      <Group justify="space-between" wrap="nowrap" gap="md">
        <div>
          <Text fw={600} size="sm">
            {span}
          </Text>
          {timeOff.reason && (
            <Text size="sm" c="dimmed">
              {timeOff.reason}
            </Text>
          )}
        </div>
        <Button
          variant="subtle"
          color="red"
          size="xs"
          loading={remove.isPending}
          onClick={() => remove.mutate({ doctorId, timeOffId: timeOff.id })}
        >
          Remove
        </Button>
      </Group>
    </Paper>
  );
}

/** Adds a range of time off; the times are the doctor's wall-clock times. */
function AddTimeOffForm({ doctorId, timeZone }: { doctorId: string; timeZone: string }) {
  const utils = trpc.useUtils();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<TimeOffFormValues>({
    initialValues: EMPTY_TIME_OFF,
    validate: (values) => timeOffFormErrors(values, timeZone),
  });
  const add = trpc.doctors.addTimeOff.useMutation({
    onSuccess: async () => {
      form.reset();
      notifications.show({ color: "teal", message: "Time off added" });
      await Promise.all([
        utils.doctors.schedule.invalidate({ doctorId }),
        utils.doctors.availableSlots.invalidate({ doctorId }),
      ]);
    },
    onError: (error) => setFailure(applyServerErrors(form, error)),
  });
  const submit = form.onSubmit((values) => {
    setFailure(null);
    const input = timeOffInput(values, doctorId, timeZone);
    if (input) add.mutate(input);
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Add time off">
      <Stack gap="sm">
        <FormErrorAlert title="Could not add the time off" message={failure} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Starts" type="datetime-local" required {...form.getInputProps("startsAt")} />
          <TextInput label="Ends" type="datetime-local" required {...form.getInputProps("endsAt")} />
          <TextInput label="Reason" description="Optional" {...form.getInputProps("reason")} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={add.isPending}>
            Add time off
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Upcoming time off of a doctor, and a form to add more. */
export function TimeOffSection({ schedule }: { schedule: Schedule }) {
  const { doctorId, timeZone, timeOff } = schedule;
  return (
    <ScheduleSection
      title="Time off"
      description={`Dates and times on the doctor's clocks: ${zoneLabel(timeZone)}. Appointments already booked then stay booked: cancel or move them from the calendar.`}
    >
      {timeOff.length === 0 ? (
        <Text size="sm" c="dimmed">
          No upcoming time off.
        </Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          m={0}
          p={0}
          aria-label="Upcoming time off"
          style={{ listStyle: "none" }}
        >
          {timeOff.map((item) => (
            <TimeOffItem key={item.id} doctorId={doctorId} timeOff={item} timeZone={timeZone} />
          ))}
        </Stack>
      )}
      <AddTimeOffForm key={timeZone} doctorId={doctorId} timeZone={timeZone} />
    </ScheduleSection>
  );
}

import { applyServerErrors, FormErrorAlert, trpc } from "@healthcare/ui";
import { ActionIcon, Button, Group, NumberInput, SimpleGrid, Stack, Switch, Text } from "@mantine/core";
import { TimeInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import type { UseFormReturnType } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { TimeZoneSelect } from "../pickers/TimeZoneSelect";
import { nextBlock, scheduleFormErrors, scheduleFormValues, scheduleInput, WEEKDAYS } from "./scheduleForm";
import type { Schedule, ScheduleFormValues } from "./scheduleForm";

type ScheduleForm = UseFormReturnType<ScheduleFormValues>;

/** One weekday: its blocks (start, end, available), with adding and removing blocks. */
function DayRow({ form, dayIndex }: { form: ScheduleForm; dayIndex: number }) {
  const { name } = WEEKDAYS[dayIndex]!;
  const blocks = form.values.days[dayIndex]!.blocks;
  const path = `days.${dayIndex}.blocks` as const;
  return (
    <Group
      component="li"
      align="flex-start"
      gap="md"
      py="sm"
      wrap="wrap"
      aria-label={name}
      style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}
    >
      <Text fw={600} w={110} pt={6}>
        {name}
      </Text>
      <Stack gap="xs" style={{ flex: "1 1 360px" }}>
        {blocks.length === 0 && (
          <Text size="sm" c="dimmed" pt={6}>
            Not working
          </Text>
        )}
        {blocks.map((_, blockIndex) => {
          const label = `${name} block ${blockIndex + 1}`;
          return (
            <Group key={blockIndex} gap="xs" align="flex-start" wrap="wrap">
              <TimeInput
                aria-label={`${label} start`}
                w={116}
                {...form.getInputProps(`${path}.${blockIndex}.startTime`)}
              />
              <Text pt={6} aria-hidden>
                –
              </Text>
              <TimeInput
                aria-label={`${label} end`}
                w={116}
                {...form.getInputProps(`${path}.${blockIndex}.endTime`)}
              />
              <Switch
                label="Available"
                aria-label={`${label} available`}
                pt={8}
                {...form.getInputProps(`${path}.${blockIndex}.isAvailable`, { type: "checkbox" })}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={4}
                aria-label={`Remove ${label}`}
                title="Remove this block"
                onClick={() => form.removeListItem(path, blockIndex)}
              >
                <span aria-hidden>✕</span>
              </ActionIcon>
            </Group>
          );
        })}
      </Stack>
      <Button
        variant="light"
        size="xs"
        mt={4}
        aria-label={`Add block on ${name}`}
        onClick={() => form.insertListItem(path, nextBlock(blocks))}
      >
        Add block
      </Button>
    </Group>
  );
}

/**
 * Edits a doctor's weekly hours: time zone, slot length, notice and booking window, and the
 * blocks of each weekday. Saving replaces every rule at once (`doctors.setSchedule`).
 */
export function WeeklyScheduleForm({ schedule }: { schedule: Schedule }) {
  const utils = trpc.useUtils();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ScheduleFormValues>({
    initialValues: scheduleFormValues(schedule),
    validate: scheduleFormErrors,
  });

  const save = trpc.doctors.setSchedule.useMutation({
    onSuccess: async (saved) => {
      utils.doctors.schedule.setData({ doctorId: saved.doctorId }, saved);
      const values = scheduleFormValues(saved);
      form.setInitialValues(values);
      form.setValues(values);
      notifications.show({ color: "teal", message: "Schedule saved" });
      await Promise.all([
        utils.doctors.availableSlots.invalidate({ doctorId: saved.doctorId }),
        utils.doctors.byId.invalidate({ id: saved.doctorId }),
      ]);
    },
    onError: (error) => setFailure(applyServerErrors(form, error)),
  });

  const submit = form.onSubmit((values) => {
    setFailure(null);
    save.mutate(scheduleInput(values, schedule.doctorId));
  });
  const dirty = form.isDirty();

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert title="Could not save the schedule" message={failure} />
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <TimeZoneSelect description="The blocks follow its clocks" {...form.getInputProps("timeZone")} />
          <NumberInput
            label="Slot length (minutes)"
            description="One appointment"
            min={5}
            max={240}
            step={5}
            allowDecimal={false}
            required
            withAsterisk={false}
            {...form.getInputProps("slotMinutes")}
          />
          <NumberInput
            label="Minimum notice (hours)"
            description="Booking closes this long before"
            min={0}
            max={336}
            step={0.5}
            decimalScale={2}
            {...form.getInputProps("minNoticeHours")}
          />
          <NumberInput
            label="Booking window (days)"
            description="How far ahead one can book"
            min={1}
            max={730}
            allowDecimal={false}
            {...form.getInputProps("bookingWindowDays")}
          />
        </SimpleGrid>
        {typeof form.errors.days === "string" && (
          <Text c="red.9" size="sm" role="alert">
            {form.errors.days}
          </Text>
        )}
        <Stack component="ul" gap={0} m={0} p={0} aria-label="Weekly hours" style={{ listStyle: "none" }}>
          {WEEKDAYS.map((day, dayIndex) => (
            <DayRow key={day.dayOfWeek} form={form} dayIndex={dayIndex} />
          ))}
        </Stack>
        <Text size="sm" c="dimmed">
          Switch a block off to keep it without offering its slots. Blocks of one day must not overlap.
        </Text>
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save schedule
          </Button>
          {dirty && (
            <>
              <Button variant="default" onClick={() => form.reset()}>
                Discard changes
              </Button>
              <Text size="sm" c="dimmed" role="status">
                Unsaved changes: the preview shows the saved schedule until you save.
              </Text>
            </>
          )}
        </Group>
      </Stack>
    </form>
  );
}

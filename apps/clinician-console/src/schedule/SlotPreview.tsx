import { trpc } from "@healthcare/ui";
import { Badge, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { QueryState } from "../layout/QueryState";
import { formatDayHeading, formatTime } from "../time/formatTime";
import { dayRange, todayIn, addDays } from "../time/zonedTime";
import { ScheduleSection } from "./ScheduleSection";
import { datesFrom, slotsByDay } from "./slotDays";

const PREVIEW_DAYS = 7;

/**
 * The free slots that the saved schedule gives over the next seven days (today included), after
 * time off, existing appointments, minimum notice and booking window: what patients can book.
 */
export function SlotPreview({
  doctorId,
  timeZone,
  bookable,
}: {
  doctorId: string;
  timeZone: string;
  bookable: boolean;
}) {
  // The range is fixed when the page opens, so that refreshing after a save asks the same question.
  const [range] = useState(() => {
    const today = todayIn(timeZone);
    return { today, from: new Date(), to: dayRange(addDays(today, PREVIEW_DAYS), timeZone).from };
  });
  const slots = trpc.doctors.availableSlots.useQuery({ doctorId, from: range.from, to: range.to });
  const zone = slots.data?.timeZone ?? timeZone;
  const days = slots.data
    ? slotsByDay(slots.data.slots, datesFrom(todayIn(zone, range.from), PREVIEW_DAYS), zone)
    : [];
  const total = slots.data?.slots.length ?? 0;

  return (
    <ScheduleSection
      title="Free slots for the next 7 days (saved schedule)"
      description={
        slots.data
          ? `${total} free ${total === 1 ? "slot" : "slots"} of ${slots.data.slotMinutes} minutes, times in ${zone}. Booked appointments, time off and the minimum notice are left out.`
          : "What patients can book, from the saved schedule."
      }
    >
      {!bookable && (
        <Text size="sm" c="dimmed">
          This doctor cannot be booked now (not approved, or archived), so no slots are offered.
        </Text>
      )}
      {!slots.data ? (
        <QueryState error={slots.error} onRetry={() => void slots.refetch()} label="Loading free slots" />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" aria-live="polite">
          {days.map((day) => (
            <Stack key={day.date} gap={6} component="section" aria-label={formatDayHeading(day.date)}>
              <Text fw={600} size="sm">
                {formatDayHeading(day.date)}
              </Text>
              {day.slots.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No free slots
                </Text>
              ) : (
                <Group gap={4}>
                  {day.slots.map((slot) => (
                    <Badge key={slot.startsAt.getTime()} variant="light" radius="sm" tt="none" fw={500}>
                      {formatTime(slot.startsAt, zone)}
                    </Badge>
                  ))}
                </Group>
              )}
            </Stack>
          ))}
        </SimpleGrid>
      )}
    </ScheduleSection>
  );
}

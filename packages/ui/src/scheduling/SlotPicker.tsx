import { Alert, Button, Center, Loader, Stack, Text, Title } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { errorMessage } from "../api/errors";
import { trpc } from "../api/trpc";
import type { RouterOutputs } from "../api/trpc";
import { SlotButtons } from "./SlotButtons";
import { formatDay, zoneNote } from "./timeLabels";
import { WeekStrip } from "./WeekStrip";
import { addDays, buildWeek, calendarDayIn, groupByDay } from "./zonedTime";
import type { CalendarDay } from "./zonedTime";

/** A free slot as `doctors.availableSlots` returns it. */
export type FreeSlot = RouterOutputs["doctors"]["availableSlots"]["slots"][number];

/**
 * A doctor's free slots, seven days at a time from today (one `doctors.availableSlots` call per
 * week), on the doctor's calendar days and clock, with the viewer's own time beside it where it
 * differs. Until a week with free times is found, or the viewer moves between weeks, an empty
 * week moves on to the next by itself.
 */
export function SlotPicker({
  doctorId,
  doctorZone,
  viewerZone,
  bookingWindowDays,
  onPick,
  notice,
  disabled = false,
}: {
  doctorId: string;
  /** The doctor's time zone: days and times are the doctor's. */
  doctorZone: string;
  /** The viewer's own time zone, shown beside the doctor's where the clocks differ. */
  viewerZone: string;
  /** How far ahead the doctor can be booked; the strip stops there. */
  bookingWindowDays: number;
  onPick: (slot: FreeSlot) => void;
  /** A message above the days, such as "that time was just taken". */
  notice?: ReactNode;
  disabled?: boolean;
}) {
  const today = useMemo(() => calendarDayIn(new Date(), doctorZone), [doctorZone]);
  const lastDay = addDays(today, bookingWindowDays);
  const [weekStart, setWeekStart] = useState(today);
  const [chosenDay, setChosenDay] = useState<CalendarDay | null>(null);
  const [seeking, setSeeking] = useState(true);

  const week = useMemo(() => buildWeek(weekStart, doctorZone), [weekStart, doctorZone]);
  const range = useMemo(
    () => ({ doctorId, from: week[0]!.startsAt, to: week[week.length - 1]!.endsAt }),
    [doctorId, week],
  );
  const slots = trpc.doctors.availableSlots.useQuery(range);
  const byDay = useMemo(() => groupByDay(slots.data?.slots ?? [], doctorZone), [slots.data, doctorZone]);

  const days = week.map(({ day }) => ({ day, freeCount: slots.data ? (byDay.get(day)?.length ?? 0) : null }));
  const firstFreeDay = days.find((d) => (d.freeCount ?? 0) > 0)?.day ?? null;
  // The chosen day while it still has free times; otherwise the week's first day that has some.
  const selectedDay = chosenDay && byDay.has(chosenDay) ? chosenDay : firstFreeDay;
  const canGoForward = addDays(weekStart, 7) <= lastDay;
  const weekIsEmpty = slots.data !== undefined && slots.data.slots.length === 0;

  // Looks ahead, week by week, for the first free time; stops once found or when the viewer navigates.
  useEffect(() => {
    if (!seeking || slots.data === undefined) return;
    if (weekIsEmpty && canGoForward) setWeekStart((start) => addDays(start, 7));
    else setSeeking(false);
  }, [seeking, slots.data, weekIsEmpty, canGoForward]);

  const goToWeek = (start: CalendarDay) => {
    setSeeking(false);
    setWeekStart(start);
    setChosenDay(null);
  };

  return (
    <Stack gap="md">
      <Text size="sm">{zoneNote(doctorZone, viewerZone)}</Text>
      {notice}
      <WeekStrip
        days={days}
        selectedDay={selectedDay}
        onSelect={setChosenDay}
        onPrevious={() => goToWeek(addDays(weekStart, -7))}
        onNext={() => goToWeek(addDays(weekStart, 7))}
        canGoBack={weekStart > today}
        canGoForward={canGoForward}
      />
      {slots.isPending || (seeking && weekIsEmpty && canGoForward) ? (
        <Center
          py="md"
          role="status"
          aria-label={seeking ? "Looking for the next free time" : "Loading free times"}
        >
          <Loader size="sm" />
        </Center>
      ) : slots.isError ? (
        <Alert color="red" variant="light" title="Could not load the free times" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{errorMessage(slots.error)}</Text>
            <Button size="xs" variant="default" onClick={() => void slots.refetch()}>
              Try again
            </Button>
          </Stack>
        </Alert>
      ) : selectedDay ? (
        <Stack gap="xs">
          <Title order={3} size="h5">
            Free times on {formatDay(selectedDay, "medium")}
          </Title>
          <SlotButtons
            slots={byDay.get(selectedDay) ?? []}
            doctorZone={doctorZone}
            viewerZone={viewerZone}
            onPick={onPick}
            disabled={disabled}
          />
        </Stack>
      ) : (
        <Stack gap="xs" align="flex-start">
          <Text c="dimmed">
            {canGoForward
              ? "No free times in these seven days."
              : "No free times as far ahead as this doctor takes bookings."}
          </Text>
          {canGoForward && (
            <Button size="xs" variant="light" onClick={() => goToWeek(addDays(weekStart, 7))}>
              Show the next seven days
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}

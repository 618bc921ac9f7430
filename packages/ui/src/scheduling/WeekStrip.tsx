import { Button, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { formatDayRange } from "./timeLabels";
import type { CalendarDay } from "./zonedTime";

/** A day of the strip and how many free times it has (null while they load). */
export interface WeekStripDay {
  day: CalendarDay;
  freeCount: number | null;
}

const weekdayFormat = (locale?: string) =>
  new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
const dateFormat = (locale?: string) =>
  new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });

function freeText(count: number | null): string {
  if (count === null) return "Loading";
  if (count === 0) return "No times";
  return count === 1 ? "1 free" : `${count} free`;
}

function freeLabel(count: number | null): string {
  if (count === null) return "loading free times";
  if (count === 0) return "no free times";
  return count === 1 ? "1 free time" : `${count} free times`;
}

/** Seven days to choose from, with previous/next week buttons; days without free times are disabled. */
export function WeekStrip({
  days,
  selectedDay,
  onSelect,
  onPrevious,
  onNext,
  canGoBack,
  canGoForward,
}: {
  days: WeekStripDay[];
  selectedDay: CalendarDay | null;
  onSelect: (day: CalendarDay) => void;
  onPrevious: () => void;
  onNext: () => void;
  canGoBack: boolean;
  canGoForward: boolean;
}) {
  const first = days[0]?.day;
  const last = days[days.length - 1]?.day;
  const range = first && last ? formatDayRange(first, last) : null;
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Button variant="default" size="xs" onClick={onPrevious} disabled={!canGoBack}>
          ‹ Previous week
        </Button>
        <Text fw={600} size="sm" ta="center" visibleFrom="sm" aria-live="polite">
          {range}
        </Text>
        <Button variant="default" size="xs" onClick={onNext} disabled={!canGoForward}>
          Next week ›
        </Button>
      </Group>
      <Text fw={600} size="sm" ta="center" hiddenFrom="sm" aria-live="polite">
        {range}
      </Text>
      <SimpleGrid cols={{ base: 4, xs: 7 }} spacing={6} role="group" aria-label="Days of the week">
        {days.map(({ day, freeCount }) => {
          const selected = day === selectedDay;
          const date = new Date(`${day}T00:00:00Z`);
          return (
            <Button
              key={day}
              variant={selected ? "filled" : "default"}
              h="auto"
              px={4}
              py={6}
              disabled={freeCount === 0}
              aria-pressed={selected}
              aria-label={`${weekdayFormat().format(date)} ${dateFormat().format(date)}: ${freeLabel(freeCount)}`}
              onClick={() => onSelect(day)}
              styles={{ label: { overflow: "visible" } }}
            >
              <Stack gap={0} align="center">
                <Text span size="xs" fw={500}>
                  {weekdayFormat().format(date)}
                </Text>
                <Text span size="sm" fw={700}>
                  {dateFormat().format(date)}
                </Text>
                <Text span size="xs" fw={400}>
                  {freeText(freeCount)}
                </Text>
              </Stack>
            </Button>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

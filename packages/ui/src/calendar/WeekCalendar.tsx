import { Box, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import type { MantineColor } from "@mantine/core";
import { useMemo } from "react";
import { DEFAULT_HOURS, eventBox, layoutWeek, minuteOffset, visibleHours } from "./weekLayout";
import type { HourRange, WeekPlacement } from "./weekLayout";

/** A column of the week grid. */
export interface WeekCalendarDay {
  /** A stable key, such as the date "2026-11-23". */
  key: string;
  /** The column's heading, such as "Mon 23 Nov". */
  label: string;
  /** Highlights the column. */
  isToday?: boolean;
}

/** An event of the week grid, placed by its day column and wall-clock minutes. */
export interface WeekCalendarEvent extends WeekPlacement {
  id: string;
  /** The main text, such as a patient's name. */
  title: string;
  /** The times as people read them, such as "09:00–09:30". */
  time: string;
  /** Extra words for assistive technology and the tooltip, such as the status. */
  description?: string;
  color?: MantineColor;
  /** Faded and struck through, for something that no longer takes place. */
  muted?: boolean;
}

/** The hour labels' default format: the viewer's locale ("9 AM" or "09"). */
function defaultHourLabel(hour: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: "numeric", timeZone: "UTC" }).format(
    Date.UTC(2000, 0, 1, hour),
  );
}

const GUTTER_WIDTH = 56;
const MIN_DAY_WIDTH = 112;

/**
 * A week grid: one column per day, the hours on the side, events positioned by time and laid
 * side by side where they overlap. Each day column is a list of its events (buttons) for
 * assistive technology. The hours shown are `hours`, widened to fit every event.
 */
export function WeekCalendar({
  label,
  days,
  events,
  onEventClick,
  hours = DEFAULT_HOURS,
  hourHeight = 64,
  now = null,
  hourLabel = defaultHourLabel,
}: {
  /** What the grid shows, for assistive technology ("Appointments of the week of 23 November"). */
  label: string;
  days: readonly WeekCalendarDay[];
  events: readonly WeekCalendarEvent[];
  onEventClick?: (id: string) => void;
  hours?: HourRange;
  /** Pixels per hour. */
  hourHeight?: number;
  /** Where "now" is, for a marker line; null for none. */
  now?: { day: number; minute: number } | null;
  hourLabel?: (hour: number) => string;
}) {
  const range = useMemo(() => visibleHours(events, hours), [events, hours]);
  const laidOut = useMemo(() => layoutWeek(events), [events]);
  const hourCount = range.endHour - range.startHour;
  const columnHeight = hourCount * hourHeight;
  const hourList = Array.from({ length: hourCount }, (_, i) => range.startHour + i);
  const columns = `${GUTTER_WIDTH}px repeat(${days.length}, minmax(${MIN_DAY_WIDTH}px, 1fr))`;
  const nowOffset = now ? minuteOffset(now.minute, range) : null;

  return (
    <Box component="section" aria-label={label} style={{ overflowX: "auto" }}>
      <Box style={{ display: "grid", gridTemplateColumns: columns, minWidth: "min-content" }}>
        <Box aria-hidden />
        {days.map((day) => (
          <Box
            key={day.key}
            aria-hidden
            py={6}
            px={4}
            ta="center"
            bg={day.isToday ? "var(--mantine-primary-color-light)" : undefined}
            style={{ borderBottom: "1px solid var(--mantine-color-gray-4)" }}
          >
            <Text size="sm" fw={day.isToday ? 700 : 600} c={day.isToday ? "indigo.9" : undefined}>
              {day.label}
            </Text>
          </Box>
        ))}

        <Box aria-hidden pos="relative" h={columnHeight}>
          {hourList.map((hour, index) => (
            <Text
              key={hour}
              size="xs"
              c="dimmed"
              pos="absolute"
              right={8}
              top={index * hourHeight}
              style={{ transform: index === 0 ? undefined : "translateY(-50%)", whiteSpace: "nowrap" }}
            >
              {hourLabel(hour)}
            </Text>
          ))}
        </Box>

        {days.map((day, dayIndex) => (
          <Box
            key={day.key}
            component="ul"
            aria-label={day.label}
            pos="relative"
            h={columnHeight}
            m={0}
            p={0}
            style={{
              listStyle: "none",
              borderLeft: "1px solid var(--mantine-color-gray-3)",
              backgroundColor: day.isToday ? "var(--mantine-color-indigo-0)" : undefined,
              backgroundImage: `repeating-linear-gradient(to bottom, var(--mantine-color-gray-3) 0 1px, transparent 1px ${hourHeight}px)`,
            }}
          >
            {laidOut
              .filter((event) => event.day === dayIndex)
              .map((event) => {
                const box = eventBox(event, range);
                const color = event.color ?? "indigo";
                return (
                  <Box
                    key={event.id}
                    component="li"
                    pos="absolute"
                    style={{
                      top: `${box.top}%`,
                      height: `${box.height}%`,
                      left: `calc(${box.left}% + 2px)`,
                      width: `calc(${box.width}% - 4px)`,
                    }}
                  >
                    <UnstyledButton
                      w="100%"
                      h="100%"
                      px={6}
                      py={2}
                      title={[event.title, event.time, event.description].filter(Boolean).join(" · ")}
                      onClick={onEventClick ? () => onEventClick(event.id) : undefined}
                      style={{
                        display: "block",
                        overflow: "hidden",
                        borderRadius: "var(--mantine-radius-sm)",
                        borderLeft: `3px solid var(--mantine-color-${color}-filled)`,
                        backgroundColor: `var(--mantine-color-${color}-light)`,
                        color: "var(--mantine-color-text)",
                        opacity: event.muted ? 0.75 : 1,
                      }}
                    >
                      <Text
                        size="xs"
                        fw={600}
                        lh={1.3}
                        truncate
                        td={event.muted ? "line-through" : undefined}
                      >
                        {event.title}
                      </Text>
                      <Text size="xs" lh={1.3} truncate>
                        {event.time}
                      </Text>
                      {event.description && <VisuallyHidden>, {event.description}</VisuallyHidden>}
                    </UnstyledButton>
                  </Box>
                );
              })}
            {now && now.day === dayIndex && nowOffset !== null && (
              <Box
                aria-hidden
                pos="absolute"
                left={0}
                right={0}
                top={`${nowOffset}%`}
                h={2}
                bg="red.7"
                style={{ pointerEvents: "none" }}
              />
            )}
          </Box>
        ))}
      </Box>
    </Box>
  );
}

import type { HourRange, WeekCalendarEvent } from "@healthcare/ui";
import { DEFAULT_HOURS } from "@healthcare/ui";
import { isVoid, STATUS_COLORS, STATUS_LABELS } from "../appointments/status";
import type { Appointment } from "../appointments/types";
import { patientName } from "../appointments/types";
import { formatTimeRange } from "../time/formatTime";
import type { WeekRange } from "../time/zonedTime";
import { weekPosition } from "../time/zonedTime";

/** A doctor's appointments of a week as events of the week grid, placed on the doctor's clocks. */
export function calendarEvents(
  appointments: readonly Appointment[],
  week: Pick<WeekRange, "days">,
  timeZone: string,
  locale?: string,
): WeekCalendarEvent[] {
  return appointments.flatMap((appointment) => {
    const position = weekPosition(appointment.startsAt, appointment.endsAt, week, timeZone);
    if (!position) return [];
    return [
      {
        id: appointment.id,
        ...position,
        title: patientName(appointment),
        time: formatTimeRange(appointment.startsAt, appointment.endsAt, timeZone, locale),
        description: STATUS_LABELS[appointment.status],
        color: STATUS_COLORS[appointment.status],
        muted: isVoid(appointment.status),
      },
    ];
  });
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The hours the grid shows by default: the doctor's working hours (whole hours), else 08-18. */
export function workingHours(
  rules: readonly { startTime: string; endTime: string; isAvailable: boolean }[],
): HourRange {
  const available = rules.filter((rule) => rule.isAvailable);
  if (available.length === 0) return DEFAULT_HOURS;
  return {
    startHour: Math.floor(Math.min(...available.map((r) => minutesOf(r.startTime))) / 60),
    endHour: Math.ceil(Math.max(...available.map((r) => minutesOf(r.endTime))) / 60),
  };
}

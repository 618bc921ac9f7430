import { trpc, useMe, useNow, WeekCalendar } from "@healthcare/ui";
import { Button, EmptyState, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { AppointmentDrawer } from "../calendar/AppointmentDrawer";
import { calendarEvents, workingHours } from "../calendar/calendarEvents";
import { useDoctorAppointments } from "../calendar/useDoctorWeek";
import { doctorOptionLabel } from "../pickers/DoctorSelect";
import { DoctorSelect } from "../pickers/DoctorSelect";
import type { Doctor } from "../doctors/doctorForm";
import { PageHeader } from "../layout/PageHeader";
import { QueryState } from "../layout/QueryState";
import { formatDateSpan, formatDayHeading, zoneLabel } from "../time/formatTime";
import { addDays, isCalendarDate, todayIn, wallClockOf, weekRange } from "../time/zonedTime";

/** One week of a doctor's appointments on the doctor's clocks, with the way to other weeks. */
function DoctorWeek({ doctor }: { doctor: Doctor }) {
  const [params, setParams] = useSearchParams();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const timeZone = doctor.timeZone;
  const now = useNow();
  const today = todayIn(timeZone, now);
  const weekParam = params.get("week");
  const anchor = weekParam && isCalendarDate(weekParam) ? weekParam : today;
  const week = useMemo(() => weekRange(anchor, timeZone), [anchor, timeZone]);
  const schedule = trpc.doctors.schedule.useQuery({ doctorId: doctor.id });
  const { appointments, loading, fetching, error, refetch } = useDoctorAppointments(
    doctor.id,
    week.from,
    week.to,
  );

  const events = useMemo(() => calendarEvents(appointments, week, timeZone), [appointments, week, timeZone]);
  const hours = useMemo(() => workingHours(schedule.data?.rules ?? []), [schedule.data]);
  const days = week.days.map((date) => ({
    key: date,
    label: formatDayHeading(date),
    isToday: date === today,
  }));
  const nowClock = wallClockOf(now, timeZone);
  const nowDay = week.days.indexOf(nowClock.date);
  const selected = appointments.find((a) => a.id === selectedId) ?? null;
  const span = formatDateSpan(week.days[0]!, week.days[6]!);

  const goTo = (date: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (date) next.set("week", date);
      else next.delete("week");
      return next;
    });

  return (
    <Paper withBorder radius="md" p={{ base: "sm", sm: "md" }}>
      <Stack gap="md">
        <Group justify="space-between" gap="sm">
          <div>
            <Title order={2} size="h3">
              {span}
            </Title>
            <Text size="sm" c="dimmed">
              Times in {zoneLabel(timeZone, week.from)}, the doctor&apos;s time zone
            </Text>
          </div>
          <Group gap="xs">
            {fetching && <Loader size="sm" aria-label="Loading appointments" />}
            <Button variant="default" onClick={() => goTo(addDays(week.days[0]!, -7))}>
              Previous week
            </Button>
            <Button variant="default" onClick={() => goTo(null)} disabled={week.days.includes(today)}>
              Today
            </Button>
            <Button variant="default" onClick={() => goTo(addDays(week.days[0]!, 7))}>
              Next week
            </Button>
          </Group>
        </Group>
        {error ? (
          <QueryState error={error} onRetry={refetch} />
        ) : (
          <>
            {!loading && events.length === 0 && (
              <Text size="sm" c="dimmed" role="status">
                No appointments this week.
              </Text>
            )}
            <WeekCalendar
              label={`Appointments, ${span}`}
              days={days}
              events={events}
              hours={hours}
              now={nowDay === -1 ? null : { day: nowDay, minute: nowClock.minute }}
              onEventClick={setSelectedId}
            />
          </>
        )}
      </Stack>
      <AppointmentDrawer appointment={selected} timeZone={timeZone} onClose={() => setSelectedId(null)} />
    </Paper>
  );
}

/** The week calendar: a doctor sees their own; an administrator chooses any doctor. */
export function CalendarPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const isAdmin = me.role === "admin";
  const doctorId = isAdmin ? params.get("doctor") : me.doctorId;
  const doctor = trpc.doctors.byId.useQuery({ id: doctorId ?? "" }, { enabled: doctorId !== null });

  const chooseDoctor = (id: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (id) next.set("doctor", id);
      else next.delete("doctor");
      return next;
    });

  return (
    <Stack gap="lg">
      <PageHeader
        title="Calendar"
        description={isAdmin ? "Any doctor's appointments, week by week" : "Your appointments, week by week"}
        actions={
          isAdmin && (
            <DoctorSelect
              state="all"
              value={doctorId}
              valueLabel={doctor.data ? doctorOptionLabel(doctor.data) : undefined}
              onChange={chooseDoctor}
              w={{ base: "100%", sm: 360 }}
            />
          )
        }
      />
      {doctorId === null ? (
        <Paper withBorder radius="md" p="xl">
          <EmptyState
            title={isAdmin ? "Choose a doctor" : "No doctor profile"}
            description={
              isAdmin
                ? "Pick a doctor above to see their appointments."
                : "This account has no doctor profile, so it has no calendar."
            }
          />
        </Paper>
      ) : doctor.data ? (
        <DoctorWeek doctor={doctor.data} />
      ) : (
        <QueryState error={doctor.error} onRetry={() => void doctor.refetch()} label="Loading the calendar" />
      )}
    </Stack>
  );
}

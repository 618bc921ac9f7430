import { applyServerErrors, FormErrorAlert, SLOT_PROBLEM_MESSAGES, slotProblem, trpc } from "@healthcare/ui";
import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Link } from "react-router";
import { patientName } from "../appointments/types";
import { bookingErrors, bookingInput } from "../booking/bookingForm";
import type { BookingFormValues } from "../booking/bookingForm";
import { SlotPicker } from "../booking/SlotPicker";
import { PageHeader } from "../layout/PageHeader";
import { DoctorSelect } from "../pickers/DoctorSelect";
import { PatientSelect } from "../pickers/PatientSelect";
import { formatDateTime } from "../time/formatTime";
import { addDays, isCalendarDate, todayIn } from "../time/zonedTime";

interface Booked {
  id: string;
  doctorId: string;
  summary: string;
  date: string;
}

/** Administrators book a free slot of a doctor for a patient (`appointments.create` with `patientId`). */
export function BookPage() {
  const utils = trpc.useUtils();
  const [failure, setFailure] = useState<string | null>(null);
  const [booked, setBooked] = useState<Booked | null>(null);
  const form = useForm<BookingFormValues>({
    initialValues: { patientId: null, doctorId: null, date: "", startsAt: "", reason: "" },
    validate: bookingErrors,
  });
  const { doctorId, date } = form.values;
  const doctor = trpc.doctors.byId.useQuery({ id: doctorId ?? "" }, { enabled: doctorId !== null });
  const timeZone = doctor.data?.timeZone ?? null;
  const today = timeZone ? todayIn(timeZone) : null;
  const day = isCalendarDate(date) ? date : today;

  const create = trpc.appointments.create.useMutation({
    onSuccess: async (appointment) => {
      const zone = appointment.doctor.timeZone;
      const summary = `${patientName(appointment)} with Dr. ${appointment.doctor.firstName} ${appointment.doctor.lastName}, ${formatDateTime(appointment.startsAt, zone)} (${zone}). It awaits the doctor's confirmation.`;
      setBooked({ id: appointment.id, doctorId: appointment.doctorId, summary, date: day ?? "" });
      notifications.show({ color: "teal", message: "Appointment booked" });
      form.setValues({ startsAt: "", reason: "" });
      form.resetDirty();
      await Promise.all([utils.doctors.availableSlots.invalidate(), utils.doctors.appointments.invalidate()]);
    },
    onError: async (error) => {
      const problem = slotProblem(error);
      if (problem) {
        // The slot is gone: say so, refresh the free times, and let the admin pick again.
        setFailure(SLOT_PROBLEM_MESSAGES[problem]);
        form.setFieldValue("startsAt", "");
        await utils.doctors.availableSlots.invalidate();
      } else {
        setFailure(applyServerErrors(form, error));
      }
    },
  });

  const submit = form.onSubmit((values) => {
    setFailure(null);
    setBooked(null);
    const input = bookingInput(values);
    if (input) create.mutate(input);
  });

  const chooseDay = (next: string) => {
    form.setFieldValue("date", next);
    form.setFieldValue("startsAt", "");
  };

  return (
    <Stack gap="lg" maw={860}>
      <PageHeader
        title="Book for a patient"
        description="Choose the patient, the doctor and one of the doctor's free times."
      />
      {booked && (
        <Alert color="teal" variant="light" title="Appointment booked" role="status">
          {booked.summary}{" "}
          <Anchor
            component={Link}
            to={`/calendar?doctor=${encodeURIComponent(booked.doctorId)}&week=${booked.date}`}
          >
            Open the doctor&apos;s calendar
          </Anchor>
        </Alert>
      )}
      <Paper withBorder radius="md" p={{ base: "md", sm: "lg" }}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormErrorAlert title="Could not book" message={failure} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <PatientSelect
                value={form.values.patientId}
                onChange={(patientId) => form.setFieldValue("patientId", patientId)}
                error={form.errors.patientId}
                required
              />
              <DoctorSelect
                value={doctorId}
                onChange={(id) => {
                  form.setFieldValue("doctorId", id);
                  form.setFieldValue("startsAt", "");
                }}
                error={form.errors.doctorId}
                required
              />
            </SimpleGrid>
            {doctorId && timeZone && day && today && (
              <>
                <Group align="flex-end" gap="xs">
                  <TextInput
                    label="Day"
                    type="date"
                    min={today}
                    value={day}
                    onChange={(event) => chooseDay(event.currentTarget.value)}
                    w={180}
                  />
                  <Button
                    variant="default"
                    onClick={() => chooseDay(addDays(day, -1))}
                    disabled={day <= today}
                  >
                    Previous day
                  </Button>
                  <Button variant="default" onClick={() => chooseDay(addDays(day, 1))}>
                    Next day
                  </Button>
                </Group>
                <SlotPicker
                  doctorId={doctorId}
                  date={day}
                  timeZone={timeZone}
                  value={form.values.startsAt}
                  onChange={(startsAt) => form.setFieldValue("startsAt", startsAt)}
                  error={form.errors.startsAt}
                />
              </>
            )}
            <Textarea
              label="Reason for the visit"
              autosize
              minRows={2}
              required
              {...form.getInputProps("reason")}
            />
            <Group>
              <Button type="submit" loading={create.isPending}>
                Book appointment
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

import { trpc } from "@healthcare/ui";

/** Refreshes every view of appointments and free slots after an appointment changed. */
export function useAppointmentChanged(): () => Promise<void> {
  const utils = trpc.useUtils();
  return async () => {
    await Promise.all([
      utils.appointments.today.invalidate(),
      utils.doctors.appointments.invalidate(),
      utils.doctors.availableSlots.invalidate(),
    ]);
  };
}

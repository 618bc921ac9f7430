import { trpc } from "@healthcare/ui";
import { useCallback } from "react";

/** The patient's own time zone (shared with the notifications in @healthcare/ui). */
export { useViewerZone } from "@healthcare/ui";

/** Marks every appointment list and every doctor's free slots stale after a booking change. */
export function useRefreshScheduling(): () => Promise<void> {
  const utils = trpc.useUtils();
  return useCallback(async () => {
    await Promise.all([utils.appointments.invalidate(), utils.doctors.availableSlots.invalidate()]);
  }, [utils]);
}

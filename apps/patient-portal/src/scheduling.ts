import { browserTimeZone, trpc, useMe } from "@healthcare/ui";
import { useCallback } from "react";

/** The patient's own time zone: the profile's, or the browser's if the profile has none. */
export function useViewerZone(): string {
  const me = useMe();
  return me.timeZone || browserTimeZone();
}

/** Marks every appointment list and every doctor's free slots stale after a booking change. */
export function useRefreshScheduling(): () => Promise<void> {
  const utils = trpc.useUtils();
  return useCallback(async () => {
    await Promise.all([utils.appointments.invalidate(), utils.doctors.availableSlots.invalidate()]);
  }, [utils]);
}

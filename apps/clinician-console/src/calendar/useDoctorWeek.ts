import { trpc } from "@healthcare/ui";
import { useEffect, useMemo } from "react";
import type { Appointment } from "../appointments/types";

/** Every appointment of a doctor between `from` and `to`, reading all pages of `doctors.appointments`. */
export function useDoctorAppointments(doctorId: string | null, from: Date, to: Date) {
  const query = trpc.doctors.appointments.useInfiniteQuery(
    { doctorId: doctorId ?? "", from, to, limit: 100 },
    { enabled: doctorId !== null, getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const appointments = useMemo<Appointment[]>(
    () => query.data?.pages.flatMap((page) => page.items) ?? [],
    [query.data],
  );
  return {
    appointments,
    /** True until every page is in. */
    loading: query.isPending || hasNextPage === true,
    fetching: query.isFetching,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}

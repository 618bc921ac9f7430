import { Center, EmptyState, Loader, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { QueryAlert } from "../QueryAlert";
import { AppointmentCard } from "./AppointmentCard";
import type { Appointment } from "./appointmentTypes";

/** The state of a list query, as React Query reports it. */
interface ListQuery {
  data: Appointment[] | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** Appointments as a list, with loading, failure and empty states. */
export function AppointmentList({
  query,
  label,
  empty,
  emptyAction,
}: {
  query: ListQuery;
  /** Names the list for assistive technology ("Upcoming appointments"). */
  label: string;
  empty: string;
  emptyAction?: ReactNode;
}) {
  if (query.isPending) {
    return (
      <Center py="xl" role="status" aria-label="Loading appointments">
        <Loader />
      </Center>
    );
  }
  if (query.isError || !query.data) {
    return (
      <QueryAlert
        title="Could not load your appointments"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (query.data.length === 0) {
    return (
      <EmptyState title={empty} py="lg">
        {emptyAction && <EmptyState.Actions>{emptyAction}</EmptyState.Actions>}
      </EmptyState>
    );
  }
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }} aria-label={label}>
      {query.data.map((appointment) => (
        <AppointmentCard key={appointment.id} appointment={appointment} />
      ))}
    </Stack>
  );
}

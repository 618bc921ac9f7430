import { trpc } from "@healthcare/ui";
import { Button, Center, EmptyState, Group, Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { DoctorCard } from "../doctors/DoctorCard";
import { DoctorFilters } from "../doctors/DoctorFilters";
import { QueryAlert } from "../QueryAlert";

const PAGE_SIZE = 12;
const SEARCH_DELAY_MS = 300;

/** Finds a bookable doctor by specialization and name; the filters live in the address to survive "back". */
export function DoctorsPage() {
  const [params, setParams] = useSearchParams();
  const [specialization, setSpecialization] = useState(params.get("specialization"));
  const [search, setSearch] = useState(params.get("q") ?? "");
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);

  // The address follows the filters (written whole, so no change is lost to a stale copy of it).
  useEffect(() => {
    const next = new URLSearchParams();
    if (specialization) next.set("specialization", specialization);
    if (debouncedSearch) next.set("q", debouncedSearch);
    setParams(next, { replace: true });
  }, [specialization, debouncedSearch, setParams]);

  const doctors = trpc.doctors.list.useInfiniteQuery(
    { specialization: specialization ?? undefined, search: debouncedSearch || undefined, limit: PAGE_SIZE },
    { getNextPageParam: (page) => page.nextCursor ?? undefined, placeholderData: keepPreviousData },
  );
  const items = doctors.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Find a doctor</Title>
        <Text c="dimmed">Choose a doctor to see their profile and free times.</Text>
      </div>
      <DoctorFilters
        specialization={specialization}
        onSpecializationChange={setSpecialization}
        search={search}
        onSearchChange={setSearch}
      />
      {doctors.isPending ? (
        <Center py="xl" role="status" aria-label="Loading doctors">
          <Loader />
        </Center>
      ) : doctors.isError && items.length === 0 ? (
        <QueryAlert
          title="Could not load the doctors"
          error={doctors.error}
          onRetry={() => void doctors.refetch()}
        />
      ) : items.length === 0 ? (
        <EmptyState
          title="No doctors match your search"
          description="Try another name, or show all specializations."
          py="xl"
        />
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed" aria-live="polite">
            {doctors.hasNextPage
              ? `Showing the first ${items.length} doctors`
              : `${items.length} ${items.length === 1 ? "doctor" : "doctors"}`}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {items.map((doctor) => (
              <DoctorCard key={doctor.id} doctor={doctor} />
            ))}
          </SimpleGrid>
          {doctors.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                loading={doctors.isFetchingNextPage}
                onClick={() => void doctors.fetchNextPage()}
              >
                Load more
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}

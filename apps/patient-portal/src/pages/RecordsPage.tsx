import { isRecordType, trpc } from "@healthcare/ui";
import type { RecordType } from "@healthcare/validators";
import { Button, Center, EmptyState, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useNavigate, useSearchParams } from "react-router";
import { QueryAlert } from "../QueryAlert";
import { RecordCard } from "../records/RecordCard";
import { RecordFilters } from "../records/RecordFilters";

const PAGE_SIZE = 20;
const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

function AddRecordButton() {
  const navigate = useNavigate();
  return <Button onClick={() => void navigate("/records/new")}>Add a record</Button>;
}

/** The patient's medical records, newest visit first, filtered by type and visit date (kept in the address). */
export function RecordsPage() {
  const [params, setParams] = useSearchParams();
  const typeParam = params.get("type");
  const type: RecordType | null = isRecordType(typeParam) ? typeParam : null;
  const from = isDate(params.get("from")) ? params.get("from")! : "";
  const to = isDate(params.get("to")) ? params.get("to")! : "";
  const rangeError = from && to && from > to ? "Choose an end date after the start date" : null;

  const records = trpc.medicalRecords.list.useInfiniteQuery(
    { type: type ?? undefined, from: from || undefined, to: to || undefined, limit: PAGE_SIZE },
    {
      enabled: !rangeError,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      placeholderData: (previous) => previous,
    },
  );
  const items = records.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = type !== null || from !== "" || to !== "";

  const change = (next: { type?: RecordType | null; from?: string; to?: string }) => {
    const values = { type: type ?? "", from, to, ...next };
    const search: Record<string, string> = {};
    if (values.type) search.type = values.type;
    if (values.from) search.from = values.from;
    if (values.to) search.to = values.to;
    setParams(search, { replace: true });
  };

  let body;
  if (rangeError) {
    body = null;
  } else if (records.isPending) {
    body = (
      <Center py="xl" role="status" aria-label="Loading your records">
        <Loader />
      </Center>
    );
  } else if (records.isError && items.length === 0) {
    body = (
      <QueryAlert
        title="Could not load your records"
        error={records.error}
        onRetry={() => void records.refetch()}
      />
    );
  } else if (items.length === 0) {
    body = (
      <EmptyState
        title={filtered ? "No records match these filters" : "No records yet"}
        description={
          filtered
            ? "Try another type or a wider range of dates."
            : "Records your doctors write appear here. You can add your own too."
        }
        py="lg"
      />
    );
  } else {
    body = (
      <Stack gap="md">
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }} aria-label="Your records">
          {items.map((record) => (
            <RecordCard key={record.id} record={record} />
          ))}
        </Stack>
        {records.isFetchNextPageError && (
          <QueryAlert
            title="Could not load more records"
            error={records.error}
            onRetry={() => void records.fetchNextPage()}
          />
        )}
        {records.hasNextPage && (
          <Group justify="center">
            <Button
              variant="default"
              loading={records.isFetchingNextPage}
              onClick={() => void records.fetchNextPage()}
            >
              Load more
            </Button>
          </Group>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>My records</Title>
          <Text c="dimmed">What your doctors wrote about your visits, and what you added yourself.</Text>
        </div>
        <AddRecordButton />
      </Group>
      <RecordFilters type={type} from={from} to={to} rangeError={rangeError} onChange={change} />
      {body}
    </Stack>
  );
}

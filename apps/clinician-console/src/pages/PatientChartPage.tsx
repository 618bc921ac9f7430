import {
  activeEmergencyAccess,
  AppointmentStatusBadge,
  isOutsideCareTeam,
  browserTimeZone,
  calendarDayIn,
  formatCalendarDate,
  trpc,
  useMe,
} from "@healthcare/ui";
import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { useState } from "react";
import { useLocation, useParams } from "react-router";
import { PageHeader } from "../layout/PageHeader";
import { QueryState } from "../layout/QueryState";
import { BreakGlassModal } from "../records/BreakGlassModal";
import { RecordDetailPanel } from "../records/RecordDetailPanel";
import { RecordFormModal } from "../records/RecordFormModal";
import {
  canWriteRecordFrom,
  emptyRecordForm,
  RECORD_TYPE_LABELS,
  RECORD_TYPE_OPTIONS,
  recordFormFromAppointment,
} from "../records/recordForm";
import type { RecordFormValues } from "../records/recordForm";
import { formatDateTimeRange, formatTime } from "../time/formatTime";
import type { RecordType } from "@healthcare/validators";

/** The patient's name: from the link that led here, else looked up among the patients. */
function usePatientName(patientId: string): string | null {
  const location = useLocation();
  const fromLink = (location.state as { patientName?: unknown } | null)?.patientName;
  const known = typeof fromLink === "string" && fromLink !== "";
  const patients = trpc.patients.list.useQuery({ limit: 100 }, { enabled: !known });
  if (known) return fromLink;
  const patient = patients.data?.items.find((p) => p.id === patientId);
  return patient ? `${patient.firstName} ${patient.lastName}` : null;
}

/** The patient's appointments (a doctor sees those with them), each able to start a record. */
function AppointmentsSection({
  patientId,
  timeZone,
  onWriteRecord,
}: {
  patientId: string;
  timeZone: string;
  onWriteRecord: ((values: RecordFormValues) => void) | null;
}) {
  const me = useMe();
  const appointments = trpc.appointments.list.useQuery({ patientId, order: "desc", limit: 50 });
  return (
    <Stack gap="sm" component="section" aria-labelledby="chart-appointments">
      <Title order={2} size="h3" id="chart-appointments">
        {me.role === "doctor" ? "Appointments with you" : "Appointments"}
      </Title>
      {!appointments.data ? (
        <QueryState
          error={appointments.error}
          onRetry={() => void appointments.refetch()}
          label="Loading appointments"
        />
      ) : appointments.data.items.length === 0 ? (
        <Text c="dimmed">No appointments.</Text>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" aria-label="Appointments">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  {me.role === "admin" && <Table.Th>Doctor</Table.Th>}
                  <Table.Th>Reason</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {appointments.data.items.map((appointment) => (
                  <Table.Tr key={appointment.id}>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      {formatDateTimeRange(appointment.startsAt, appointment.endsAt, timeZone)}
                    </Table.Td>
                    {me.role === "admin" && (
                      <Table.Td>
                        Dr. {appointment.doctor.firstName} {appointment.doctor.lastName}
                      </Table.Td>
                    )}
                    <Table.Td>{appointment.reason}</Table.Td>
                    <Table.Td>
                      <AppointmentStatusBadge status={appointment.status} />
                    </Table.Td>
                    <Table.Td>
                      {onWriteRecord && canWriteRecordFrom(appointment.status) && (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => onWriteRecord(recordFormFromAppointment(appointment, timeZone))}
                        >
                          Write record
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}

const EMERGENCY_KEY = "console.emergencyAccess.";

/** When this browser's emergency access to the patient's records ends (kept for the tab's session). */
function useEmergencyAccess(patientId: string): [Date | null, (until: Date) => void] {
  const [until, setUntil] = useState<Date | null>(() => {
    const stored = Number(sessionStorage.getItem(EMERGENCY_KEY + patientId));
    return Number.isFinite(stored) && stored > 0 ? activeEmergencyAccess(new Date(stored)) : null;
  });
  const remember = (next: Date) => {
    sessionStorage.setItem(EMERGENCY_KEY + patientId, String(next.getTime()));
    setUntil(next);
  };
  return [activeEmergencyAccess(until), remember];
}

/** The records, or (outside the care team) the way to emergency access. */
function RecordsSection({
  patientId,
  timeZone,
  canWrite,
  onWriteRecord,
  selected,
  onSelect,
}: {
  patientId: string;
  timeZone: string;
  canWrite: boolean;
  onWriteRecord: (values: RecordFormValues) => void;
  selected: string | null;
  onSelect: (recordId: string) => void;
}) {
  const me = useMe();
  const [type, setType] = useState<RecordType | null>(null);
  const [emergencyOpened, setEmergencyOpened] = useState(false);
  const [emergencyUntil, setEmergencyUntil] = useEmergencyAccess(patientId);
  const records = trpc.medicalRecords.list.useInfiniteQuery(
    { patientId, type: type ?? undefined, limit: 25 },
    { getNextPageParam: (page) => page.nextCursor ?? undefined, placeholderData: (previous) => previous },
  );
  const items = records.data?.pages.flatMap((page) => page.items) ?? [];
  const outside = !records.data && isOutsideCareTeam(records.error);

  return (
    <Stack gap="sm" component="section" aria-labelledby="chart-records">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3" id="chart-records">
          Records
        </Title>
        {canWrite && (
          <Button onClick={() => onWriteRecord(emptyRecordForm(calendarDayIn(new Date(), timeZone)))}>
            Write record
          </Button>
        )}
      </Group>
      {emergencyUntil && (
        <Alert
          color="orange"
          variant="light"
          title={`Emergency access until ${formatTime(emergencyUntil, timeZone)}`}
        >
          You opened these records with emergency access. It is logged and the patient has been told.
        </Alert>
      )}
      {outside ? (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm" align="flex-start">
            <Title order={3} size="h4">
              You are not on this patient&apos;s care team
            </Title>
            <Text>
              {me.role === "admin"
                ? "Administrators read clinical content only with emergency access."
                : "Only the patient's care team reads their records."}{" "}
              In an emergency you can open them for one hour; the access is logged and the patient is told.
            </Text>
            <Button color="orange" onClick={() => setEmergencyOpened(true)}>
              Emergency access
            </Button>
          </Stack>
        </Paper>
      ) : !records.data ? (
        <QueryState error={records.error} onRetry={() => void records.refetch()} label="Loading records" />
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="sm">
              <Select
                label="Show"
                placeholder="All kinds of record"
                clearable
                data={RECORD_TYPE_OPTIONS}
                value={type}
                onChange={(value) => setType(value as RecordType | null)}
                maw={260}
              />
              {items.length === 0 ? (
                <Text c="dimmed">No records{type ? " of this type" : ""}.</Text>
              ) : (
                <Stack gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                  {items.map((record) => (
                    <li key={record.id}>
                      <UnstyledButton
                        onClick={() => onSelect(record.id)}
                        aria-current={selected === record.id ? "true" : undefined}
                        w="100%"
                      >
                        <Paper
                          withBorder
                          radius="md"
                          p="sm"
                          bg={selected === record.id ? "var(--mantine-primary-color-light)" : undefined}
                        >
                          <Group justify="space-between" wrap="nowrap">
                            <Text fw={600}>{record.title}</Text>
                            <Badge variant="light" size="sm">
                              {RECORD_TYPE_LABELS[record.type]}
                            </Badge>
                          </Group>
                          <Text size="xs" c="dimmed">
                            {formatCalendarDate(record.visitDate)} · {record.author.firstName}{" "}
                            {record.author.lastName}
                          </Text>
                        </Paper>
                      </UnstyledButton>
                    </li>
                  ))}
                </Stack>
              )}
              {records.hasNextPage && (
                <Button
                  variant="default"
                  loading={records.isFetchingNextPage}
                  onClick={() => void records.fetchNextPage()}
                >
                  Load more
                </Button>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {selected ? (
              <RecordDetailPanel recordId={selected} canComment={canWrite} />
            ) : (
              <Text c="dimmed">Choose a record to read it.</Text>
            )}
          </Grid.Col>
        </Grid>
      )}
      <BreakGlassModal
        patientId={patientId}
        opened={emergencyOpened}
        onClose={() => setEmergencyOpened(false)}
        onGranted={(expiresAt) => {
          setEmergencyOpened(false);
          setEmergencyUntil(expiresAt);
          void records.refetch();
        }}
      />
    </Stack>
  );
}

/** A patient's chart: appointments, records with comments, writing records, emergency access. */
export function PatientChartPage() {
  const { patientId = "" } = useParams();
  const me = useMe();
  const timeZone = browserTimeZone();
  const name = usePatientName(patientId);
  const [draft, setDraft] = useState<RecordFormValues | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const careTeam = trpc.careTeam.list.useQuery({ patientId }, { enabled: me.role === "doctor" });
  const canWrite =
    me.role === "doctor" && (careTeam.data?.members.some((m) => m.doctorId === me.doctorId) ?? false);

  return (
    <Stack gap="xl">
      <PageHeader title={name ?? "Patient chart"} description={name ? "Patient chart" : undefined} />
      <AppointmentsSection
        patientId={patientId}
        timeZone={timeZone}
        onWriteRecord={canWrite ? setDraft : null}
      />
      <RecordsSection
        patientId={patientId}
        timeZone={timeZone}
        canWrite={canWrite}
        onWriteRecord={setDraft}
        selected={selected}
        onSelect={setSelected}
      />
      <RecordFormModal
        patientId={patientId}
        initialValues={draft}
        onClose={() => setDraft(null)}
        onSaved={(record) => {
          setDraft(null);
          setSelected(record.id);
        }}
      />
    </Stack>
  );
}

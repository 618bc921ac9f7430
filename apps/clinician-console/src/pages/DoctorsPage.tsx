import { errorMessage, trpc } from "@healthcare/ui";
import { Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ArchiveDoctorModal } from "../doctors/ArchiveDoctorModal";
import { DoctorFormModal } from "../doctors/DoctorFormModal";
import type { Doctor } from "../doctors/doctorForm";
import { DOCTOR_FILTERS, DOCTOR_STATE_BADGES, doctorState } from "../doctors/doctorState";
import type { DoctorFilter } from "../doctors/doctorState";
import { formatFee } from "../doctors/money";
import { PageHeader } from "../layout/PageHeader";
import { QueryState } from "../layout/QueryState";

/** One doctor's row: who, state, and what an administrator can do. */
function DoctorRow({
  doctor,
  onEdit,
  onArchive,
}: {
  doctor: Doctor;
  onEdit: (doctor: Doctor) => void;
  onArchive: (doctor: Doctor) => void;
}) {
  const utils = trpc.useUtils();
  const navigate = useNavigate();
  const state = doctorState(doctor);
  const badge = DOCTOR_STATE_BADGES[state];
  const name = `Dr. ${doctor.firstName} ${doctor.lastName}`;
  const approve = trpc.doctors.approve.useMutation({
    onSuccess: async (approved) => {
      notifications.show({ color: "teal", message: `${name} approved: they can now use the console` });
      utils.doctors.byId.setData({ id: approved.id }, approved);
      await utils.doctors.list.invalidate();
    },
    onError: (error) =>
      notifications.show({ color: "red", title: "Could not approve", message: errorMessage(error) }),
  });

  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600} size="sm">
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          {doctor.licenseNumber}
        </Text>
      </Table.Td>
      <Table.Td>{doctor.specialization}</Table.Td>
      <Table.Td style={{ minWidth: 130 }}>
        <Badge color={badge.color} variant="light" radius="sm" tt="none" fw={600}>
          {badge.label}
        </Badge>
      </Table.Td>
      <Table.Td>{doctor.timeZone}</Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>
        {formatFee(doctor.consultationFeeMinor, doctor.currency)}
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="wrap">
          {state === "pending" && (
            <Button size="xs" loading={approve.isPending} onClick={() => approve.mutate({ id: doctor.id })}>
              Approve
            </Button>
          )}
          <Button size="xs" variant="default" onClick={() => onEdit(doctor)}>
            Edit
          </Button>
          <Button size="xs" variant="default" onClick={() => void navigate(`/doctors/${doctor.id}/schedule`)}>
            Schedule
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => void navigate(`/calendar?doctor=${encodeURIComponent(doctor.id)}`)}
          >
            Calendar
          </Button>
          {state !== "archived" && (
            <Button size="xs" variant="subtle" color="red" onClick={() => onArchive(doctor)}>
              Archive
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** Administrators: every doctor by state and name, with approving, adding, editing and archiving. */
export function DoctorsPage() {
  const [filter, setFilter] = useState<DoctorFilter>("active");
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [editing, setEditing] = useState<{ doctor: Doctor | null } | null>(null);
  const [archiving, setArchiving] = useState<Doctor | null>(null);
  const doctors = trpc.doctors.list.useInfiniteQuery(
    { state: filter, search: debounced || undefined, limit: 25 },
    { getNextPageParam: (page) => page.nextCursor ?? undefined, placeholderData: (previous) => previous },
  );
  const rows = doctors.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="lg">
      <PageHeader
        title="Doctors"
        description="Approve registrations, add doctors, edit their profiles and schedules."
        actions={<Button onClick={() => setEditing({ doctor: null })}>Add doctor</Button>}
      />
      <Group gap="md" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label="Show doctors"
          value={filter}
          onChange={(value) => setFilter(value as DoctorFilter)}
          data={DOCTOR_FILTERS.map((f) => ({ value: f.value, label: f.label }))}
        />
        <TextInput
          label="Search"
          placeholder="Name"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: "100%", xs: 260 }}
        />
      </Group>
      {!doctors.data ? (
        <QueryState error={doctors.error} onRetry={() => void doctors.refetch()} label="Loading doctors" />
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" highlightOnHover aria-label="Doctors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Specialization</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th>Time zone</Table.Th>
                  <Table.Th>Fee</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Text c="dimmed" ta="center" py="md">
                        No doctors match.
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  rows.map((doctor) => (
                    <DoctorRow
                      key={doctor.id}
                      doctor={doctor}
                      onEdit={(d) => setEditing({ doctor: d })}
                      onArchive={setArchiving}
                    />
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {doctors.hasNextPage && (
            <Group justify="center" p="sm">
              <Button
                variant="default"
                loading={doctors.isFetchingNextPage}
                onClick={() => void doctors.fetchNextPage()}
              >
                Load more
              </Button>
            </Group>
          )}
        </Paper>
      )}
      <DoctorFormModal
        opened={editing !== null}
        doctor={editing?.doctor ?? null}
        onClose={() => setEditing(null)}
      />
      <ArchiveDoctorModal doctor={archiving} onClose={() => setArchiving(null)} />
    </Stack>
  );
}

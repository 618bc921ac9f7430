import { formatCalendarDate, trpc } from "@healthcare/ui";
import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { PageHeader } from "../layout/PageHeader";
import { QueryState } from "../layout/QueryState";
import { PatientSelect } from "../pickers/PatientSelect";

/** The link to a patient's chart, carrying the name so the chart can title itself at once. */
export function ChartLink({ patient }: { patient: { id: string; firstName: string; lastName: string } }) {
  const name = `${patient.firstName} ${patient.lastName}`;
  return (
    <Anchor component={Link} to={`/patients/${patient.id}`} state={{ patientName: name }} fw={600}>
      {name}
    </Anchor>
  );
}

/** Doctors: the patients on their care team, searchable, and a way to open any other patient's chart. */
export function MyPatientsPage() {
  const navigate = useNavigate();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const patients = trpc.doctors.myPatients.useInfiniteQuery(
    { search: debounced || undefined, limit: 25 },
    { getNextPageParam: (page) => page.nextCursor ?? undefined, placeholderData: (previous) => previous },
  );
  const rows = patients.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader
        title="My patients"
        description="Patients on your care team. Open a chart to see their records."
      />
      <TextInput
        label="Search"
        placeholder="Name"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        w={{ base: "100%", xs: 300 }}
      />
      {!patients.data ? (
        <QueryState
          error={patients.error}
          onRetry={() => void patients.refetch()}
          label="Loading your patients"
        />
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" highlightOnHover aria-label="My patients">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Date of birth</Table.Th>
                  <Table.Th>On your team since</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={3}>
                      <Text c="dimmed" ta="center" py="md">
                        {debounced ? "No patients match." : "No patients are on your care team yet."}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  rows.map((patient) => (
                    <Table.Tr key={patient.id}>
                      <Table.Td>
                        <ChartLink patient={patient} />
                      </Table.Td>
                      <Table.Td>
                        {patient.dateOfBirth ? formatCalendarDate(patient.dateOfBirth) : "—"}
                      </Table.Td>
                      <Table.Td>{new Date(patient.since).toLocaleDateString()}</Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {patients.hasNextPage && (
            <Group justify="center" p="sm">
              <Button
                variant="default"
                loading={patients.isFetchingNextPage}
                onClick={() => void patients.fetchNextPage()}
              >
                Load more
              </Button>
            </Group>
          )}
        </Paper>
      )}
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            Other patient
          </Title>
          <Text size="sm" c="dimmed">
            Open the chart of a patient who is not on your care team. Reading their records needs emergency
            access, which is logged and told to the patient.
          </Text>
          <PatientSelect
            label="Other patient"
            value={null}
            maw={420}
            onChange={(patientId, label) => {
              if (patientId)
                void navigate(`/patients/${patientId}`, {
                  state: { patientName: label?.split(" · ")[0] ?? null },
                });
            }}
          />
        </Stack>
      </Paper>
    </Stack>
  );
}

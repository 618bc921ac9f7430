import { errorMessage, trpc } from "@healthcare/ui";
import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { PageHeader } from "../layout/PageHeader";
import { QueryState } from "../layout/QueryState";
import { DoctorSelect } from "../pickers/DoctorSelect";
import { PatientSelect } from "../pickers/PatientSelect";
import { Link } from "react-router";

/** One patient's care team, with assigning and removing doctors. */
function CareTeam({ patientId, patientLabel }: { patientId: string; patientLabel: string }) {
  const utils = trpc.useUtils();
  const [doctorId, setDoctorId] = useState<string | null>(null);
  const team = trpc.careTeam.list.useQuery({ patientId });
  const changed = async () => {
    await utils.careTeam.list.invalidate({ patientId });
  };
  const onError = (error: unknown) =>
    notifications.show({ color: "red", title: "That did not work", message: errorMessage(error) });
  const assign = trpc.careTeam.assign.useMutation({
    onSuccess: async () => {
      notifications.show({ color: "teal", message: "Doctor assigned" });
      setDoctorId(null);
      await changed();
    },
    onError,
  });
  const unassign = trpc.careTeam.unassign.useMutation({
    onSuccess: async () => {
      notifications.show({ color: "teal", message: "Doctor removed from the care team" });
      await changed();
    },
    onError,
  });
  const name = patientLabel.split(" · ")[0] ?? patientLabel;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          Care team of {name}
        </Title>
        <Anchor component={Link} to={`/patients/${patientId}`} state={{ patientName: name }} fw={600}>
          Open chart
        </Anchor>
      </Group>
      {!team.data ? (
        <QueryState error={team.error} onRetry={() => void team.refetch()} label="Loading the care team" />
      ) : (
        <Paper withBorder radius="md">
          <Table verticalSpacing="sm" aria-label="Care team">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Doctor</Table.Th>
                <Table.Th>Specialization</Table.Th>
                <Table.Th>Since</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {team.data.members.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={4}>
                    <Text c="dimmed" ta="center" py="md">
                      No doctors on this care team yet.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                team.data.members.map((member) => (
                  <Table.Tr key={member.doctorId}>
                    <Table.Td fw={600}>
                      Dr. {member.firstName} {member.lastName}
                    </Table.Td>
                    <Table.Td>{member.specialization}</Table.Td>
                    <Table.Td>{new Date(member.since).toLocaleDateString()}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        title={`Remove Dr. ${member.firstName} ${member.lastName}`}
                        loading={unassign.isPending && unassign.variables.doctorId === member.doctorId}
                        onClick={() => unassign.mutate({ patientId, doctorId: member.doctorId })}
                      >
                        Remove
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <Paper withBorder radius="md" p="md">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (doctorId) assign.mutate({ patientId, doctorId });
          }}
        >
          <Group align="flex-end" gap="sm">
            <DoctorSelect
              label="Assign doctor"
              value={doctorId}
              onChange={setDoctorId}
              w={{ base: "100%", sm: 380 }}
            />
            <Button type="submit" disabled={!doctorId} loading={assign.isPending}>
              Assign
            </Button>
          </Group>
        </form>
      </Paper>
    </Stack>
  );
}

/** Administrators: choose a patient, see and change their care team. */
export function CareTeamsPage() {
  const [patient, setPatient] = useState<{ id: string; label: string } | null>(null);
  return (
    <Stack gap="lg" maw={960}>
      <PageHeader
        title="Care teams"
        description="The doctors who look after a patient and may read and write their records."
      />
      <PatientSelect
        value={patient?.id ?? null}
        onChange={(id, label) => setPatient(id ? { id, label: label ?? id } : null)}
        maw={480}
      />
      {patient ? (
        <CareTeam key={patient.id} patientId={patient.id} patientLabel={patient.label} />
      ) : (
        <Text c="dimmed">Choose a patient to see their care team.</Text>
      )}
    </Stack>
  );
}

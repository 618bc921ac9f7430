import { CARE_TEAM_SOURCE_LABELS, trpc } from "@healthcare/ui";
import { Anchor, Badge, Center, EmptyState, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { doctorName } from "../doctors/doctorFacts";
import { QueryAlert } from "../QueryAlert";
import { useViewerZone } from "../scheduling";

/** Since when a doctor is on the team, as a date in the patient's zone ("14 Mar 2026"). */
const sinceText = (since: Date, timeZone: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone }).format(since);

/** The doctors on the patient's care team: they may read and write the patient's records. */
export function CareTeamPage() {
  const viewerZone = useViewerZone();
  const team = trpc.careTeam.list.useQuery({});

  let body;
  if (team.isPending) {
    body = (
      <Center py="xl" role="status" aria-label="Loading your care team">
        <Loader />
      </Center>
    );
  } else if (team.isError) {
    body = (
      <QueryAlert
        title="Could not load your care team"
        error={team.error}
        onRetry={() => void team.refetch()}
      />
    );
  } else if (team.data.members.length === 0) {
    body = (
      <EmptyState
        title="No doctors on your care team yet"
        description="A doctor joins your care team when you book an appointment or when the clinic assigns one."
        py="lg"
      />
    );
  } else {
    body = (
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }} aria-label="Your care team">
        {team.data.members.map((member) => (
          <Paper key={member.doctorId} component="li" withBorder p="md" radius="md">
            <Group justify="space-between" align="flex-start" gap="sm">
              <Stack gap={4}>
                <Anchor component={Link} to={`/doctors/${member.doctorId}`} fw={600}>
                  {doctorName(member)}
                </Anchor>
                <Text size="sm">{member.specialization}</Text>
                <Text size="sm" c="dimmed">
                  On your care team since{" "}
                  <time dateTime={member.since.toISOString()}>{sinceText(member.since, viewerZone)}</time>
                </Text>
              </Stack>
              <Badge variant="light" color={member.source === "admin" ? "grape" : "blue"} tt="none">
                {CARE_TEAM_SOURCE_LABELS[member.source]}
              </Badge>
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={1}>Care team</Title>
        <Text c="dimmed">
          These doctors can read your medical records and add to them. The clinic manages the team.
        </Text>
      </div>
      {body}
    </Stack>
  );
}

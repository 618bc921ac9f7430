import { Anchor, DataList, Group, Paper, Stack, Title } from "@mantine/core";
import { Link } from "react-router";
import { useMe } from "../session/useSession";
import { accountFacts } from "./accountFacts";

/** The signed-in account at a glance, with the way to edit it. */
export function AccountSummary() {
  const me = useMe();
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md" component="section" aria-label="Your account">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3">
            Your account
          </Title>
          <Anchor component={Link} to="/profile" fw={600}>
            Edit profile
          </Anchor>
        </Group>
        <DataList labelWidth="9rem" withDivider>
          {accountFacts(me).map((fact) => (
            <DataList.Item key={fact.label}>
              <DataList.ItemLabel>{fact.label}</DataList.ItemLabel>
              <DataList.ItemValue>{fact.value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      </Stack>
    </Paper>
  );
}

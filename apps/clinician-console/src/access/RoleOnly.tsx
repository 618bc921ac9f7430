import { useMe } from "@healthcare/ui";
import type { Role } from "@healthcare/ui";
import { Anchor, Stack, Text, Title } from "@mantine/core";
import { Link, Outlet } from "react-router";

const ROLE_NAMES: Partial<Record<Role, string>> = { doctor: "doctors", admin: "administrators" };

/** A layout route for pages of one role; others learn, inside the frame, that the page is not theirs. */
export function RoleOnly({ role }: { role: Role }) {
  const me = useMe();
  if (me.role === role) return <Outlet />;
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>Not available</Title>
      <Text>This page is for {ROLE_NAMES[role] ?? role} of the clinic.</Text>
      <Anchor component={Link} to="/" fw={600}>
        Go to the home page
      </Anchor>
    </Stack>
  );
}

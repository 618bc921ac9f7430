import { Anchor, AppShell, Badge, Burger, Group, NavLink, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { NotificationBell } from "../notifications/NotificationBell";
import { useMe } from "../session/useSession";
import { ROLE_LABELS } from "./roleLabels";
import { SignOutButton } from "./SignOutButton";

/** A navigation entry: a label and an in-app path. */
export interface AppLink {
  label: string;
  to: string;
}

function isActive(pathname: string, to: string): boolean {
  return to === "/" ? pathname === "/" : pathname === to || pathname.startsWith(`${to}/`);
}

/** The signed-in page frame: header with the app, notifications, the user and sign-out; navbar with the app's links. */
export function AppFrame({
  appName,
  links,
  children,
}: {
  appName: string;
  links: AppLink[];
  children: ReactNode;
}) {
  const me = useMe();
  const { pathname } = useLocation();
  const [navOpened, nav] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !navOpened } }}
      padding={{ base: "md", sm: "xl" }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Anchor component={Link} to="/" fw={700} size="lg" c="indigo.8" underline="never">
              {appName}
            </Anchor>
          </Group>
          <Group gap="md" wrap="nowrap">
            <NotificationBell />
            <Stack gap={0} align="flex-end" visibleFrom="xs">
              <Text size="sm" fw={600}>
                {me.firstName} {me.lastName}
              </Text>
              <Badge size="xs" variant="light">
                {ROLE_LABELS[me.role]}
              </Badge>
            </Stack>
            <SignOutButton size="sm" />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        {links.map((link) => (
          <NavLink
            key={link.to}
            component={Link}
            to={link.to}
            label={link.label}
            active={isActive(pathname, link.to)}
            aria-current={isActive(pathname, link.to) ? "page" : undefined}
            onClick={nav.close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}

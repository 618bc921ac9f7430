import { Anchor, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { CenteredCard } from "./CenteredCard";
import { SignOutButton } from "./SignOutButton";

/**
 * A signed-in page that explains why this app is not available to the account
 * (wrong app for the role, registration awaiting review), with an optional way elsewhere.
 */
export function AccessNotice({
  appName,
  title,
  children,
  elsewhere,
}: {
  appName: string;
  title: string;
  children: ReactNode;
  /** A link out of this app (a full page load, not an in-app route). */
  elsewhere?: { href: string; label: string };
}) {
  return (
    <CenteredCard appName={appName} title={title}>
      {children}
      <Group justify="space-between" mt="sm">
        {elsewhere ? (
          <Anchor href={elsewhere.href} fw={600}>
            {elsewhere.label}
          </Anchor>
        ) : (
          <span />
        )}
        <SignOutButton />
      </Group>
    </CenteredCard>
  );
}

import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import type { ReactNode } from "react";
import { ApiProvider } from "./api/ApiProvider";
import { cssVariablesResolver, theme } from "./theme";

/** Everything an app needs around its routes: theme, notifications, API client and cache. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <ApiProvider>{children}</ApiProvider>
    </MantineProvider>
  );
}

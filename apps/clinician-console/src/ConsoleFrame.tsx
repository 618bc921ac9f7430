import { AppFrame } from "@healthcare/ui";
import type { AppLink } from "@healthcare/ui";
import { Outlet } from "react-router";
import { APP_NAME } from "./appName";

const LINKS: AppLink[] = [
  { label: "Home", to: "/" },
  { label: "Profile", to: "/profile" },
];

/** The signed-in frame of the clinician console. */
export function ConsoleFrame() {
  return (
    <AppFrame appName={APP_NAME} links={LINKS}>
      <Outlet />
    </AppFrame>
  );
}

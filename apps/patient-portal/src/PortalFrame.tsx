import { AppFrame } from "@healthcare/ui";
import type { AppLink } from "@healthcare/ui";
import { Outlet } from "react-router";
import { APP_NAME } from "./appName";

const LINKS: AppLink[] = [
  { label: "Home", to: "/" },
  { label: "Find a doctor", to: "/doctors" },
  { label: "Appointments", to: "/appointments" },
  { label: "My records", to: "/records" },
  { label: "Care team", to: "/care-team" },
  { label: "Who accessed my data", to: "/access-log" },
  { label: "Profile", to: "/profile" },
];

/** The signed-in frame of the patient portal. */
export function PortalFrame() {
  return (
    <AppFrame appName={APP_NAME} links={LINKS}>
      <Outlet />
    </AppFrame>
  );
}

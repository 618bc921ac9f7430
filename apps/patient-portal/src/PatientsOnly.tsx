import { AccessNotice, useMe } from "@healthcare/ui";
import { Text } from "@mantine/core";
import { Outlet } from "react-router";
import { APP_NAME, CLINICIAN_CONSOLE_URL } from "./appName";

/** Lets patients through; doctors and administrators are pointed to the clinician console. */
export function PatientsOnly() {
  const me = useMe();
  if (me.role === "patient") return <Outlet />;
  return (
    <AccessNotice
      appName={APP_NAME}
      title="This portal is for patients"
      elsewhere={{ href: CLINICIAN_CONSOLE_URL, label: "Go to the clinician console" }}
    >
      <Text>
        You are signed in as {me.firstName} {me.lastName}, a clinic staff account. Doctors and administrators
        work in the clinician console.
      </Text>
    </AccessNotice>
  );
}

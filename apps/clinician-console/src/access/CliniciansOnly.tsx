import { AccessNotice, useMe } from "@healthcare/ui";
import { Text } from "@mantine/core";
import { Outlet } from "react-router";
import { APP_NAME, PATIENT_PORTAL_URL } from "../appName";
import { consoleAccess } from "./consoleAccess";

/** Lets approved doctors and administrators through; everyone else learns why not. */
export function CliniciansOnly() {
  const me = useMe();
  switch (consoleAccess(me)) {
    case "clinician":
      return <Outlet />;
    case "patient":
      return (
        <AccessNotice
          appName={APP_NAME}
          title="This console is for clinicians"
          elsewhere={{ href: PATIENT_PORTAL_URL, label: "Go to the patient portal" }}
        >
          <Text>
            You are signed in as {me.firstName} {me.lastName}, a patient account. Your appointments and
            details are in the patient portal.
          </Text>
        </AccessNotice>
      );
    case "pending":
      return (
        <AccessNotice appName={APP_NAME} title="Awaiting approval">
          <Text>Thank you for registering, {me.firstName}.</Text>
          <Text>
            An administrator of the clinic must approve your registration before you can use the console. Once
            it is approved, reload this page or sign in again to start.
          </Text>
        </AccessNotice>
      );
    case "rejected":
      return (
        <AccessNotice appName={APP_NAME} title="Registration not approved">
          <Text>
            An administrator of the clinic did not approve this doctor registration, so the account cannot use
            the console. If you think this is a mistake, contact the clinic&apos;s administration.
          </Text>
        </AccessNotice>
      );
  }
}

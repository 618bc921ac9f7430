import { AppFrame, useMe } from "@healthcare/ui";
import { Outlet } from "react-router";
import { consoleLinks } from "./access/consoleLinks";
import { APP_NAME } from "./appName";

/** The signed-in frame of the clinician console, with the links of the user's role. */
export function ConsoleFrame() {
  const me = useMe();
  return (
    <AppFrame appName={APP_NAME} links={consoleLinks(me.role)}>
      <Outlet />
    </AppFrame>
  );
}

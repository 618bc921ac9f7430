import { Navigate, Outlet, useLocation } from "react-router";
import { FullPageLoader } from "../layout/FullPageLoader";
import { returnPath } from "./returnPath";
import { useSession } from "./useSession";

/**
 * A layout route for the sign-in and registration pages: once a session exists (already, or
 * after signing in or registering here) it moves on to where the user was going.
 * If the session cannot be checked (server unreachable) the pages still show, so the
 * person can try, and the form reports the error.
 */
export function RedirectIfSignedIn() {
  const session = useSession();
  const location = useLocation();
  if (session.status === "loading") return <FullPageLoader />;
  if (session.status === "signed-in") return <Navigate to={returnPath(location.state)} replace />;
  return <Outlet />;
}

import { Navigate, Outlet, useLocation } from "react-router";
import { errorMessage } from "../api/errors";
import { FullPageError } from "../layout/FullPageError";
import { FullPageLoader } from "../layout/FullPageLoader";
import { SignedInUserContext, useSession } from "./useSession";

/** A layout route for signed-in pages: others go to /sign-in and come back here afterwards. */
export function RequireSignIn() {
  const session = useSession();
  const location = useLocation();

  switch (session.status) {
    case "loading":
      return <FullPageLoader />;
    case "signed-out":
      return <Navigate to="/sign-in" replace state={{ from: location }} />;
    case "error":
      return (
        <FullPageError
          title="We could not load your account"
          message={errorMessage(session.error)}
          onRetry={session.refetch}
        />
      );
    case "signed-in":
      return (
        <SignedInUserContext value={session.user}>
          <Outlet />
        </SignedInUserContext>
      );
  }
}

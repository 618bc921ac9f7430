import { Button } from "@mantine/core";
import { Link } from "react-router";
import { FullPageError } from "./FullPageError";

/** The page for an address that leads nowhere. */
export function NotFound() {
  return (
    <FullPageError
      title="Page not found"
      message="There is no page at this address. It may have moved, or the link may be mistyped."
      action={
        <Button component={Link} to="/" variant="light">
          Go to the home page
        </Button>
      }
    />
  );
}

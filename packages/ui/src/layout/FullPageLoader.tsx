import { Center, Loader } from "@mantine/core";

/** Shown while the session is being checked. */
export function FullPageLoader() {
  return (
    <Center mih="100vh" role="status" aria-label="Loading">
      <Loader />
    </Center>
  );
}

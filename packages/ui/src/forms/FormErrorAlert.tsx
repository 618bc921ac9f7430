import { Alert } from "@mantine/core";

/** The message of a failed submission, above the form; nothing when there is none. */
export function FormErrorAlert({
  message,
  title = "That did not work",
}: {
  message: string | null;
  title?: string;
}) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {message}
    </Alert>
  );
}

import { errorMessage } from "@healthcare/ui";
import { Alert, Button, Center, Loader } from "@mantine/core";

/** What a section shows while its data loads, or when loading failed (with a way to try again). */
export function QueryState({
  error,
  onRetry,
  label = "Loading",
}: {
  error: unknown;
  onRetry: () => void;
  label?: string;
}) {
  if (!error) {
    return (
      <Center py="xl">
        <Loader aria-label={label} />
      </Center>
    );
  }
  return (
    <Alert color="red" variant="light" title="Could not load this" role="alert">
      {errorMessage(error)}
      <div>
        <Button size="xs" variant="light" color="red" mt="sm" onClick={onRetry}>
          Try again
        </Button>
      </div>
    </Alert>
  );
}

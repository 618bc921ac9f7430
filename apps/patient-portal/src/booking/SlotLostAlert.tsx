import { SLOT_PROBLEM_MESSAGES } from "@healthcare/ui";
import type { SlotProblem } from "@healthcare/ui";
import { Alert } from "@mantine/core";

/** The friendly word that the chosen time is gone, shown above the fresh free times. */
export function SlotLostAlert({ problem }: { problem: SlotProblem | null }) {
  if (!problem) return null;
  return (
    <Alert color="orange" variant="light" title="Please choose another time" role="alert">
      {SLOT_PROBLEM_MESSAGES[problem]}
    </Alert>
  );
}

import { errorMessage, trpc } from "@healthcare/ui";
import { Button, Group } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { CancelAppointmentModal } from "./CancelAppointmentModal";
import { ACTION_LABELS, actionsFor } from "./status";
import type { Appointment } from "./types";
import { patientName } from "./types";
import { useAppointmentChanged } from "./useAppointmentChanged";

const DONE: Record<"confirm" | "complete" | "markNoShow", string> = {
  confirm: "confirmed",
  complete: "completed",
  markNoShow: "marked as missed",
};

/**
 * The lifecycle's next steps for an appointment, as buttons: confirm, complete, mark no-show,
 * cancel (with a reason). A refusal from the server (too early to complete, changed meanwhile)
 * shows as a notification with the server's words.
 */
export function AppointmentActions({
  appointment,
  timeZone,
}: {
  appointment: Appointment;
  timeZone: string;
}) {
  const changed = useAppointmentChanged();
  const [cancelOpened, cancelModal] = useDisclosure(false);
  const handlers = (action: keyof typeof DONE) => ({
    onSuccess: async () => {
      notifications.show({
        color: "teal",
        message: `Appointment with ${patientName(appointment)} ${DONE[action]}`,
      });
      await changed();
    },
    onError: (error: unknown) => {
      notifications.show({ color: "red", title: "That did not work", message: errorMessage(error) });
      void changed();
    },
  });
  const confirm = trpc.appointments.confirm.useMutation(handlers("confirm"));
  const complete = trpc.appointments.complete.useMutation(handlers("complete"));
  const markNoShow = trpc.appointments.markNoShow.useMutation(handlers("markNoShow"));
  const mutations = { confirm, complete, markNoShow };
  const busy = confirm.isPending || complete.isPending || markNoShow.isPending;

  const actions = actionsFor(appointment.status);
  if (actions.length === 0) return null;

  return (
    <>
      <Group gap="xs" wrap="wrap">
        {actions.map((action) =>
          action === "cancel" ? (
            <Button
              key={action}
              size="xs"
              variant="subtle"
              color="red"
              onClick={cancelModal.open}
              disabled={busy}
            >
              {ACTION_LABELS[action]}
            </Button>
          ) : (
            <Button
              key={action}
              size="xs"
              variant={action === "markNoShow" ? "default" : "filled"}
              loading={mutations[action].isPending}
              disabled={busy && !mutations[action].isPending}
              onClick={() => mutations[action].mutate({ id: appointment.id })}
            >
              {ACTION_LABELS[action]}
            </Button>
          ),
        )}
      </Group>
      <CancelAppointmentModal
        appointment={appointment}
        timeZone={timeZone}
        opened={cancelOpened}
        onClose={cancelModal.close}
      />
    </>
  );
}

import { Button, SimpleGrid, Stack, Text } from "@mantine/core";
import { slotLabel } from "./timeLabels";
import type { TimeRange } from "./zonedTime";

/**
 * One button per free slot, labelled with the doctor's time ("09:30") and, where the viewer's
 * clock differs, their own time beneath it; the accessible name says both ("09:30 (15:30 your time)").
 */
export function SlotButtons<Slot extends TimeRange>({
  slots,
  doctorZone,
  viewerZone,
  onPick,
  disabled = false,
}: {
  slots: Slot[];
  doctorZone: string;
  viewerZone: string;
  onPick: (slot: Slot) => void;
  disabled?: boolean;
}) {
  return (
    <SimpleGrid cols={{ base: 2, xs: 3, lg: 4 }} spacing="xs">
      {slots.map((slot) => {
        const label = slotLabel(slot.startsAt, doctorZone, viewerZone);
        return (
          <Button
            key={slot.startsAt.getTime()}
            variant="default"
            h="auto"
            py={6}
            px={4}
            disabled={disabled}
            aria-label={label.accessibleName}
            styles={{ label: { whiteSpace: "normal", overflow: "visible" } }}
            onClick={() => onPick(slot)}
          >
            <Stack gap={0} align="center">
              <Text span fw={700}>
                {label.time}
              </Text>
              {label.viewerTime && (
                <Text span size="xs" c="dimmed">
                  {label.viewerTime} your time
                </Text>
              )}
            </Stack>
          </Button>
        );
      })}
    </SimpleGrid>
  );
}

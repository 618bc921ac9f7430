import { trpc } from "@healthcare/ui";
import { Chip, Group, Input, Loader, Text } from "@mantine/core";
import { useMemo } from "react";
import { formatTime } from "../time/formatTime";
import { dayRange } from "../time/zonedTime";

/** The free slots of a doctor on one day (on the doctor's clocks), to pick one. */
export function SlotPicker({
  doctorId,
  date,
  timeZone,
  value,
  onChange,
  error,
}: {
  doctorId: string;
  date: string;
  timeZone: string;
  /** The chosen slot's start as an ISO instant, "" for none. */
  value: string;
  onChange: (startsAt: string) => void;
  error?: React.ReactNode;
}) {
  const range = useMemo(() => dayRange(date, timeZone), [date, timeZone]);
  const slots = trpc.doctors.availableSlots.useQuery({ doctorId, from: range.from, to: range.to });
  const list = slots.data?.slots ?? [];
  return (
    <Input.Wrapper
      label="Free times"
      description={`On the doctor's clocks: ${timeZone}`}
      error={error}
      labelElement="div"
    >
      <div role="radiogroup" aria-label="Free times">
        {slots.isPending ? (
          <Loader size="sm" mt="xs" aria-label="Loading free times" />
        ) : slots.error ? (
          <Text size="sm" c="red.9" mt="xs">
            Could not load the free times.
          </Text>
        ) : list.length === 0 ? (
          <Text size="sm" c="dimmed" mt="xs">
            No free times on this day. Try another day.
          </Text>
        ) : (
          <Chip.Group multiple={false} value={value} onChange={onChange}>
            <Group gap={6} mt="xs">
              {list.map((slot) => (
                <Chip
                  key={slot.startsAt.toISOString()}
                  value={slot.startsAt.toISOString()}
                  size="sm"
                  radius="sm"
                >
                  {formatTime(slot.startsAt, timeZone)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        )}
      </div>
    </Input.Wrapper>
  );
}

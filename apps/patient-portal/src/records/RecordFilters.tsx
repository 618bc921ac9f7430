import { RECORD_TYPE_OPTIONS } from "@healthcare/ui";
import type { RecordType } from "@healthcare/validators";
import { NativeSelect, SimpleGrid, TextInput } from "@mantine/core";

const ALL = "";

/** The record filters: a type and a range of visit dates. */
export function RecordFilters({
  type,
  from,
  to,
  rangeError,
  onChange,
}: {
  type: RecordType | null;
  from: string;
  to: string;
  rangeError: string | null;
  onChange: (change: { type?: RecordType | null; from?: string; to?: string }) => void;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} maw={760}>
      <NativeSelect
        label="Type"
        data={[{ value: ALL, label: "All types" }, ...RECORD_TYPE_OPTIONS]}
        value={type ?? ALL}
        onChange={(event) => onChange({ type: (event.currentTarget.value || null) as RecordType | null })}
      />
      <TextInput
        label="From"
        type="date"
        value={from}
        max={to || undefined}
        onChange={(event) => onChange({ from: event.currentTarget.value })}
      />
      <TextInput
        label="To"
        type="date"
        value={to}
        min={from || undefined}
        error={rangeError}
        onChange={(event) => onChange({ to: event.currentTarget.value })}
      />
    </SimpleGrid>
  );
}

import { Select } from "@mantine/core";
import type { SelectProps } from "@mantine/core";
import { useMemo } from "react";

/** Every IANA zone the browser knows, plus `current` when the list lacks it (an alias such as "UTC"). */
export function timeZoneChoices(
  current: string,
  known: readonly string[] = Intl.supportedValuesOf("timeZone"),
): string[] {
  const zones = new Set(known);
  if (current) zones.add(current);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

/** A searchable choice of IANA time zone ("Europe/Berlin"). */
export function TimeZoneSelect({ value, ...props }: Omit<SelectProps, "data" | "searchable">) {
  const data = useMemo(() => timeZoneChoices(value ?? ""), [value]);
  return (
    <Select
      label="Time zone"
      {...props}
      value={value}
      data={data}
      searchable
      allowDeselect={false}
      limit={50}
    />
  );
}

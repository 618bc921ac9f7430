import { trpc } from "@healthcare/ui";
import type { SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { RemoteSelect } from "./RemoteSelect";

/** Picks a patient by name, email or phone, searching on the server. */
export function PatientSelect({
  value,
  onChange,
  ...props
}: {
  value: string | null;
  onChange: (patientId: string | null, label: string | null) => void;
} & Omit<SelectProps, "value" | "onChange" | "data" | "searchable" | "filter">) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const patients = trpc.patients.list.useQuery(
    { search: debounced || undefined, limit: 30 },
    { placeholderData: (previous) => previous },
  );
  const options = (patients.data?.items ?? []).map((patient) => ({
    value: patient.id,
    label: `${patient.firstName} ${patient.lastName} · ${patient.email}`,
  }));
  return (
    <RemoteSelect
      label="Patient"
      placeholder="Search by name, email or phone"
      {...props}
      value={value}
      options={options}
      loading={patients.isFetching}
      onSearch={setSearch}
      onChange={(patientId, option) => onChange(patientId, option?.label ?? null)}
    />
  );
}

import { trpc } from "@healthcare/ui";
import type { SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import type { Doctor } from "../doctors/doctorForm";
import { RemoteSelect } from "./RemoteSelect";

/** "Dr. Sarah Mitchell · General Practice", with the state when the doctor cannot be booked. */
export function doctorOptionLabel(doctor: Doctor): string {
  const name = `Dr. ${doctor.firstName} ${doctor.lastName} · ${doctor.specialization}`;
  if (doctor.archivedAt) return `${name} (archived)`;
  if (doctor.approvalState !== "approved") return `${name} (${doctor.approvalState})`;
  return name;
}

/** Picks a doctor by name, searching on the server: bookable doctors, or all of them (admins). */
export function DoctorSelect({
  value,
  valueLabel,
  onChange,
  state = "active",
  ...props
}: {
  value: string | null;
  valueLabel?: string;
  onChange: (doctorId: string | null) => void;
  state?: "active" | "all";
} & Omit<SelectProps, "value" | "onChange" | "data" | "searchable" | "filter">) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const doctors = trpc.doctors.list.useQuery(
    { state, search: debounced || undefined, limit: 50 },
    { placeholderData: (previous) => previous },
  );
  const options = (doctors.data?.items ?? []).map((doctor) => ({
    value: doctor.id,
    label: doctorOptionLabel(doctor),
  }));
  return (
    <RemoteSelect
      label="Doctor"
      placeholder="Search by name"
      {...props}
      value={value}
      valueLabel={valueLabel}
      options={options}
      loading={doctors.isFetching}
      onSearch={setSearch}
      onChange={(doctorId) => onChange(doctorId)}
    />
  );
}

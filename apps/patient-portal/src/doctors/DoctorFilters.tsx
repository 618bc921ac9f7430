import { trpc } from "@healthcare/ui";
import { NativeSelect, SimpleGrid, TextInput } from "@mantine/core";

const ALL = "";

/** The doctor search: a specialization to filter by and a name to look for. */
export function DoctorFilters({
  specialization,
  onSpecializationChange,
  search,
  onSearchChange,
}: {
  specialization: string | null;
  onSpecializationChange: (value: string | null) => void;
  search: string;
  onSearchChange: (value: string) => void;
}) {
  const specializations = trpc.doctors.specializations.useQuery();
  const known = specializations.data ?? [];
  // The chosen one stays listed even before the list arrives (a filter taken from the address).
  const options = specialization && !known.includes(specialization) ? [specialization, ...known] : known;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720}>
      <NativeSelect
        label="Specialization"
        data={[{ value: ALL, label: "All specializations" }, ...options]}
        value={specialization ?? ALL}
        onChange={(event) => onSpecializationChange(event.currentTarget.value || null)}
        error={specializations.isError ? "Could not load the specializations" : undefined}
      />
      <TextInput
        label="Name"
        type="search"
        placeholder="Search by the doctor's name"
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
      />
    </SimpleGrid>
  );
}

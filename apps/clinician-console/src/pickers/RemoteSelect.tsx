import { Loader, Select } from "@mantine/core";
import type { ComboboxItem, SelectProps } from "@mantine/core";
import { useState } from "react";

/** An option of a remote select, with what the page needs to know about the choice. */
export type RemoteOption = ComboboxItem;

/**
 * A searchable Select whose options come from the server: the page searches with the text typed
 * (`onSearch`) and passes the answers in `options`; the chosen option stays shown while other
 * searches come and go.
 */
export function RemoteSelect({
  value,
  valueLabel,
  options,
  loading,
  onSearch,
  onChange,
  ...props
}: {
  value: string | null;
  /** The label of the chosen value, when it is not among the current options. */
  valueLabel?: string;
  options: RemoteOption[];
  loading: boolean;
  onSearch: (search: string) => void;
  onChange: (value: string | null, option: RemoteOption | null) => void;
} & Omit<SelectProps, "value" | "onChange" | "data" | "searchable" | "filter">) {
  const [chosen, setChosen] = useState<RemoteOption | null>(null);
  const current =
    value === null
      ? null
      : chosen?.value === value
        ? chosen
        : valueLabel
          ? { value, label: valueLabel }
          : (options.find((o) => o.value === value) ?? null);
  const data = current && !options.some((o) => o.value === current.value) ? [current, ...options] : options;

  return (
    <Select
      withAsterisk={false}
      {...props}
      searchable
      value={value}
      data={data}
      // The server already filtered by the search text.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? "Searching…" : "Nothing found"}
      rightSection={loading ? <Loader size="xs" /> : undefined}
      onSearchChange={(search) => onSearch(search === current?.label ? "" : search)}
      onChange={(next, option) => {
        setChosen(option);
        onChange(next, option);
      }}
    />
  );
}

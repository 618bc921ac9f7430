import { Badge } from "@mantine/core";
import type { BadgeProps } from "@mantine/core";
import type { RecordType } from "@healthcare/validators";
import { RECORD_TYPE_COLORS, RECORD_TYPE_LABELS } from "./recordLabels";

/** A medical record's type as a coloured badge: "Check-up", "Lab result"... */
export function RecordTypeBadge({ type, ...props }: { type: RecordType } & BadgeProps) {
  return (
    <Badge variant="light" color={RECORD_TYPE_COLORS[type]} tt="none" {...props}>
      {RECORD_TYPE_LABELS[type]}
    </Badge>
  );
}

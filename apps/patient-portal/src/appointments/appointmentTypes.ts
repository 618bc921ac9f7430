import type { RouterOutputs } from "@healthcare/ui";

/** An appointment as the API returns it, with the doctor's name, specialization and time zone. */
export type Appointment = RouterOutputs["appointments"]["byId"];

import type { Me } from "../api/trpc";
import { formatCalendarDate } from "../format/dates";
import { ROLE_LABELS } from "../layout/roleLabels";
import { GENDER_LABELS } from "./labels";

/** One labelled fact about an account, as the account summary lists it. */
export interface AccountFact {
  label: string;
  value: string;
}

const NOT_GIVEN = "Not given";

const APPROVAL_LABELS = {
  pending: "Awaiting approval",
  approved: "Approved",
  rejected: "Not approved",
} as const;

/** The facts an account summary shows for an account, in reading order. */
export function accountFacts(me: Me): AccountFact[] {
  const facts: AccountFact[] = [
    { label: "Name", value: `${me.firstName} ${me.lastName}` },
    { label: "Email", value: me.email },
    { label: "Role", value: ROLE_LABELS[me.role] },
    { label: "Phone", value: me.phone ?? NOT_GIVEN },
    { label: "Time zone", value: me.timeZone },
  ];
  if (me.patient) {
    const { dateOfBirth, gender, address } = me.patient;
    facts.push(
      { label: "Date of birth", value: dateOfBirth ? formatCalendarDate(dateOfBirth) : NOT_GIVEN },
      { label: "Gender", value: gender ? GENDER_LABELS[gender] : NOT_GIVEN },
      { label: "Address", value: address ?? NOT_GIVEN },
    );
  }
  if (me.doctor) {
    facts.push(
      { label: "Specialization", value: me.doctor.specialization },
      { label: "License number", value: me.doctor.licenseNumber },
    );
  }
  if (me.doctorApprovalState)
    facts.push({ label: "Registration", value: APPROVAL_LABELS[me.doctorApprovalState] });
  return facts;
}

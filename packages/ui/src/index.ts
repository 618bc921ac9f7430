// API access
export { ApiProvider } from "./api/ApiProvider";
export { trpc } from "./api/trpc";
export type { Me, Role, RouterInputs, RouterOutputs } from "./api/trpc";
export { errorCode, errorMessage, isUnauthorized, placeServerErrors } from "./api/errors";

// App shell
export { AppProviders } from "./AppProviders";
export { theme } from "./theme";
export { AppFrame } from "./layout/AppFrame";
export type { AppLink } from "./layout/AppFrame";
export { AccessNotice } from "./layout/AccessNotice";
export { CenteredCard } from "./layout/CenteredCard";
export { FullPageError } from "./layout/FullPageError";
export { FullPageLoader } from "./layout/FullPageLoader";
export { NotFound } from "./layout/NotFound";
export { ROLE_LABELS } from "./layout/roleLabels";
export { SignOutButton } from "./layout/SignOutButton";

// Forms
export { applyServerErrors } from "./forms/applyServerErrors";
export { blankToNull, blankToUndefined, formValidator } from "./forms/formValidator";
export { DateOfBirthField } from "./forms/DateOfBirthField";
export { FormErrorAlert } from "./forms/FormErrorAlert";
export { NewAccountFields } from "./forms/NewAccountFields";
export type { NewAccountFieldName } from "./forms/NewAccountFields";
export { PasswordField } from "./forms/PasswordField";
export { browserTimeZone } from "./format/timeZones";
export { formatCalendarDate } from "./format/dates";
export { useNow } from "./format/useNow";

// Session
export { RedirectIfSignedIn } from "./session/RedirectIfSignedIn";
export { RequireSignIn } from "./session/RequireSignIn";
export { useRegister, useSignIn, useSignOut } from "./session/sessionMutations";
export { SignInForm } from "./session/SignInForm";
export { SignInPage } from "./session/SignInPage";
export { useMe, useSession } from "./session/useSession";
export { useViewerZone } from "./session/useViewerZone";

// Notifications (the bell is part of AppFrame)
export { NotificationsPage } from "./notifications/NotificationsPage";

// Profile
export { AccountSummary } from "./profile/AccountSummary";
export { ProfilePage } from "./profile/ProfilePage";

// Calendar
export { WeekCalendar } from "./calendar/WeekCalendar";
export type { WeekCalendarDay, WeekCalendarEvent } from "./calendar/WeekCalendar";
export { DEFAULT_HOURS, eventBox, layoutDay, layoutWeek, visibleHours } from "./calendar/weekLayout";
export type { EventBox, HourRange, LaidOut, WeekPlacement } from "./calendar/weekLayout";

// Scheduling
export { AppointmentStatusBadge } from "./scheduling/AppointmentStatusBadge";
export { AppointmentTime } from "./scheduling/AppointmentTime";
export {
  APPOINTMENT_STATUS_COLORS,
  APPOINTMENT_STATUS_LABELS,
  isActiveAppointment,
} from "./scheduling/appointmentStatus";
export { SLOT_PROBLEM_MESSAGES, slotProblem } from "./scheduling/bookingErrors";
export type { SlotProblem } from "./scheduling/bookingErrors";
export { formatMinorUnits } from "./scheduling/money";
export { SlotButtons } from "./scheduling/SlotButtons";
export { SlotPicker } from "./scheduling/SlotPicker";
export type { FreeSlot } from "./scheduling/SlotPicker";
export { appointmentWhen, formatDay, formatTime, slotLabel, zoneNote } from "./scheduling/timeLabels";
export type { AppointmentWhen, SlotLabel } from "./scheduling/timeLabels";
export { WeekStrip } from "./scheduling/WeekStrip";
export type { WeekStripDay } from "./scheduling/WeekStrip";
export {
  addDays,
  buildWeek,
  calendarDayIn,
  groupByDay,
  startOfDayIn,
  startOfWeek,
} from "./scheduling/zonedTime";
export type { CalendarDay, TimeRange, ZonedDay } from "./scheduling/zonedTime";

// Medical records
export { RecordTypeBadge } from "./records/RecordTypeBadge";
export {
  ACCESS_ACTION_LABELS,
  accessActionLabel,
  actorName,
  CARE_TEAM_SOURCE_LABELS,
  formatInstant,
  isRecordType,
  RECORD_TYPE_COLORS,
  RECORD_TYPE_LABELS,
  RECORD_TYPE_OPTIONS,
  recordAuthorLabel,
} from "./records/recordLabels";

// Patient chart (clinicians)
export { activeEmergencyAccess, isOutsideCareTeam } from "./chart/careTeamAccess";

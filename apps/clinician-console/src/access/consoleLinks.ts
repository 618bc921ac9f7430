import type { AppLink, Role } from "@healthcare/ui";

const HOME: AppLink = { label: "Home", to: "/" };
const PROFILE: AppLink = { label: "Profile", to: "/profile" };

/** The console's navigation for a role: doctors run their day, administrators run the clinic. */
export function consoleLinks(role: Role): AppLink[] {
  switch (role) {
    case "doctor":
      return [
        HOME,
        { label: "Today", to: "/today" },
        { label: "My patients", to: "/patients" },
        { label: "Calendar", to: "/calendar" },
        { label: "My schedule", to: "/schedule" },
        PROFILE,
      ];
    case "admin":
      return [
        HOME,
        { label: "Doctors", to: "/doctors" },
        { label: "Calendar", to: "/calendar" },
        { label: "Book for a patient", to: "/book" },
        { label: "Care teams", to: "/care-teams" },
        { label: "Audit log", to: "/audit" },
        PROFILE,
      ];
    default:
      return [HOME, PROFILE];
  }
}

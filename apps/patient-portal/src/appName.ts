/** The name this app shows in its header and on its sign-in pages. */
export const APP_NAME = "Patient portal";

/** Where clinicians go instead: the clinician console, a separate app on the same origin. */
export const CLINICIAN_CONSOLE_URL = "/console/";

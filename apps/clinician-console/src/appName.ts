/** The name this app shows in its header and on its sign-in pages. */
export const APP_NAME = "Clinician console";

/** Where patients go instead: the patient portal, a separate app at the root of the same origin. */
export const PATIENT_PORTAL_URL = "/";

/** The path this app is served under; React Router routes are relative to it. */
export const BASENAME = "/console";

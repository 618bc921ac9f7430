import {
  NotFound,
  NotificationsPage,
  ProfilePage,
  RedirectIfSignedIn,
  RequireSignIn,
  SignInPage,
} from "@healthcare/ui";
import { Route, Routes } from "react-router";
import { APP_NAME } from "./appName";
import { AccessLogPage } from "./pages/AccessLogPage";
import { AppointmentPage } from "./pages/AppointmentPage";
import { AppointmentsPage } from "./pages/AppointmentsPage";
import { CareTeamPage } from "./pages/CareTeamPage";
import { DoctorPage } from "./pages/DoctorPage";
import { DoctorsPage } from "./pages/DoctorsPage";
import { EditRecordPage } from "./pages/EditRecordPage";
import { HomePage } from "./pages/HomePage";
import { NewRecordPage } from "./pages/NewRecordPage";
import { RecordPage } from "./pages/RecordPage";
import { RecordsPage } from "./pages/RecordsPage";
import { RegisterPage } from "./pages/RegisterPage";
import { PatientsOnly } from "./PatientsOnly";
import { PortalFrame } from "./PortalFrame";

/** Every page of the patient portal. */
export function PortalRoutes() {
  return (
    <Routes>
      <Route element={<RedirectIfSignedIn />}>
        <Route path="sign-in" element={<SignInPage appName={APP_NAME} />} />
        <Route path="register" element={<RegisterPage />} />
      </Route>
      <Route element={<RequireSignIn />}>
        <Route element={<PatientsOnly />}>
          <Route element={<PortalFrame />}>
            <Route index element={<HomePage />} />
            <Route path="doctors" element={<DoctorsPage />} />
            <Route path="doctors/:doctorId" element={<DoctorPage />} />
            <Route path="appointments" element={<AppointmentsPage />} />
            <Route path="appointments/:appointmentId" element={<AppointmentPage />} />
            <Route path="records" element={<RecordsPage />} />
            <Route path="records/new" element={<NewRecordPage />} />
            <Route path="records/:recordId" element={<RecordPage />} />
            <Route path="records/:recordId/edit" element={<EditRecordPage />} />
            <Route path="care-team" element={<CareTeamPage />} />
            <Route path="access-log" element={<AccessLogPage />} />
            <Route path="notifications" element={<NotificationsPage />} />
            <Route path="profile" element={<ProfilePage />} />
          </Route>
        </Route>
      </Route>
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

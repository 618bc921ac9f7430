import { NotFound, ProfilePage, RedirectIfSignedIn, RequireSignIn, SignInPage } from "@healthcare/ui";
import { Route, Routes } from "react-router";
import { APP_NAME } from "./appName";
import { AppointmentPage } from "./pages/AppointmentPage";
import { AppointmentsPage } from "./pages/AppointmentsPage";
import { DoctorPage } from "./pages/DoctorPage";
import { DoctorsPage } from "./pages/DoctorsPage";
import { HomePage } from "./pages/HomePage";
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
            <Route path="profile" element={<ProfilePage />} />
          </Route>
        </Route>
      </Route>
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

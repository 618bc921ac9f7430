import { NotFound, NotificationsPage, RedirectIfSignedIn, RequireSignIn, SignInPage } from "@healthcare/ui";
import { Route, Routes } from "react-router";
import { APP_NAME } from "./appName";
import { CliniciansOnly } from "./access/CliniciansOnly";
import { RoleOnly } from "./access/RoleOnly";
import { ConsoleFrame } from "./ConsoleFrame";
import { BookPage } from "./pages/BookPage";
import { CalendarPage } from "./pages/CalendarPage";
import { DoctorSchedulePage, MySchedulePage } from "./pages/SchedulePage";
import { DoctorsPage } from "./pages/DoctorsPage";
import { HomePage } from "./pages/HomePage";
import { ConsoleProfilePage } from "./pages/ConsoleProfilePage";
import { RegisterPage } from "./pages/RegisterPage";
import { TodayPage } from "./pages/TodayPage";
import { AuditLogPage } from "./pages/AuditLogPage";
import { CareTeamsPage } from "./pages/CareTeamsPage";
import { MyPatientsPage } from "./pages/MyPatientsPage";
import { PatientChartPage } from "./pages/PatientChartPage";

/** Every page of the clinician console. */
export function ConsoleRoutes() {
  return (
    <Routes>
      <Route element={<RedirectIfSignedIn />}>
        <Route
          path="sign-in"
          element={<SignInPage appName={APP_NAME} registerPrompt="A doctor new to the clinic?" />}
        />
        <Route path="register" element={<RegisterPage />} />
      </Route>
      <Route element={<RequireSignIn />}>
        <Route element={<CliniciansOnly />}>
          <Route element={<ConsoleFrame />}>
            <Route index element={<HomePage />} />
            <Route path="profile" element={<ConsoleProfilePage />} />
            <Route path="notifications" element={<NotificationsPage />} />
            <Route path="calendar" element={<CalendarPage />} />
            <Route path="patients/:patientId" element={<PatientChartPage />} />
            <Route element={<RoleOnly role="doctor" />}>
              <Route path="today" element={<TodayPage />} />
              <Route path="schedule" element={<MySchedulePage />} />
              <Route path="patients" element={<MyPatientsPage />} />
            </Route>
            <Route element={<RoleOnly role="admin" />}>
              <Route path="doctors" element={<DoctorsPage />} />
              <Route path="doctors/:doctorId/schedule" element={<DoctorSchedulePage />} />
              <Route path="book" element={<BookPage />} />
              <Route path="care-teams" element={<CareTeamsPage />} />
              <Route path="audit" element={<AuditLogPage />} />
            </Route>
          </Route>
        </Route>
      </Route>
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

import { NotFound, ProfilePage, RedirectIfSignedIn, RequireSignIn, SignInPage } from "@healthcare/ui";
import { Route, Routes } from "react-router";
import { APP_NAME } from "./appName";
import { CliniciansOnly } from "./access/CliniciansOnly";
import { ConsoleFrame } from "./ConsoleFrame";
import { HomePage } from "./pages/HomePage";
import { RegisterPage } from "./pages/RegisterPage";

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
            <Route path="profile" element={<ProfilePage />} />
          </Route>
        </Route>
      </Route>
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

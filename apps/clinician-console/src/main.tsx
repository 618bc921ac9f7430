import "@mantine/core/styles.css";
import "@mantine/dates/styles.css";
import "@mantine/notifications/styles.css";
import { AppProviders } from "@healthcare/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { BASENAME } from "./appName";
import { ConsoleRoutes } from "./ConsoleRoutes";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <BrowserRouter basename={BASENAME}>
        <ConsoleRoutes />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);

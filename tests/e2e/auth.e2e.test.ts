import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, startServer, uniqueEmail, type RunningServer } from "./harness";

const PASSWORD = "a long enough password";

describe("sign-in flows in both SPAs", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  async function signIn(page: Page, path: string, email: string, password: string) {
    await page.goto(`${server.url}${path}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  }

  it("patient portal: register, edit profile, sign out, sign in again", async () => {
    const page = await newPage();
    const email = uniqueEmail("ada");
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/sign-in/);
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByLabel("First name").fill("Ada");
    await page.getByLabel("Last name").fill("Lovelace");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await page
      .getByRole("heading", { name: /Welcome, Ada/ })
      .first()
      .waitFor();

    await page.getByRole("link", { name: "Profile" }).first().click();
    await page.getByLabel("Phone").fill("+44 20 7946 0000");
    await page.getByLabel("Address").fill("12 Analytical Row, London");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.getByText("Profile saved").first().waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByLabel("Address").inputValue(), { timeout: 15_000 })
      .toBe("12 Analytical Row, London");

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${server.url}/profile`);
    await page.waitForURL(/\/sign-in/);

    // A wrong password is refused; the right one returns the patient to the page they wanted.
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("wrong password here");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Email or password is incorrect").first().waitFor();
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/profile/);
    await page.getByRole("button", { name: "Save profile" }).waitFor();
    await page.getByRole("link", { name: "Home" }).first().click();
    await page
      .getByRole("heading", { name: /Welcome, Ada/ })
      .first()
      .waitFor();
    await page.context().close();
  });

  it("clinician console: a registered doctor waits for approval; an admin signs in, edits the profile, signs out", async () => {
    const page = await newPage();
    await page.goto(`${server.url}/console/`);
    await page.waitForURL(/\/console\/sign-in/);
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByLabel("First name").fill("Gregory");
    await page.getByLabel("Last name").fill("House");
    await page.getByLabel("Email").fill(uniqueEmail("house"));
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByLabel("Specialization").fill("Diagnostic Medicine");
    await page.getByLabel("License number").fill(`NJ-${Date.now()}`);
    await page.getByRole("button", { name: "Create account" }).click();
    await page
      .getByText(/awaiting approval/i)
      .first()
      .waitFor();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/console\/sign-in/);

    const adminEmail = uniqueEmail("admin");
    expect(() => server.cli("create-admin", ["--email", adminEmail, "--password", "short"])).toThrow();
    const adminPassword = "a strong admin passphrase";
    server.cli("create-admin", [
      "--email",
      adminEmail,
      "--password",
      adminPassword,
      "--first-name",
      "Grace",
      "--last-name",
      "Hopper",
    ]);
    await signIn(page, "/console/sign-in", adminEmail, adminPassword);
    await page
      .getByRole("heading", { name: /Welcome, Grace/ })
      .first()
      .waitFor();

    await page.getByRole("link", { name: "Profile" }).first().click();
    await page.getByLabel("Phone").fill("+1 555 0100");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.getByText("Profile saved").first().waitFor();
    await page.getByLabel("Current password").fill(adminPassword);
    await page.getByLabel("New password").fill("an even stronger passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Password changed").first().waitFor();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/console\/sign-in/);
    await signIn(page, "/console/sign-in", adminEmail, "an even stronger passphrase");
    await page
      .getByRole("heading", { name: /Welcome, Grace/ })
      .first()
      .waitFor();
    await page.context().close();
  });

  it("clinician console: a patient is told the console is for clinicians", async () => {
    const email = uniqueEmail("patient");
    const response = await fetch(`${server.url}/trpc/auth.register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { email, password: PASSWORD, firstName: "Pat", lastName: "Ient" } }),
    });
    expect(response.status).toBe(200);
    const page = await newPage();
    await signIn(page, "/console/sign-in", email, PASSWORD);
    await page
      .getByText(/console is for clinicians/i)
      .first()
      .waitFor();
    await page.context().close();
  });
});

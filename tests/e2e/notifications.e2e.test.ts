import { createHealthcareClient } from "@healthcare/client";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, startServer, uniqueEmail, type RunningServer } from "./harness";

const PASSWORD = "a long enough password";
const ADMIN_PASSWORD = "a strong admin passphrase";
const DOCTOR_NAME = "Dr. Gregory House";

/** A zone where the local time is now between 08:00 and 16:00, so slots remain later today. */
function zoneAtMidday(now = new Date()): string {
  const zones = [
    "UTC",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Pacific/Auckland",
    "America/New_York",
  ];
  const hourIn = (timeZone: string) =>
    Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(now));
  return zones.find((z) => hourIn(z) >= 8 && hourIn(z) < 16) ?? "UTC";
}

/** The header's bell, whatever its count. */
const bell = (page: Page) => page.getByRole("button", { name: /^Notifications(,|$)/ });

/** The unread count the bell announces (0 for "none unread"). */
async function unreadOnBell(page: Page): Promise<number | null> {
  const label = (await bell(page).getAttribute("aria-label")) ?? "";
  if (label.endsWith("none unread")) return 0;
  const match = /, (\d+) unread$/.exec(label);
  return match ? Number(match[1]) : null;
}

describe("notifications in both SPAs", () => {
  let server: RunningServer;
  let browser: Browser;
  let doctorEmail: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const adminEmail = uniqueEmail("admin");
    server.cli("create-admin", ["--email", adminEmail, "--password", ADMIN_PASSWORD]);
    const { token } = await createHealthcareClient({ url: server.url }).auth.token.mutate({
      email: adminEmail,
      password: ADMIN_PASSWORD,
    });
    const admin = createHealthcareClient({ url: server.url, token });
    const timeZone = zoneAtMidday();
    doctorEmail = uniqueEmail("dr.house");
    const doctor = await admin.doctors.create.mutate({
      email: doctorEmail,
      password: PASSWORD,
      firstName: "Gregory",
      lastName: "House",
      specialization: "Diagnostics",
      licenseNumber: `NJ-${Date.now()}`,
      timeZone,
    });
    await admin.doctors.setSchedule.mutate({
      doctorId: doctor.id,
      timeZone,
      slotMinutes: 30,
      minNoticeMinutes: 0,
      rules: [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({ dayOfWeek, startTime: "00:00", endTime: "23:30" })),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The doctor in the console, with the live notification stream connected. */
  async function signInDoctor(): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
    const streamOpen = page.waitForResponse((r) => r.url().includes("/trpc/notifications.onNew"));
    await page.goto(`${server.url}/console/sign-in`);
    await page.getByLabel("Email").fill(doctorEmail);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Welcome, Gregory" }).waitFor();
    const response = await streamOpen;
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/event-stream");
    return page;
  }

  async function registerPatient(firstName: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/register`);
    await page.getByLabel("First name").fill(firstName);
    await page.getByLabel("Last name").fill("Patient");
    await page.getByLabel("Email").fill(uniqueEmail(firstName.toLowerCase()));
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: `Welcome, ${firstName}` }).waitFor();
    return page;
  }

  async function bookWithDoctor(patient: Page, reason: string) {
    await patient.getByRole("link", { name: "Find a doctor" }).first().click();
    await patient.getByRole("link", { name: DOCTOR_NAME }).first().click();
    await patient
      .getByRole("button", { name: /^\d{2}:\d{2}/ })
      .first()
      .click();
    await patient.getByLabel("Reason for visit").fill(reason);
    await patient.getByRole("button", { name: "Book appointment" }).click();
    await patient.getByText("Awaiting confirmation").first().waitFor();
  }

  it("a booking reaches the doctor's bell live; opening it marks it read and lands on its page", async () => {
    const doctor = await signInDoctor();
    await expect.poll(() => unreadOnBell(doctor)).toBe(0);
    // The bell works from the keyboard: Enter opens it (empty so far), Escape closes it and returns focus.
    await bell(doctor).focus();
    await doctor.keyboard.press("Enter");
    await doctor
      .getByRole("dialog", { name: /Notifications/ })
      .getByText("No notifications yet")
      .waitFor();
    await doctor.keyboard.press("Escape");
    await doctor.getByRole("dialog", { name: /Notifications/ }).waitFor({ state: "hidden" });
    expect(await doctor.locator(":focus").getAttribute("aria-label")).toBe("Notifications, none unread");
    // Anything that reloads the page would lose this.
    await doctor.evaluate(() => Object.assign(globalThis, { __sameDocument: true }));

    const patient = await registerPatient("Nora");
    await bookWithDoctor(patient, "Recurring headaches");

    // The count goes up and a toast appears, without a reload.
    await expect.poll(() => unreadOnBell(doctor), { timeout: 10_000 }).toBe(1);
    await doctor.getByRole("alert").filter({ hasText: "New appointment request" }).waitFor();
    await expect.poll(() => doctor.getByRole("alert").filter({ hasText: "Nora Patient" }).count()).toBe(1);
    expect(await doctor.evaluate(() => "__sameDocument" in globalThis)).toBe(true);

    await bell(doctor).click();
    const dropdown = doctor.getByRole("dialog", { name: /Notifications/ });
    const item = dropdown.getByRole("button", { name: /Unread: New appointment request/ });
    await item.waitFor();
    await doctor.screenshot({ path: "/tmp/notifications-bell-open.png" });

    await item.click();
    await doctor.waitForURL(/\/console\/today$/);
    await doctor.getByRole("heading", { name: "Today" }).waitFor();
    await expect.poll(() => unreadOnBell(doctor)).toBe(0);
    expect(await doctor.evaluate(() => "__sameDocument" in globalThis)).toBe(true);

    // The patient heard about their own request in the portal, and finds it on the notifications page.
    await expect.poll(() => unreadOnBell(patient), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await patient.goto(`${server.url}/notifications`);
    await patient.getByRole("button", { name: /Unread: Request received/ }).waitFor();
    await patient.screenshot({ path: "/tmp/notifications-portal-page.png" });

    // Another booking; "Mark all read" clears the badge.
    await bookWithDoctor(patient, "Follow-up on headaches");
    await expect.poll(() => unreadOnBell(doctor), { timeout: 10_000 }).toBe(1);
    await bell(doctor).click();
    await dropdown.getByRole("button", { name: "Mark all read" }).click();
    await expect.poll(() => unreadOnBell(doctor)).toBe(0);
    await expect.poll(() => dropdown.getByRole("button", { name: /Unread:/ }).count()).toBe(0);

    // "See all" opens the console's notifications page, where both are listed, read.
    await dropdown.getByRole("link", { name: "See all notifications" }).click();
    await doctor.waitForURL(/\/console\/notifications$/);
    const list = doctor.getByRole("list", { name: "Notifications" });
    await expect.poll(() => list.getByRole("button", { name: /New appointment request/ }).count()).toBe(2);
    expect(await list.getByRole("button", { name: /Unread:/ }).count()).toBe(0);
    await doctor.screenshot({ path: "/tmp/notifications-page.png" });
    await doctor.getByText("Unread", { exact: true }).click();
    await doctor.getByText("No unread notifications").waitFor();
    expect(doctor.url()).toMatch(/\/console\/notifications\?show=unread$/);
    // The badge stays gone after a fresh load.
    await doctor.reload();
    await expect.poll(() => unreadOnBell(doctor)).toBe(0);
    await doctor.getByText("No unread notifications").waitFor();

    await patient.context().close();
    await doctor.context().close();
  });

  it("a doctor turns an email off on the profile page and the choice is kept", async () => {
    const doctor = await signInDoctor();
    await doctor.getByRole("link", { name: "Profile" }).first().click();
    const card = doctor.getByRole("region", { name: "Email notifications" });
    const reminders = card.getByRole("switch", { name: "Reminders" });
    await reminders.waitFor();
    await card.getByText(doctorEmail).waitFor();
    expect(await reminders.isChecked()).toBe(true);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: "/tmp/notifications-email-preferences.png" });

    await reminders.uncheck();
    await card.getByRole("button", { name: "Save email preferences" }).click();
    await doctor.getByRole("alert").filter({ hasText: "Email preferences saved" }).waitFor();

    await doctor.reload();
    await card.getByRole("switch", { name: "Reminders" }).waitFor();
    expect(await card.getByRole("switch", { name: "Reminders" }).isChecked()).toBe(false);
    expect(await card.getByRole("switch", { name: "Appointment requests" }).isChecked()).toBe(true);
    await doctor.context().close();
  });
});

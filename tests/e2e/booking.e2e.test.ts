import { createHealthcareClient } from "@healthcare/client";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, startServer, uniqueEmail, type RunningServer } from "./harness";

const PASSWORD = "a long enough password";
const ADMIN_PASSWORD = "a strong admin passphrase";

/** A zone where the local time is now between 08:00 and 16:00, so slots remain later today. */
function zoneAtMidday(now = new Date()): string {
  const zones = [
    "UTC",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Pacific/Auckland",
    "Pacific/Honolulu",
    "America/Los_Angeles",
    "America/New_York",
    "America/Sao_Paulo",
    "Asia/Dubai",
  ];
  const hourIn = (timeZone: string) =>
    Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(now));
  return zones.find((z) => hourIn(z) >= 8 && hourIn(z) < 16) ?? "UTC";
}

describe("booking across both SPAs", () => {
  let server: RunningServer;
  let browser: Browser;
  let doctorEmail: string;
  let doctorName: string;
  let doctorId: string;
  let adminToken: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const adminEmail = uniqueEmail("admin");
    server.cli("create-admin", ["--email", adminEmail, "--password", ADMIN_PASSWORD]);
    adminToken = (
      await createHealthcareClient({ url: server.url }).auth.token.mutate({
        email: adminEmail,
        password: ADMIN_PASSWORD,
      })
    ).token;
    const admin = createHealthcareClient({ url: server.url, token: adminToken });
    const timeZone = zoneAtMidday();
    doctorEmail = uniqueEmail("dr.quinn");
    const doctor = await admin.doctors.create.mutate({
      email: doctorEmail,
      password: PASSWORD,
      firstName: "Michaela",
      lastName: "Quinn",
      specialization: "General Practice",
      licenseNumber: `CO-${Date.now()}`,
      timeZone,
    });
    doctorId = doctor.id;
    doctorName = "Dr. Michaela Quinn";
    await admin.doctors.setSchedule.mutate({
      doctorId,
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

  async function registerPatient(firstName: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/register`);
    await page.getByLabel("First name").fill(firstName);
    await page.getByLabel("Last name").fill("Patient");
    await page.getByLabel("Email").fill(uniqueEmail(firstName.toLowerCase()));
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await page
      .getByRole("heading", { name: new RegExp(`Welcome, ${firstName}`) })
      .first()
      .waitFor();
    return page;
  }

  async function openDoctor(page: Page) {
    await page.getByRole("link", { name: "Find a doctor" }).first().click();
    await page.getByRole("link", { name: doctorName }).first().click();
  }

  const firstSlot = (page: Page) => page.getByRole("button", { name: /^\d{2}:\d{2}/ }).first();

  it("a patient books, the doctor confirms in the console, the patient sees it confirmed", async () => {
    const patient = await registerPatient("Rosa");
    await openDoctor(patient);
    await firstSlot(patient).click();
    await patient.getByLabel("Reason for visit").fill("Persistent cough for two weeks");
    await patient.getByRole("button", { name: "Book appointment" }).click();
    await patient.getByText("Awaiting confirmation").first().waitFor();
    const appointmentUrl = patient.url();

    const doctor = await (await browser.newContext()).newPage();
    doctor.setDefaultTimeout(15_000);
    await doctor.goto(`${server.url}/console/sign-in`);
    await doctor.getByLabel("Email").fill(doctorEmail);
    await doctor.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await doctor.getByRole("button", { name: "Sign in" }).click();
    await doctor.getByRole("link", { name: "Today" }).first().click();
    await doctor.getByText("Rosa Patient").first().waitFor();
    await doctor.getByRole("button", { name: "Confirm" }).first().click();
    await doctor.getByText("Confirmed").first().waitFor();

    await patient.goto(appointmentUrl);
    await patient.getByText("Confirmed").first().waitFor();
    await patient.context().close();
    await doctor.context().close();
  });

  it("a patient who loses the race for a slot gets a friendly message and fresh slots", async () => {
    const patient = await registerPatient("Lena");
    await openDoctor(patient);
    const slot = firstSlot(patient);
    const label = (await slot.textContent()) ?? "";
    await slot.click();
    await patient.getByLabel("Reason for visit").fill("Annual checkup");

    // Someone else takes that very slot first, through the API.
    const { slots } = await createHealthcareClient({
      url: server.url,
      token: adminToken,
    }).doctors.availableSlots.query({
      doctorId,
      from: new Date(),
      to: new Date(Date.now() + 7 * 86_400_000),
    });
    const rival = createHealthcareClient({ url: server.url });
    const rivalEmail = uniqueEmail("rival");
    await rival.auth.register.mutate({
      email: rivalEmail,
      password: PASSWORD,
      firstName: "Rival",
      lastName: "Patient",
    });
    const { token } = await rival.auth.token.mutate({ email: rivalEmail, password: PASSWORD });
    await createHealthcareClient({ url: server.url, token }).appointments.create.mutate({
      doctorId,
      startsAt: slots[0]!.startsAt,
      reason: "Got there first",
    });

    await patient.getByRole("button", { name: "Book appointment" }).click();
    await patient
      .getByText(/just booked by someone else/)
      .first()
      .waitFor();
    // The taken time is gone from the fresh slots.
    await expect
      .poll(() => patient.getByRole("button", { name: label, exact: true }).count(), { timeout: 15_000 })
      .toBe(0);
    await patient.context().close();
  });
});

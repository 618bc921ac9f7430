import { createHealthcareClient } from "@healthcare/client";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, startServer, uniqueEmail, type RunningServer } from "./harness";

const PASSWORD = "a long enough password";

describe("medical records across both SPAs", () => {
  let server: RunningServer;
  let browser: Browser;
  let doctorEmail: string;
  let patientEmail: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const adminEmail = uniqueEmail("admin");
    server.cli("create-admin", ["--email", adminEmail, "--password", "a strong admin passphrase"]);
    const { token: adminToken } = await createHealthcareClient({ url: server.url }).auth.token.mutate({
      email: adminEmail,
      password: "a strong admin passphrase",
    });
    const admin = createHealthcareClient({ url: server.url, token: adminToken });
    doctorEmail = uniqueEmail("dr.house");
    const doctor = await admin.doctors.create.mutate({
      email: doctorEmail,
      password: PASSWORD,
      firstName: "Gregory",
      lastName: "House",
      specialization: "Diagnostics",
      licenseNumber: `NJ-${Date.now()}`,
      timeZone: "UTC",
    });
    await admin.doctors.setSchedule.mutate({
      doctorId: doctor.id,
      timeZone: "UTC",
      slotMinutes: 30,
      minNoticeMinutes: 0,
      rules: [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({ dayOfWeek, startTime: "00:00", endTime: "23:30" })),
    });
    // The patient books; the doctor confirms and so joins the patient's care team.
    patientEmail = uniqueEmail("wilson");
    const anonymous = createHealthcareClient({ url: server.url });
    await anonymous.auth.register.mutate({
      email: patientEmail,
      password: PASSWORD,
      firstName: "Wendy",
      lastName: "Wilson",
    });
    const { token: patientToken } = await anonymous.auth.token.mutate({
      email: patientEmail,
      password: PASSWORD,
    });
    const patient = createHealthcareClient({ url: server.url, token: patientToken });
    const { slots } = await patient.doctors.availableSlots.query({
      doctorId: doctor.id,
      from: new Date(),
      to: new Date(Date.now() + 3 * 86_400_000),
    });
    const appointment = await patient.appointments.create.mutate({
      doctorId: doctor.id,
      startsAt: slots[0]!.startsAt,
      reason: "Recurring headaches",
    });
    const { token: doctorToken } = await anonymous.auth.token.mutate({
      email: doctorEmail,
      password: PASSWORD,
    });
    await createHealthcareClient({ url: server.url, token: doctorToken }).appointments.confirm.mutate({
      id: appointment.id,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signIn(path: string, email: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}${path}sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page
      .getByRole("heading", { name: /Welcome/ })
      .first()
      .waitFor();
    return page;
  }

  it("a doctor writes a record from an appointment with a shared and a private comment; the patient sees only the shared one and the doctor in the access log", async () => {
    const doctor = await signIn("/console/", doctorEmail);
    await doctor.getByRole("link", { name: "My patients" }).first().click();
    await doctor.getByText("Wendy Wilson").first().click();
    await doctor.getByRole("button", { name: "Write record" }).first().click();
    await doctor.getByLabel("Title").fill("Tension-type headache");
    await doctor.getByLabel("Diagnosis").fill("Episodic tension-type headache");
    await doctor.getByLabel("Treatment").fill("Ibuprofen 400 mg as needed");
    await doctor.getByRole("button", { name: "Save record" }).click();
    await doctor.getByText("Tension-type headache").first().click();
    // The author edits their own clinical record.
    await doctor.getByRole("button", { name: "Edit" }).first().click();
    await doctor.getByLabel("Treatment").fill("Ibuprofen 400 mg as needed; relaxation exercises");
    await doctor.getByRole("button", { name: "Save record" }).click();
    await doctor.getByText("relaxation exercises").first().waitFor();
    await doctor.getByLabel("Comment").fill("Shared advice: drink more water");
    await doctor.getByRole("button", { name: "Add comment" }).click();
    await doctor.getByText("Shared advice: drink more water").first().waitFor();
    // The form clears itself after a comment is added: type the next one only once it has.
    await expect.poll(() => doctor.getByLabel("Comment").inputValue(), { timeout: 15_000 }).toBe("");
    await doctor.getByLabel("Comment").fill("Private note: rule out medication overuse");
    await doctor.getByLabel("Private (clinicians only)").check();
    await doctor.getByRole("button", { name: "Add comment" }).click();
    await doctor.getByText("Private note: rule out medication overuse").first().waitFor();

    const patient = await signIn("/", patientEmail);
    await patient.getByRole("link", { name: "My records" }).first().click();
    await patient.getByText("Tension-type headache").first().click();
    await patient.getByText("Episodic tension-type headache").first().waitFor();
    await patient
      .getByText(/relaxation exercises/)
      .first()
      .waitFor();
    await patient.getByText("Shared advice: drink more water").first().waitFor();
    expect(await patient.getByText("rule out medication overuse").count()).toBe(0);
    expect(await patient.content()).not.toContain("medication overuse");
    await patient.getByRole("link", { name: "Who accessed my data" }).first().click();
    await patient
      .getByText(/Gregory House/)
      .first()
      .waitFor();
    await patient.context().close();
    await doctor.context().close();
  });
});

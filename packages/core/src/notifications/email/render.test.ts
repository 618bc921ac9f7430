import { describe, expect, it } from "vitest";
import { formatAppointmentTime, renderEmail } from "./render";
import type { EmailNotification } from "./types";

const options = { publicUrl: "https://clinic.example/", clinicName: "Sunrise Clinic" };
const startsAt = new Date("2026-06-02T09:00:00Z");

const booking = (over: Partial<EmailNotification> = {}): EmailNotification => ({
  to: { email: "taro@example.com", name: "Taro Yamada", timeZone: "Asia/Tokyo" },
  kind: "appointment.confirmed",
  title: "Appointment confirmed",
  body: "Your appointment with Dr. Ada Lovelace was confirmed.",
  link: "/appointments/appt-1",
  calendar: {
    uid: "appt-1@healthcare",
    sequence: 1,
    method: "REQUEST",
    startsAt,
    endsAt: new Date("2026-06-02T09:30:00Z"),
    summary: "Appointment with Dr. Ada Lovelace",
  },
  ...over,
});

describe("formatAppointmentTime", () => {
  it("shows the moment in the recipient's zone and names the zone", () => {
    expect(formatAppointmentTime(startsAt, "Asia/Tokyo")).toBe(
      "Tuesday 2 June 2026, 18:00 (Asia/Tokyo, GMT+9)",
    );
    expect(formatAppointmentTime(startsAt, "America/New_York")).toBe(
      "Tuesday 2 June 2026, 05:00 (America/New_York, GMT-4)",
    );
    expect(formatAppointmentTime(startsAt, "Asia/Kolkata")).toBe(
      "Tuesday 2 June 2026, 14:30 (Asia/Kolkata, GMT+5:30)",
    );
  });

  it("falls back to UTC, named, when the stored zone is not a zone", () => {
    expect(formatAppointmentTime(startsAt, "Mars/Olympus_Mons")).toMatch(
      /^Tuesday 2 June 2026, 09:00 \(UTC, GMT(\+0)?\)$/,
    );
  });
});

describe("renderEmail", () => {
  it("uses the title as subject and shows the appointment time in the recipient's zone", () => {
    const email = renderEmail(booking(), options);
    expect(email.subject).toBe("Appointment confirmed");
    expect(email.text).toContain("Tuesday 2 June 2026, 18:00 (Asia/Tokyo, GMT+9)");
    expect(email.html).toContain("Tuesday 2 June 2026, 18:00 (Asia/Tokyo, GMT+9)");
    expect(email.text).toContain("Your appointment with Dr. Ada Lovelace was confirmed.");
    expect(email.html).toContain("Sunrise Clinic");
    expect(email.ics).toContain("DTSTART:20260602T090000Z");
  });

  it("makes the link absolute in both alternatives", () => {
    const email = renderEmail(booking(), options);
    expect(email.text).toContain("https://clinic.example/appointments/appt-1");
    expect(email.html).toContain('href="https://clinic.example/appointments/appt-1"');
    expect(email.html).not.toContain('href="/appointments');
  });

  it("has no button and no app link when the notification has no link", () => {
    const email = renderEmail(booking({ link: null, calendar: undefined }), options);
    expect(email.html).not.toContain("Open in");
    expect(email.text).not.toContain("Open in");
    expect(email.html.match(/href="/g)).toHaveLength(1); // the profile page only
    expect(email.ics).toBeUndefined();
  });

  it("points patients to /profile and staff to /console/profile", () => {
    expect(renderEmail(booking(), options).html).toContain('href="https://clinic.example/profile"');
    const staff = renderEmail(booking({ link: "/console/today" }), options);
    expect(staff.html).toContain('href="https://clinic.example/console/profile"');
    expect(staff.text).toContain("https://clinic.example/console/profile");
    expect(renderEmail(booking({ link: null }), options).text).toContain("https://clinic.example/profile");
  });

  it("escapes every interpolated value in the HTML", () => {
    const email = renderEmail(
      booking({
        to: { email: "x@example.com", name: "<script>alert(1)</script>", timeZone: "Asia/Tokyo" },
        title: "Results & <b>notes</b>",
        body: 'Dr. "O\'Brien" <img src=x onerror=alert(1)>\nsecond line',
        link: '/appointments/a"onmouseover="alert(1)',
        calendar: { ...booking().calendar!, location: "<Room 3>" },
      }),
      { ...options, clinicName: "<i>Clinic</i>" },
    );
    expect(email.html).not.toMatch(/<script|<img|<b>|<i>|<Room|"onmouseover/);
    expect(email.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(email.html).toContain("Results &amp; &lt;b&gt;notes&lt;/b&gt;");
    expect(email.html).toContain(
      "Dr. &quot;O&#39;Brien&quot; &lt;img src=x onerror=alert(1)&gt;<br>second line",
    );
    expect(email.html).toContain("&lt;i&gt;Clinic&lt;/i&gt;");
    expect(email.html).toContain("&lt;Room 3&gt;");
    // The plain-text alternative is not HTML: it keeps the words as written.
    expect(email.text).toContain("Hello <script>alert(1)</script>,");
  });

  it("keeps the subject on one line", () => {
    expect(renderEmail(booking({ title: "Appointment\r\nBcc: evil@example.com" }), options).subject).toBe(
      "Appointment Bcc: evil@example.com",
    );
  });

  it("labels a cancellation and sends a CANCEL calendar", () => {
    const email = renderEmail(
      booking({
        title: "Appointment cancelled",
        calendar: { ...booking().calendar!, method: "CANCEL", sequence: 2 },
      }),
      options,
    );
    expect(email.text).toContain("Cancelled appointment: Tuesday 2 June 2026, 18:00 (Asia/Tokyo, GMT+9)");
    expect(email.ics).toContain("METHOD:CANCEL");
  });

  it("refuses a link that is not a path inside the app", () => {
    expect(() => renderEmail(booking({ link: "https://evil.example/" }), options)).toThrow(/app path/);
    expect(() => renderEmail(booking({ link: "//evil.example/" }), options)).toThrow(/app path/);
  });
});

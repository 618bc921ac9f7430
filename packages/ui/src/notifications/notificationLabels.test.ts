import { describe, expect, it } from "vitest";
import {
  bellLabel,
  notificationAge,
  notificationStamp,
  notificationTime,
  unreadBadge,
} from "./notificationLabels";

describe("bellLabel", () => {
  it("says how many notifications are unread", () => {
    expect(bellLabel(3)).toBe("Notifications, 3 unread");
    expect(bellLabel(1)).toBe("Notifications, 1 unread");
    expect(bellLabel(0)).toBe("Notifications, none unread");
  });

  it("claims no count before the count is known", () => {
    expect(bellLabel(undefined)).toBe("Notifications");
  });
});

describe("unreadBadge", () => {
  it("shows nothing when nothing is unread", () => {
    expect(unreadBadge(0)).toBeNull();
    expect(unreadBadge(undefined)).toBeNull();
  });

  it("caps large counts so the badge stays small", () => {
    expect(unreadBadge(7)).toBe("7");
    expect(unreadBadge(99)).toBe("99");
    expect(unreadBadge(100)).toBe("99+");
  });
});

describe("notificationAge", () => {
  const now = new Date("2025-03-14T12:00:00Z");
  const ago = (ms: number) => notificationAge(new Date(now.getTime() - ms), now, "UTC", "en");

  it("reads like speech for recent notifications", () => {
    expect(ago(20_000)).toBe("just now");
    expect(ago(5 * 60_000)).toBe("5 min. ago");
    expect(ago(3 * 3_600_000)).toBe("3 hr. ago");
    expect(ago(26 * 3_600_000)).toBe("yesterday");
    expect(ago(3 * 86_400_000)).toBe("3 days ago");
  });

  it("treats a clock slightly ahead of ours as just now", () => {
    expect(ago(-5_000)).toBe("just now");
  });

  it("gives the date, in the viewer's zone, for older notifications", () => {
    const late = new Date("2025-03-01T23:30:00Z");
    expect(notificationAge(late, now, "UTC", "en-GB")).toBe("1 Mar 2025");
    expect(notificationAge(late, now, "Asia/Tokyo", "en-GB")).toBe("2 Mar 2025");
  });
});

describe("notificationTime", () => {
  it("gives date and time in the viewer's zone", () => {
    expect(notificationTime(new Date("2025-03-14T08:05:00Z"), "Europe/Berlin", "en-GB")).toBe(
      "14 Mar 2025, 09:05",
    );
  });
});

describe("notificationStamp", () => {
  const now = new Date("2025-03-14T12:00:00Z");

  it("gives the age and the time for a recent notification", () => {
    expect(notificationStamp(new Date("2025-03-14T11:55:00Z"), now, "UTC", "en-GB")).toBe(
      "5 min ago · 14 Mar 2025, 11:55",
    );
  });

  it("gives only the time for an old one, without repeating the date", () => {
    expect(notificationStamp(new Date("2025-02-01T08:00:00Z"), now, "UTC", "en-GB")).toBe(
      "1 Feb 2025, 08:00",
    );
  });
});

import { describe, expect, it } from "vitest";
import { emptyNotificationsMessage, notificationFilter } from "./notificationFilter";

describe("notificationFilter", () => {
  it("reads the filter from the address, showing all by default", () => {
    expect(notificationFilter("unread")).toBe("unread");
    expect(notificationFilter("all")).toBe("all");
    expect(notificationFilter(null)).toBe("all");
    expect(notificationFilter("bogus")).toBe("all");
  });
});

describe("emptyNotificationsMessage", () => {
  it("tells an empty inbox from one that is merely all read", () => {
    expect(emptyNotificationsMessage("all").title).toBe("No notifications yet");
    expect(emptyNotificationsMessage("unread").title).toBe("No unread notifications");
  });
});

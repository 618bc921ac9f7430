import { describe, expect, it } from "vitest";
import { unreadAfterReading, withArrival, withRead } from "./notificationCache";
import type { NotificationItem, NotificationPage } from "./notificationCache";

const at = new Date("2025-03-14T12:00:00Z");

function notification(id: string, readAt: Date | null = null): NotificationItem {
  return {
    id,
    kind: "appointment.requested",
    title: `Title ${id}`,
    body: `Body ${id}`,
    link: "/console/today",
    readAt,
    createdAt: at,
  };
}

const page = (ids: string[], nextCursor: string | null = null): NotificationPage => ({
  items: ids.map((id) => notification(id)),
  nextCursor,
});

describe("withArrival", () => {
  it("puts a new notification on top of a single page", () => {
    const result = withArrival(page(["b", "a"]), notification("c"));
    expect(result && "items" in result ? result.items.map((n) => n.id) : null).toEqual(["c", "b", "a"]);
  });

  it("puts it on top of the first page of a paged list only", () => {
    const result = withArrival(
      { pages: [page(["b"], "cur"), page(["a"])], pageParams: [null, "cur"] },
      notification("c"),
    );
    expect(result && "pages" in result ? result.pages.map((p) => p.items.map((n) => n.id)) : null).toEqual([
      ["c", "b"],
      ["a"],
    ]);
  });

  it("never lists a notification twice (a replay after reconnecting)", () => {
    const cached = { pages: [page(["c"], "cur"), page(["b", "a"])], pageParams: [null, "cur"] };
    expect(withArrival(cached, notification("a"))).toBe(cached);
  });

  it("leaves a list that was never loaded alone", () => {
    expect(withArrival(undefined, notification("a"))).toBeUndefined();
  });
});

describe("withRead", () => {
  const readBefore = new Date("2025-03-01T00:00:00Z");

  it("marks one notification read and leaves the others", () => {
    const result = withRead(page(["b", "a"]), { id: "a" }, at);
    expect(result && "items" in result ? result.items.map((n) => n.readAt) : null).toEqual([null, at]);
  });

  it("marks every unread notification on every page, keeping earlier read times", () => {
    const cached = {
      pages: [
        page(["c"], "cur"),
        { items: [notification("b", readBefore), notification("a")], nextCursor: null },
      ],
      pageParams: [null, "cur"],
    };
    const result = withRead(cached, "all", at);
    expect(
      result && "pages" in result ? result.pages.flatMap((p) => p.items.map((n) => n.readAt)) : null,
    ).toEqual([at, readBefore, at]);
  });
});

describe("unreadAfterReading", () => {
  it("counts down but never below zero", () => {
    expect(unreadAfterReading(3, 1)).toBe(2);
    expect(unreadAfterReading(0, 1)).toBe(0);
    expect(unreadAfterReading(undefined, 1)).toBeUndefined();
  });
});

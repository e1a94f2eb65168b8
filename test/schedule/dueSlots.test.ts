import { describe, expect, it } from "vitest";
import { dueSlots, maxMissedRecorded, nextOwedSlot, upcomingSlots, type ScheduleTiming } from "../../src/schedule/dueSlots.js";
import type { IsoWeekday } from "../../src/schedule/scheduleRule.js";

const weekdays: IsoWeekday[] = [1, 2, 3, 4, 5];
function timing(overrides: Partial<ScheduleTiming> = {}): ScheduleTiming {
  return {
    rule: { time: { hour: 9, minute: 0 }, zone: "America/New_York", days: weekdays },
    paused: false,
    skipDate: null,
    activeFrom: new Date("2026-01-01T00:00:00Z"),
    lastClaimedDate: null,
    ...overrides,
  };
}
const at = (text: string) => new Date(text);
const dates = (slots: { localDate: string }[]) => slots.map((slot) => slot.localDate);

describe("dueSlots", () => {
  it("owes today's slot once its local time has passed", () => {
    // Wednesday 2026-01-14, 09:00 EST = 14:00Z.
    expect(dueSlots(timing({ lastClaimedDate: "2026-01-13" }), at("2026-01-14T13:59:00Z")).due).toBeNull();
    const due = dueSlots(timing({ lastClaimedDate: "2026-01-13" }), at("2026-01-14T14:00:00Z"));
    expect(due.due).toEqual({ localDate: "2026-01-14", at: at("2026-01-14T14:00:00Z") });
    expect(due.missed).toEqual([]);
  });

  it("does not owe a slot already claimed (posted, or taken by /prompt now)", () => {
    expect(dueSlots(timing({ lastClaimedDate: "2026-01-14" }), at("2026-01-14T20:00:00Z"))).toEqual({ due: null, missed: [], skipped: [] });
  });

  it("uses the local date in the zone, not UTC: 21:00 in New York is already tomorrow in UTC", () => {
    const evening = timing({ rule: { time: { hour: 21, minute: 0 }, zone: "America/New_York", days: weekdays }, lastClaimedDate: "2026-01-13" });
    // 2026-01-15T02:00Z is still Wednesday 14th, 21:00 in New York.
    expect(dueSlots(evening, at("2026-01-15T02:00:00Z")).due?.localDate).toBe("2026-01-14");
  });

  it("catches up a slot missed while down if it is still the same local day", () => {
    // Down from 08:00 to 15:30 local on Wednesday.
    const due = dueSlots(timing({ lastClaimedDate: "2026-01-13" }), at("2026-01-14T20:30:00Z"));
    expect(due.due?.localDate).toBe("2026-01-14");
  });

  it("reports earlier days as missed (never to post) and still posts today", () => {
    // Last post Monday 12th; back on Thursday 15th at 10:00 local.
    const due = dueSlots(timing({ lastClaimedDate: "2026-01-12" }), at("2026-01-15T15:00:00Z"));
    expect(dates(due.missed)).toEqual(["2026-01-13", "2026-01-14"]);
    expect(due.due?.localDate).toBe("2026-01-15");
  });

  it("reports a missed slot of yesterday even when today's time has not come yet", () => {
    const due = dueSlots(timing({ lastClaimedDate: "2026-01-12" }), at("2026-01-14T05:00:00Z")); // 00:00 local Wed
    expect(dates(due.missed)).toEqual(["2026-01-13"]);
    expect(due.due).toBeNull();
  });

  it("does not owe slots before the schedule was set: set at 10:00 for 09:00 fires tomorrow", () => {
    const created = timing({ activeFrom: at("2026-01-14T15:00:00Z") }); // 10:00 local Wed
    expect(dueSlots(created, at("2026-01-14T15:01:00Z"))).toEqual({ due: null, missed: [], skipped: [] });
    expect(dueSlots(created, at("2026-01-15T14:00:00Z")).due?.localDate).toBe("2026-01-15");
    expect(nextOwedSlot(created)?.localDate).toBe("2026-01-15");
  });

  it("owes today's slot when the schedule was set before it", () => {
    const created = timing({ activeFrom: at("2026-01-14T13:00:00Z") }); // 08:00 local
    expect(dueSlots(created, at("2026-01-14T14:00:00Z")).due?.localDate).toBe("2026-01-14");
  });

  it("owes nothing while paused", () => {
    expect(dueSlots(timing({ paused: true }), at("2026-01-14T14:00:00Z"))).toEqual({ due: null, missed: [], skipped: [] });
    expect(nextOwedSlot(timing({ paused: true }))).toBeNull();
    expect(upcomingSlots(timing({ paused: true }), at("2026-01-14T14:00:00Z"), 5)).toEqual([]);
  });

  it("turns the skipped date into a skipped slot when its time comes, and posts the day after", () => {
    const skipping = timing({ lastClaimedDate: "2026-01-13", skipDate: "2026-01-14" });
    expect(dueSlots(skipping, at("2026-01-14T13:00:00Z"))).toEqual({ due: null, missed: [], skipped: [] });
    const due = dueSlots(skipping, at("2026-01-14T14:00:00Z"));
    expect(due.due).toBeNull();
    expect(dates(due.skipped)).toEqual(["2026-01-14"]);
    expect(dueSlots({ ...skipping, lastClaimedDate: "2026-01-14" }, at("2026-01-15T14:00:00Z")).due?.localDate).toBe("2026-01-15");
  });

  it("skips weekends", () => {
    // Friday 16th posted; Monday 19th 09:00 local.
    const due = dueSlots(timing({ lastClaimedDate: "2026-01-16" }), at("2026-01-19T14:00:00Z"));
    expect(due.missed).toEqual([]);
    expect(due.due?.localDate).toBe("2026-01-19");
    expect(nextOwedSlot(timing({ lastClaimedDate: "2026-01-16" }))?.localDate).toBe("2026-01-19");
  });

  it(`records at most ${maxMissedRecorded} missed days after a long outage`, () => {
    const daily = timing({ rule: { time: { hour: 9, minute: 0 }, zone: "UTC", days: [1, 2, 3, 4, 5, 6, 7] }, lastClaimedDate: "2025-01-01", activeFrom: at("2024-12-01T00:00:00Z") });
    const due = dueSlots(daily, at("2026-01-14T12:00:00Z"));
    expect(due.missed).toHaveLength(maxMissedRecorded);
    expect(due.missed[due.missed.length - 1]?.localDate).toBe("2026-01-13");
    expect(due.due?.localDate).toBe("2026-01-14");
  });

  it("owes the 03:00 slot on the spring-forward day for a 02:30 schedule", () => {
    const night = timing({ rule: { time: { hour: 2, minute: 30 }, zone: "America/New_York", days: [7] }, lastClaimedDate: "2026-03-01" });
    expect(dueSlots(night, at("2026-03-08T06:59:00Z")).due).toBeNull();
    expect(dueSlots(night, at("2026-03-08T07:00:00Z")).due).toEqual({ localDate: "2026-03-08", at: at("2026-03-08T07:00:00Z") });
  });

  it("owes the fall-back day's 01:30 slot once: after the first occurrence it is claimed", () => {
    const night = timing({ rule: { time: { hour: 1, minute: 30 }, zone: "America/New_York", days: [7] }, lastClaimedDate: "2026-10-25" });
    expect(dueSlots(night, at("2026-11-01T05:30:00Z")).due?.localDate).toBe("2026-11-01");
    // At the second 01:30 (06:30Z) the date is claimed: nothing is owed.
    expect(dueSlots({ ...night, lastClaimedDate: "2026-11-01" }, at("2026-11-01T06:30:00Z")).due).toBeNull();
  });
});

describe("upcomingSlots", () => {
  it("lists the next posts, leaving out a skipped date and a claimed today", () => {
    const now = at("2026-01-14T12:00:00Z"); // Wed 07:00 local
    const next = upcomingSlots(timing({ lastClaimedDate: "2026-01-14", skipDate: "2026-01-15" }), now, 3);
    expect(dates(next)).toEqual(["2026-01-16", "2026-01-19", "2026-01-20"]);
  });

  it("starts after activeFrom", () => {
    const next = upcomingSlots(timing({ activeFrom: at("2026-01-20T00:00:00Z") }), at("2026-01-14T12:00:00Z"), 2);
    expect(dates(next)).toEqual(["2026-01-20", "2026-01-21"]);
  });
});

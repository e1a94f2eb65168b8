import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { localDateKey } from "../../src/schedule/localDate.js";
import { nextFireTimes, nextSlots, slotFor } from "../../src/schedule/nextFireTimes.js";
import type { IsoWeekday, ScheduleRule } from "../../src/schedule/scheduleRule.js";

const daily: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const rule = (time: string, zone: string, days: IsoWeekday[] = daily): ScheduleRule => {
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return { time: { hour, minute }, zone, days };
};
const iso = (date: Date) => date.toISOString().replace(".000", "");

describe("slotFor across daylight saving", () => {
  it.each([
    // zone, local time, local date, expected instant (UTC)
    ["America/New_York", "09:00", "2026-03-07", "2026-03-07T14:00:00Z"], // EST
    ["America/New_York", "09:00", "2026-03-08", "2026-03-08T13:00:00Z"], // EDT from 02:00 that day
    ["America/New_York", "02:30", "2026-03-08", "2026-03-08T07:00:00Z"], // gap: 03:00 EDT
    ["America/New_York", "02:00", "2026-03-08", "2026-03-08T07:00:00Z"], // gap starts at 02:00
    ["America/New_York", "01:59", "2026-03-08", "2026-03-08T06:59:00Z"], // just before the gap
    ["America/New_York", "03:00", "2026-03-08", "2026-03-08T07:00:00Z"], // first minute after the gap
    ["America/New_York", "01:30", "2026-11-01", "2026-11-01T05:30:00Z"], // twice: first (EDT)
    ["America/New_York", "09:00", "2026-10-31", "2026-10-31T13:00:00Z"],
    ["America/New_York", "09:00", "2026-11-01", "2026-11-01T14:00:00Z"],
    ["Europe/London", "01:30", "2026-03-29", "2026-03-29T01:00:00Z"], // gap: 02:00 BST
    ["Europe/London", "09:00", "2026-03-29", "2026-03-29T08:00:00Z"],
    ["Europe/London", "01:30", "2026-10-25", "2026-10-25T00:30:00Z"], // twice: first (BST)
    ["Europe/London", "09:00", "2026-10-25", "2026-10-25T09:00:00Z"],
    ["Australia/Sydney", "02:30", "2026-10-04", "2026-10-03T16:00:00Z"], // gap: 03:00 AEDT
    ["Australia/Sydney", "02:30", "2026-04-05", "2026-04-04T15:30:00Z"], // twice: first (AEDT)
    ["Australia/Sydney", "09:00", "2026-04-05", "2026-04-04T23:00:00Z"], // AEST after
    ["Asia/Kolkata", "09:00", "2026-03-08", "2026-03-08T03:30:00Z"], // +05:30, no DST
    ["Australia/Lord_Howe", "02:15", "2026-10-04", "2026-10-03T15:30:00Z"], // 30-min gap: 02:30 (+11)
    ["Australia/Lord_Howe", "01:45", "2026-04-05", "2026-04-04T14:45:00Z"], // 30-min overlap: first (+11)
    ["Australia/Lord_Howe", "09:00", "2026-04-05", "2026-04-04T22:30:00Z"], // +10:30 after
    ["UTC", "09:00", "2026-03-08", "2026-03-08T09:00:00Z"],
  ])("%s %s on %s posts at %s", (zone, time, date, expected) => {
    expect(iso(slotFor(rule(time, zone), date).at)).toBe(expected);
    expect(slotFor(rule(time, zone), date).localDate).toBe(date);
  });

  it("keeps 09:00 at 09:00 local through both New York changes (no hour shift)", () => {
    const times = nextFireTimes(rule("09:00", "America/New_York"), new Date("2026-03-06T00:00:00Z"), 4);
    expect(times.map(iso)).toEqual(["2026-03-06T14:00:00Z", "2026-03-07T14:00:00Z", "2026-03-08T13:00:00Z", "2026-03-09T13:00:00Z"]);
    const autumn = nextFireTimes(rule("09:00", "America/New_York"), new Date("2026-10-31T00:00:00Z"), 3);
    expect(autumn.map(iso)).toEqual(["2026-10-31T13:00:00Z", "2026-11-01T14:00:00Z", "2026-11-02T14:00:00Z"]);
  });

  it("fires once on the fall-back night for a time that happens twice", () => {
    const times = nextFireTimes(rule("01:30", "America/New_York"), new Date("2026-10-31T12:00:00Z"), 3);
    expect(times.map(iso)).toEqual(["2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z", "2026-11-03T06:30:00Z"]);
  });
});

describe("nextFireTimes", () => {
  it("returns only allowed weekdays, strictly after the instant", () => {
    const weekdays = rule("09:00", "Europe/London", [1, 2, 3, 4, 5]);
    // Friday 2026-01-16 09:00 exactly: not included (strictly after).
    const times = nextFireTimes(weekdays, new Date("2026-01-16T09:00:00Z"), 3);
    expect(times.map(iso)).toEqual(["2026-01-19T09:00:00Z", "2026-01-20T09:00:00Z", "2026-01-21T09:00:00Z"]);
  });

  it("includes later today when the time has not come yet", () => {
    const times = nextFireTimes(rule("21:05", "Asia/Kolkata"), new Date("2026-05-01T10:00:00Z"), 1);
    expect(times.map(iso)).toEqual(["2026-05-01T15:35:00Z"]);
  });

  it("returns nothing for a rule without days", () => {
    expect(nextFireTimes(rule("09:00", "UTC", []), new Date(), 5)).toEqual([]);
  });

  const zones = [
    "America/New_York",
    "Europe/London",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Pacific/Auckland",
    "Asia/Tehran",
    "America/Havana",
    "Europe/Berlin",
  ];

  /** Asserts the rules for one run of slots: increasing, right weekdays, right local time or first minute after a gap. */
  function checkSlots(schedule: ScheduleRule, after: Date, count: number) {
    const { zone, time, days } = schedule;
    const slots = nextSlots(schedule, after, count);
    expect(slots).toHaveLength(count);
    let previous = after.getTime();
    for (const slot of slots) {
      expect(slot.at.getTime()).toBeGreaterThan(previous);
      previous = slot.at.getTime();
      const local = DateTime.fromJSDate(slot.at, { zone });
      expect(days).toContain(DateTime.fromISO(slot.localDate, { zone: "UTC" }).weekday);
      expect(localDateKey(slot.at, zone)).toBe(slot.localDate);
      if (local.hour !== time.hour || local.minute !== time.minute) {
        // Only in a spring-forward gap: the wall time does not exist that day, and the post is the
        // first minute after it (the minute before is still on the old offset).
        const oneMinuteEarlier = DateTime.fromMillis(slot.at.getTime() - 60_000, { zone });
        expect(oneMinuteEarlier.offset).toBeLessThan(local.offset);
        expect(local.hour * 60 + local.minute).toBeGreaterThan(time.hour * 60 + time.minute);
      }
      // When the wall time happens twice, the first occurrence is chosen.
      for (const back of [30, 60]) {
        const earlier = DateTime.fromMillis(slot.at.getTime() - back * 60_000, { zone });
        expect(earlier.hour === local.hour && earlier.minute === local.minute && earlier.day === local.day).toBe(false);
      }
    }
    return slots;
  }

  const weekdaySets = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }).map(
    (days) => [...days].sort((a, b) => a - b) as IsoWeekday[],
  );

  it("property: strictly increasing, on allowed weekdays in the zone, at the local time except in gaps", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        weekdaySets,
        fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }),
        (zone, hour, minute, days, after) => {
          checkSlots({ time: { hour, minute }, zone, days }, after, 12);
        },
      ),
      { numRuns: 300 },
    );
  });

  // Every daylight-saving change of 2026 in these zones (found by scanning hour by hour).
  const transitions: { zone: string; at: number }[] = [];
  for (const zone of zones) {
    let previous = DateTime.fromISO("2026-01-01T00:00:00Z", { zone }).offset;
    for (let at = Date.parse("2026-01-01T00:00:00Z"); at < Date.parse("2027-01-01T00:00:00Z"); at += 3_600_000) {
      const offset = DateTime.fromMillis(at, { zone }).offset;
      if (offset !== previous) transitions.push({ zone, at });
      previous = offset;
    }
  }

  it("property: the same rules hold for times near every 2026 daylight-saving change", () => {
    expect(transitions.length).toBeGreaterThanOrEqual(16);
    fc.assert(
      fc.property(
        fc.constantFrom(...transitions),
        fc.integer({ min: 0, max: 4 * 60 - 1 }),
        fc.integer({ min: -3, max: 0 }),
        weekdaySets,
        (transition, minuteOfNight, daysBefore, days) => {
          // Wall times between 00:00 and 03:59 cover every gap and overlap in these zones.
          const schedule: ScheduleRule = { time: { hour: Math.floor(minuteOfNight / 60), minute: minuteOfNight % 60 }, zone: transition.zone, days };
          checkSlots(schedule, new Date(transition.at + daysBefore * 86_400_000), 4);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDays, parseDays } from "../../src/schedule/parseDays.js";
import type { IsoWeekday } from "../../src/schedule/scheduleRule.js";

describe("parseDays", () => {
  it.each([
    ["daily", [1, 2, 3, 4, 5, 6, 7]],
    ["every day", [1, 2, 3, 4, 5, 6, 7]],
    ["weekdays", [1, 2, 3, 4, 5]],
    ["Weekends", [6, 7]],
    ["mon,wed,fri", [1, 3, 5]],
    ["mon, wed, fri", [1, 3, 5]],
    ["mon wed fri", [1, 3, 5]],
    ["mon-fri", [1, 2, 3, 4, 5]],
    ["mon – fri", [1, 2, 3, 4, 5]],
    ["monday to friday", [1, 2, 3, 4, 5]],
    ["Monday, Thursday", [1, 4]],
    ["Tuesdays and Thursdays", [2, 4]],
    ["sat-mon", [1, 6, 7]],
    ["fri-tue", [1, 2, 5, 6, 7]],
    ["sun", [7]],
    ["tues, thurs", [2, 4]],
    ["weekdays, sat", [1, 2, 3, 4, 5, 6]],
    ["wed-wed", [3]],
    ["fri,fri,mon", [1, 5]],
  ])("reads %j", (input, days) => {
    expect(parseDays(input)).toEqual({ ok: true, value: days });
  });

  it.each([
    ["funday", "'funday' is not a day of the week"],
    ["mon-", "is not a range of days"],
    ["mon-wed-fri", "is not a range of days"],
    ["", "Please say which days"],
    ["mon,xyz", "'xyz' is not a day of the week"],
  ])("refuses %j clearly", (input, message) => {
    const result = parseDays(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(message);
      expect(result.error).toContain("mon-fri");
    }
  });
});

describe("formatDays", () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7], "daily"],
    [[1, 2, 3, 4, 5], "weekdays"],
    [[6, 7], "weekends"],
    [[1, 3, 5], "mon, wed, fri"],
    [[1, 2, 3, 5], "mon-wed, fri"],
    [[1, 6, 7], "sat-mon"],
    [[1, 2], "mon, tue"],
    [[1, 2, 3, 4, 5, 7], "sun-fri"],
    [[3], "wed"],
    [[2, 4, 6, 7], "tue, thu, sat, sun"],
  ])("%j → %j", (days, text) => {
    expect(formatDays(days as IsoWeekday[])).toBe(text);
  });

  it("always reads back to the same set of days", () => {
    const weekdays = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(weekdays, (days) => {
        const sorted = [...days].sort((a, b) => a - b) as IsoWeekday[];
        expect(parseDays(formatDays(sorted))).toEqual({ ok: true, value: sorted });
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { formatUtcOffset, resolveTimeZone, suggestTimeZones } from "../../src/schedule/timeZones.js";

const january = new Date("2026-01-15T12:00:00Z");
const july = new Date("2026-07-15T12:00:00Z");

describe("resolveTimeZone", () => {
  it.each([
    ["Europe/London", "Europe/London"],
    ["europe/london", "Europe/London"],
    ["  AMERICA/NEW_YORK ", "America/New_York"],
    ["UTC", "UTC"],
    ["utc", "UTC"],
    ["Etc/UTC", "UTC"],
    ["GMT", "UTC"],
    ["Europe/Kiev", "Europe/Kyiv"],
    ["Europe/Kyiv", "Europe/Kyiv"],
    ["Asia/Calcutta", "Asia/Kolkata"],
    ["Asia/Kolkata", "Asia/Kolkata"],
    ["Australia/Lord_Howe", "Australia/Lord_Howe"],
    ["London", "Europe/London"],
    ["new york", "America/New_York"],
    ["US/Eastern", "America/New_York"],
  ])("accepts %j as %j", (input, zone) => {
    expect(resolveTimeZone(input)).toEqual({ ok: true, value: zone });
  });

  it("refuses abbreviations and points to the city zone, because they would not follow daylight saving", () => {
    const result = resolveTimeZone("EST");
    expect(result).toEqual({ ok: false, error: expect.stringContaining("America/New_York") });
    expect(result.ok ? "" : result.error).toContain("abbreviation");
  });

  it.each(["+05:00", "UTC+2", "GMT-5"])("refuses the fixed offset %j", (input) => {
    const result = resolveTimeZone(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toContain("fixed offset");
  });

  it("refuses unknown zones, suggesting close ones when it can", () => {
    const unknown = resolveTimeZone("Mars/Olympus");
    expect(unknown.ok).toBe(false);
    expect(unknown.ok ? "" : unknown.error).toContain("'Mars/Olympus' is not a time zone I know");
    const close = resolveTimeZone("Europe/Lond");
    expect(close.ok ? "" : close.error).toContain("Did you mean Europe/London");
    expect(resolveTimeZone("").ok).toBe(false);
  });
});

describe("formatUtcOffset", () => {
  it("shows the offset in force at the given instant", () => {
    expect(formatUtcOffset("Europe/London", january)).toBe("UTC+00:00");
    expect(formatUtcOffset("Europe/London", july)).toBe("UTC+01:00");
    expect(formatUtcOffset("America/New_York", january)).toBe("UTC-05:00");
    expect(formatUtcOffset("Asia/Kolkata", july)).toBe("UTC+05:30");
    expect(formatUtcOffset("Australia/Lord_Howe", january)).toBe("UTC+11:00");
    expect(formatUtcOffset("Australia/Lord_Howe", july)).toBe("UTC+10:30");
  });
});

describe("suggestTimeZones", () => {
  it("offers common zones first when nothing is typed", () => {
    const choices = suggestTimeZones("", january);
    expect(choices.length).toBeGreaterThan(10);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]).toEqual({ name: "UTC (UTC+00:00)", value: "UTC" });
    expect(choices).toContainEqual({ name: "Europe/London (UTC+00:00)", value: "Europe/London" });
  });

  it("ranks a city prefix first and shows the current offset", () => {
    expect(suggestTimeZones("lon", july)[0]).toEqual({ name: "Europe/London (UTC+01:00)", value: "Europe/London" });
    expect(suggestTimeZones("new y", january)[0]?.value).toBe("America/New_York");
    expect(suggestTimeZones("kolk", july)[0]).toEqual({ name: "Asia/Kolkata (UTC+05:30)", value: "Asia/Kolkata" });
  });

  it("finds zones by an old spelling but offers the current one", () => {
    expect(suggestTimeZones("kiev", july).map((choice) => choice.value)).toContain("Europe/Kyiv");
  });

  it("puts common zones first among equally good matches, then contains-matches after prefix matches", () => {
    const america = suggestTimeZones("america", january).map((choice) => choice.value);
    expect(america.slice(0, 3)).toEqual(["America/New_York", "America/Chicago", "America/Denver"]);
    const york = suggestTimeZones("york", january).map((choice) => choice.value);
    expect(york).toContain("America/New_York");
  });

  it("never offers more than 25 choices or names over 100 characters", () => {
    for (const query of ["", "a", "e", "america/", "/", "an"]) {
      const choices = suggestTimeZones(query, january, 50);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const choice of choices) {
        expect(choice.name.length).toBeLessThanOrEqual(100);
        expect(choice.value.length).toBeLessThanOrEqual(100);
        expect(resolveTimeZone(choice.value)).toEqual({ ok: true, value: choice.value });
      }
    }
  });
});

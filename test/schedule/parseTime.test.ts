import { describe, expect, it } from "vitest";
import { formatLocalTime, parseTime } from "../../src/schedule/parseTime.js";

describe("parseTime", () => {
  it.each([
    ["09:00", 9, 0],
    ["9:00", 9, 0],
    ["9", 9, 0],
    ["21:05", 21, 5],
    ["00:00", 0, 0],
    ["23:59", 23, 59],
    ["9am", 9, 0],
    ["9 AM", 9, 0],
    ["9a.m.", 9, 0],
    ["9:30 pm", 21, 30],
    ["9:30PM", 21, 30],
    ["12am", 0, 0],
    ["12:15 am", 0, 15],
    ["12pm", 12, 0],
    ["12:45pm", 12, 45],
    ["1pm", 13, 0],
    ["9.30", 9, 30],
    ["noon", 12, 0],
    ["Midnight", 0, 0],
    ["  07:15  ", 7, 15],
  ])("reads %j as %i:%i", (input, hour, minute) => {
    expect(parseTime(input)).toEqual({ ok: true, value: { hour, minute } });
  });

  it.each([
    ["25:00", "'25:00' is not a time of day. Use 24-hour HH:MM like 09:00 or 9am."],
    ["24:00", "'24:00' is not a time of day. Use 24-hour HH:MM like 09:00 or 9am."],
    ["9:60", "minutes go from 00 to 59"],
    ["13pm", "with am/pm the hour goes from 1 to 12"],
    ["0am", "with am/pm the hour goes from 1 to 12"],
    ["morning", "'morning' is not a time of day"],
    ["9:5", "'9:5' is not a time of day"],
    ["", "Please give a time of day"],
    ["09:00:00", "is not a time of day"],
  ])("refuses %j with a message saying what to type", (input, message) => {
    const result = parseTime(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(message);
      expect(result.error).toContain("09:00 or 9am");
    }
  });

  it("formats as zero-padded HH:MM, which parses back to the same time", () => {
    for (let hour = 0; hour < 24; hour += 1) {
      for (const minute of [0, 7, 30, 59]) {
        const text = formatLocalTime({ hour, minute });
        expect(text).toMatch(/^\d{2}:\d{2}$/);
        expect(parseTime(text)).toEqual({ ok: true, value: { hour, minute } });
      }
    }
  });
});

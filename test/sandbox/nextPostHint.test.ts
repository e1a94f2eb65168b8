// The pieces of /tick's hint: the /tick that reaches a post, and the post's time in its own zone.
import { describe, expect, it } from "vitest";
import { parseDuration } from "../../src/sandbox/parseDuration.js";
import { localPostingTime, tickDurationFor } from "../../src/sandbox/nextPostHint.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("the /tick that reaches a post", () => {
  it("rounds up to whole hours (whole minutes within the hour)", () => {
    expect(tickDurationFor(2 * DAY + 10 * HOUR + 59 * MINUTE + 13_000)).toBe("2d 11h");
    expect(tickDurationFor(DAY + 2 * HOUR - 300)).toBe("1d 2h");
    expect(tickDurationFor(3 * DAY)).toBe("3d");
    expect(tickDurationFor(14 * HOUR + 1)).toBe("15h");
    expect(tickDurationFor(HOUR)).toBe("1h");
    expect(tickDurationFor(24 * MINUTE + 5_000)).toBe("25m");
    expect(tickDurationFor(0)).toBe("1m");
  });

  it("is what /tick reads, and gets at least as far as the post", () => {
    for (const ms of [90 * MINUTE + 1, 2 * DAY + 1, 5 * DAY + 23 * HOUR + 59 * MINUTE, 7 * MINUTE]) {
      const parsed = parseDuration(tickDurationFor(ms));
      expect(parsed.ok && parsed.ms >= ms && parsed.ms < ms + HOUR).toBe(true);
    }
  });
});

describe("a posting time", () => {
  it("reads in the schedule's own zone, naming it", () => {
    const at = new Date("2026-11-30T09:00:00Z");
    expect(localPostingTime(at, "Europe/London")).toBe("Mon 30 Nov 09:00 Europe/London");
    expect(localPostingTime(at, "Asia/Tokyo")).toBe("Mon 30 Nov 18:00 Asia/Tokyo");
    expect(localPostingTime(new Date("2026-07-01T08:00:00Z"), "Europe/London")).toBe("Wed 1 Jul 09:00 Europe/London");
  });
});

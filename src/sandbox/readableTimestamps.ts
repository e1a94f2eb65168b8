// Discord shows `<t:1768381200:F>` in each reader's own time zone and language; the sandbox's
// terminal shows it in UTC, naming the zone, in each of Discord's styles (British English, as
// Discord's examples): t "09:00 UTC", T "09:00:00 UTC", d "14/01/2026 (UTC)", D "14 January 2026
// (UTC)", f (the default) "14 January 2026 09:00 UTC", F "Wednesday, 14 January 2026 09:00 UTC",
// s "14/01/2026, 09:00 UTC", S "14/01/2026, 09:00:00 UTC", and R "in 2 days" from the sandbox's clock.
import { relativeTime } from "./relativeTime.js";

const TIMESTAMP = /<t:(-?\d{1,13})(?::([tTdDfFsSR]))?>/g;

const inUtc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", hourCycle: "h23", ...options });
const shortTime = inUtc({ hour: "2-digit", minute: "2-digit" });
const longTime = inUtc({ hour: "2-digit", minute: "2-digit", second: "2-digit" });
const shortDate = inUtc({ day: "2-digit", month: "2-digit", year: "numeric" });
const longDate = inUtc({ day: "numeric", month: "long", year: "numeric" });
const weekday = inUtc({ weekday: "long" });

export type TimestampStyle = "t" | "T" | "d" | "D" | "f" | "F" | "s" | "S" | "R";

/** One instant in one of Discord's styles, as the terminal shows it. */
export function readableTimestamp(at: Date, style: TimestampStyle, now: Date): string {
  switch (style) {
    case "t":
      return `${shortTime.format(at)} UTC`;
    case "T":
      return `${longTime.format(at)} UTC`;
    case "d":
      return `${shortDate.format(at)} (UTC)`;
    case "D":
      return `${longDate.format(at)} (UTC)`;
    case "f":
      return `${longDate.format(at)} ${shortTime.format(at)} UTC`;
    case "F":
      return `${weekday.format(at)}, ${longDate.format(at)} ${shortTime.format(at)} UTC`;
    case "s":
      return `${shortDate.format(at)}, ${shortTime.format(at)} UTC`;
    case "S":
      return `${shortDate.format(at)}, ${longTime.format(at)} UTC`;
    case "R":
      return relativeTime(at, now);
  }
}

/** Replaces every `<t:…>` in the text; `now` is the sandbox's clock, for relative ones. */
export function readableTimestamps(text: string, now: Date): string {
  return text.replace(TIMESTAMP, (whole, seconds: string, style: TimestampStyle | undefined) => {
    const at = new Date(Number(seconds) * 1000);
    // Discord leaves a timestamp it cannot show as written.
    return Number.isNaN(at.getTime()) ? whole : readableTimestamp(at, style ?? "f", now);
  });
}

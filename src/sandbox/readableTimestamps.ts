// Discord shows `<t:1768381200:F>` in each reader's own time zone; the sandbox's terminal shows it
// in UTC, e.g. "Wed 14 Jan 2026, 09:00 UTC" (relative ones too: the terminal has no live clock).
const TIMESTAMP = /<t:(-?\d{1,13})(?::([tTdDfFR]))?>/g;

const format = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export function readableTimestamps(text: string): string {
  return text.replace(TIMESTAMP, (_match, seconds: string) => `${format.format(new Date(Number(seconds) * 1000)).replace(" at ", ", ")} UTC`);
}

// How Discord words a relative timestamp (`<t:…:R>`): "in 2 days", "3 hours ago", "in a few
// seconds". Discord rounds to the largest unit that fits, with the thresholds used here (those of
// moment.js's fromNow, which Discord's app follows): 45 s → a minute, 45 min → an hour, 22 h → a day,
// 26 days → a month, 11 months → a year.
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function amount(count: number, unit: string, article: string): string {
  return count === 1 ? `${article} ${unit}` : `${count} ${unit}s`;
}

function duration(ms: number): string {
  if (ms < 45 * SECOND) return "a few seconds";
  if (ms < 90 * SECOND) return "a minute";
  if (ms < 45 * MINUTE) return amount(Math.round(ms / MINUTE), "minute", "a");
  if (ms < 90 * MINUTE) return "an hour";
  if (ms < 22 * HOUR) return amount(Math.round(ms / HOUR), "hour", "an");
  if (ms < 36 * HOUR) return "a day";
  if (ms < 26 * DAY) return amount(Math.round(ms / DAY), "day", "a");
  const months = ms / (DAY * 30.436875);
  if (months < 1.5) return "a month";
  if (months < 11) return amount(Math.round(months), "month", "a");
  const years = months / 12;
  return years < 1.5 ? "a year" : amount(Math.round(years), "year", "a");
}

/** `at` as seen from `now`: "in 2 days" ahead, "5 minutes ago" behind. */
export function relativeTime(at: Date, now: Date): string {
  const ms = at.getTime() - now.getTime();
  const words = duration(Math.abs(ms));
  return ms >= 0 ? `in ${words}` : `${words} ago`;
}

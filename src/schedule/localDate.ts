// Calendar dates as "YYYY-MM-DD" keys: the local date of an instant in a zone, and plain calendar
// arithmetic on keys (no zone involved, so no daylight-saving surprises).
import type { IsoWeekday } from "./scheduleRule.js";
import { zoneOffsetMinutes } from "./zoneOffset.js";

const dayMs = 86_400_000;

/** The date on the wall calendar in `zone` at `instant`. */
export function localDateKey(instant: Date | number, zone: string): string {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  return keyOfUtcMs(ms + zoneOffsetMinutes(zone, ms) * 60_000);
}

/** [year, month (1-12), day] of a key. */
export function dateKeyParts(key: string): [year: number, month: number, day: number] {
  return [Number(key.slice(0, 4)), Number(key.slice(5, 7)), Number(key.slice(8, 10))];
}

// Keys and day numbers, remembered both ways: the scheduler converts the same few dates all the time.
const cacheLimit = 8192;
const keyOfDay = new Map<number, string>();
const dayOfKey = new Map<string, number>();

function remember(day: number, key: string): void {
  if (keyOfDay.size >= cacheLimit) {
    keyOfDay.clear();
    dayOfKey.clear();
  }
  keyOfDay.set(day, key);
  dayOfKey.set(key, day);
}

function keyOfUtcMs(ms: number): string {
  const day = Math.floor(ms / dayMs);
  let key = keyOfDay.get(day);
  if (key === undefined) {
    key = new Date(day * dayMs).toISOString().slice(0, 10);
    remember(day, key);
  }
  return key;
}

function utcMsOfKey(key: string): number {
  let day = dayOfKey.get(key);
  if (day === undefined) {
    const [year, month, date] = dateKeyParts(key);
    day = Math.round(Date.UTC(year, month - 1, date) / dayMs);
    remember(day, key);
  }
  return day * dayMs;
}

export function addDays(key: string, days: number): string {
  return keyOfUtcMs(utcMsOfKey(key) + days * dayMs);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMsOfKey(to) - utcMsOfKey(from)) / dayMs);
}

export function isoWeekdayOf(key: string): IsoWeekday {
  const sundayFirst = new Date(utcMsOfKey(key)).getUTCDay();
  return (sundayFirst === 0 ? 7 : sundayFirst) as IsoWeekday;
}

/** Keys compare correctly as strings; these read better at call sites. */
export function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}

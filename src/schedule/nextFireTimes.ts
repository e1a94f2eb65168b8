// When a schedule posts: the instant of a local date's post, and the next N posting instants, all
// computed in the schedule's own zone every time (never stored as a UTC time of day).
// Daylight saving: a local time that does not exist (spring-forward gap) posts at the first minute
// that does (02:30 → 03:00 in New York); a local time that happens twice (fall-back) posts once,
// at its first occurrence.
import { addDays, dateKeyParts, isoWeekdayOf, localDateKey } from "./localDate.js";
import type { ScheduleRule } from "./scheduleRule.js";
import { zoneOffsetMinutes } from "./zoneOffset.js";

/** One post a schedule owes: which local date it belongs to and when it is due. */
export interface Slot {
  /** "YYYY-MM-DD" in the schedule's zone: the identity of the slot (one post per local date). */
  localDate: string;
  at: Date;
}

const minuteMs = 60_000;
const dayMs = 86_400_000;

/** Instant (ms) of a wall-clock minute in a zone, with the gap and overlap rules above. */
function instantOfWallTime(zone: string, wallAsUtc: number): number {
  const offsetAt = (ms: number) => zoneOffsetMinutes(zone, ms);
  // Offsets well before and after cover both sides of any transition near this wall time.
  const offsetBefore = offsetAt(wallAsUtc - dayMs);
  const offsetAfter = offsetAt(wallAsUtc + dayMs);
  let earliest = Number.POSITIVE_INFINITY;
  for (const offset of [offsetBefore, offsetAfter]) {
    const instant = wallAsUtc - offset * minuteMs;
    if (offsetAt(instant) === offset && instant < earliest) earliest = instant;
  }
  if (earliest !== Number.POSITIVE_INFINITY) return earliest;

  // In a gap: the first existing minute is the transition itself. Search the instants between
  // "wall time read with the later offset" and "with the earlier one" for the first minute already
  // on the later offset.
  let low = wallAsUtc - offsetAfter * minuteMs;
  let high = wallAsUtc - offsetBefore * minuteMs;
  if (low > high) [low, high] = [high, low];
  while (high - low > minuteMs) {
    const middle = low + Math.floor((high - low) / 2 / minuteMs) * minuteMs;
    if (offsetAt(middle) === offsetAfter) high = middle;
    else low = middle;
  }
  return high;
}

/** The slot of one local date (whether or not the schedule posts on that weekday). */
export function slotFor(rule: ScheduleRule, localDate: string): Slot {
  const [year, month, day] = dateKeyParts(localDate);
  const wallAsUtc = Date.UTC(year, month - 1, day, rule.time.hour, rule.time.minute);
  return { localDate, at: new Date(instantOfWallTime(rule.zone, wallAsUtc)) };
}

export function postsOn(rule: ScheduleRule, localDate: string): boolean {
  return rule.days.includes(isoWeekdayOf(localDate));
}

/** The next `count` slots strictly after `after`, on the schedule's weekdays, in order. */
export function nextSlots(rule: ScheduleRule, after: Date, count: number): Slot[] {
  const slots: Slot[] = [];
  if (rule.days.length === 0 || count <= 0) return slots;
  // Start a day early: a slot pushed forward by a gap can land after `after` from the previous date.
  let date = addDays(localDateKey(after, rule.zone), -1);
  for (let guard = 0; slots.length < count && guard < count * 7 + 14; guard += 1) {
    if (postsOn(rule, date)) {
      const slot = slotFor(rule, date);
      if (slot.at.getTime() > after.getTime()) slots.push(slot);
    }
    date = addDays(date, 1);
  }
  return slots;
}

/** The next `count` posting instants strictly after `after`. */
export function nextFireTimes(rule: ScheduleRule, after: Date, count: number): Date[] {
  return nextSlots(rule, after, count).map((slot) => slot.at);
}

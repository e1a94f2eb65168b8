// What a schedule owes at a given instant, decided from stored state only (nothing in memory):
// - today's slot (in the schedule's zone) once its instant has passed and it is not yet claimed;
// - catch-up: a slot missed while the bot was down is still posted if it is the same local day,
//   otherwise it is reported as missed (to be recorded, never posted);
// - slots before `activeFrom` (the schedule was created, changed or resumed after them) are not owed,
//   so a schedule set at 10:00 for 09:00 first posts tomorrow;
// - a claimed date (posted, failed, missed, skipped, or taken by `/prompt now`) is never owed again.
import { addDays, daysBetween, laterDate, localDateKey } from "./localDate.js";
import { nextSlots, postsOn, slotFor, type Slot } from "./nextFireTimes.js";
import type { ScheduleRule } from "./scheduleRule.js";

export interface ScheduleTiming {
  rule: ScheduleRule;
  paused: boolean;
  /** A local date the moderator chose to skip (`/schedule skip`), if any. */
  skipDate: string | null;
  /** Slots before this instant are not owed: set when the schedule is created, changed or resumed. */
  activeFrom: Date;
  /** The latest local date already claimed for this schedule, whatever became of the claim. */
  lastClaimedDate: string | null;
}

export interface DueSlots {
  /** Post this now (today's slot in the zone). */
  due: Slot | null;
  /** Earlier local days the bot was not running for: record as missed, never post. Oldest first. */
  missed: Slot[];
  /** Slots that have come and that the moderator skipped: record so they are not owed again. */
  skipped: Slot[];
}

/** Never record more than this many missed days at once (a bot down for a year owes no essay). */
export const maxMissedRecorded = 31;

function firstOwedDate(timing: ScheduleTiming): string {
  const fromActivation = localDateKey(timing.activeFrom, timing.rule.zone);
  return timing.lastClaimedDate === null ? fromActivation : laterDate(addDays(timing.lastClaimedDate, 1), fromActivation);
}

export function dueSlots(timing: ScheduleTiming, now: Date): DueSlots {
  const result: DueSlots = { due: null, missed: [], skipped: [] };
  if (timing.paused) return result;
  const today = localDateKey(now, timing.rule.zone);
  let date = firstOwedDate(timing);
  if (daysBetween(date, today) > maxMissedRecorded) date = addDays(today, -maxMissedRecorded);

  for (; date <= today; date = addDays(date, 1)) {
    if (!postsOn(timing.rule, date)) continue;
    const slot = slotFor(timing.rule, date);
    if (slot.at.getTime() < timing.activeFrom.getTime()) continue;
    if (slot.at.getTime() > now.getTime()) break;
    if (date === timing.skipDate) result.skipped.push(slot);
    else if (date === today) result.due = slot;
    else result.missed.push(slot);
  }
  return result;
}

/**
 * The first slot not yet claimed (it may already be in the past when the bot was down); the
 * engine wakes for it. Skipped dates are included so the skip gets recorded when its time comes.
 */
export function nextOwedSlot(timing: ScheduleTiming): Slot | null {
  if (timing.paused) return null;
  const from = firstOwedDate(timing);
  const startOfFrom = slotFor({ ...timing.rule, time: { hour: 0, minute: 0 } }, from).at.getTime();
  const searchFrom = new Date(Math.max(startOfFrom, timing.activeFrom.getTime()) - 1);
  return nextSlots(timing.rule, searchFrom, 3).find((slot) => slot.localDate >= from) ?? null;
}

/** The next `count` posts a moderator can expect after `now` (skipped and claimed dates left out). */
export function upcomingSlots(timing: ScheduleTiming, now: Date, count: number): Slot[] {
  if (timing.paused || count <= 0) return [];
  const from = firstOwedDate(timing);
  const after = new Date(Math.max(now.getTime(), timing.activeFrom.getTime() - 1));
  return nextSlots(timing.rule, after, count + 2)
    .filter((slot) => slot.localDate >= from && slot.localDate !== timing.skipDate)
    .slice(0, count);
}

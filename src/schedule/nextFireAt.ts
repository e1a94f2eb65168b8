// When the scheduler should next look at a schedule (stored, indexed, as schedules.next_fire_at):
// the first slot not yet claimed, or sooner when a failed post is waiting for its retry; never while
// paused or disabled. Recomputed after every post and every moderator change, so an idle tick is one
// indexed query instead of a computation per schedule.
import { nextOwedSlot, type ScheduleTiming } from "./dueSlots.js";
import type { ClaimRecord, ClaimStore, ScheduleRecord, ScheduleStore } from "../store/store.js";

export function timingOf(schedule: ScheduleRecord, lastClaimedDate: string | null): ScheduleTiming {
  return {
    rule: schedule.rule,
    paused: schedule.paused,
    skipDate: schedule.skipDate,
    activeFrom: new Date(schedule.activeFrom),
    lastClaimedDate,
  };
}

export function nextFireAtFor(schedule: ScheduleRecord, latestClaim: Pick<ClaimRecord, "localDate" | "state" | "retryAt"> | null): number | null {
  if (schedule.paused || schedule.disabledReason !== null) return null;
  const owed = nextOwedSlot(timingOf(schedule, latestClaim?.localDate ?? null));
  const retry = latestClaim?.state === "failed" ? latestClaim.retryAt : null;
  const candidates = [owed?.at.getTime() ?? null, retry].filter((value): value is number => value !== null);
  return candidates.length === 0 ? null : Math.min(...candidates);
}


/**
 * What to store on a schedule once `latest` is its latest claim: the next wake-up time, and the end of
 * a skip whose date has now been claimed (as skipped, or by `/prompt now`).
 */
export function patchAfterClaim(
  schedule: ScheduleRecord,
  latest: Pick<ClaimRecord, "localDate" | "state" | "retryAt"> | null,
): { nextFireAt: number | null; skipDate?: null } {
  const nextFireAt = nextFireAtFor(schedule, latest);
  const skipUsed = schedule.skipDate !== null && latest !== null && latest.localDate >= schedule.skipDate;
  return skipUsed ? { nextFireAt, skipDate: null } : { nextFireAt };
}

/** Reads a schedule and its latest claim and stores patchAfterClaim's result when it changed anything. */
export async function refreshNextFireAt(
  store: Pick<ScheduleStore, "getSchedule" | "updateSchedule"> & Pick<ClaimStore, "latestClaim">,
  guildId: string,
  scheduleId: number,
  at: number,
): Promise<ScheduleRecord | null> {
  const schedule = await store.getSchedule(guildId, scheduleId);
  if (!schedule) return null;
  const patch = patchAfterClaim(schedule, await store.latestClaim(scheduleId));
  if (patch.nextFireAt === schedule.nextFireAt && patch.skipDate === undefined) return schedule;
  return store.updateSchedule(guildId, scheduleId, patch, at);
}

// What moderators do to schedules (`/schedule set|show|pause|resume|skip|clear`), as plain functions
// over the store and an injected clock. The command handlers parse options (parseTime, parseDays,
// resolveTimeZone), call these, and render the result. Several schedules per guild are allowed
// (each has a name, "main" by default); a command without a name means the guild's only schedule.
import type { ClaimRecord, PromptRecord, ScheduleRecord, ScheduleSettings, Store } from "../store/store.js";
import type { Clock } from "./clock.js";
import { upcomingSlots } from "./dueSlots.js";
import { localDateKey } from "./localDate.js";
import { refreshNextFireAt, timingOf } from "./nextFireAt.js";
import type { Slot } from "./nextFireTimes.js";
import type { Parsed, ScheduleRule } from "./scheduleRule.js";
import type { ChannelKind } from "./promptPoster.js";

export const defaultScheduleName = "main";
export const maxSchedulesPerGuild = 5;

export type ManagerStore = Pick<
  Store,
  "createSchedule" | "getSchedule" | "findScheduleByName" | "listSchedules" | "updateSchedule" | "deleteSchedule" | "latestClaim" | "recentClaims" | "latestPrompt"
>;

export interface ManagerDeps {
  store: ManagerStore;
  clock: Clock;
}

export interface ScheduleInput {
  name?: string;
  channelId: string;
  channelKind: ChannelKind;
  rule: ScheduleRule;
  roleId?: string | null;
  /** Default true: answers go in a thread (forum channels always get a post). */
  thread?: boolean;
  pin?: boolean;
  essayId?: string | null;
}

export interface ScheduleView {
  schedule: ScheduleRecord;
  /** The next posts (skipped and already-posted dates left out); empty while paused or stopped. */
  next: Slot[];
  lastPrompt: PromptRecord | null;
  /** Latest slots first: posted, failed, missed, skipped. */
  recentSlots: ClaimRecord[];
}

/** The schedule a command means: by name, or the guild's only one. */
export async function findSchedule(deps: ManagerDeps, guildId: string, name?: string | null): Promise<Parsed<ScheduleRecord>> {
  if (name) {
    const named = await deps.store.findScheduleByName(guildId, name);
    return named ? { ok: true, value: named } : { ok: false, error: `There is no schedule named "${name}" here. /schedule show lists them.` };
  }
  const all = await deps.store.listSchedules(guildId);
  if (all.length === 1) return { ok: true, value: all[0] as ScheduleRecord };
  if (all.length === 0) return { ok: false, error: "This server has no daily prompt yet. Set one up with /schedule set." };
  return { ok: false, error: `This server has ${all.length} schedules (${all.map((s) => s.name).join(", ")}): say which one with the name option.` };
}

function sameRule(a: ScheduleRule, b: ScheduleRule): boolean {
  return a.time.hour === b.time.hour && a.time.minute === b.time.minute && a.zone === b.zone && a.days.join() === b.days.join();
}

async function view(deps: ManagerDeps, schedule: ScheduleRecord, count: number): Promise<ScheduleView> {
  const recentSlots = await deps.store.recentClaims(schedule.id, 7);
  const next =
    schedule.disabledReason === null ? upcomingSlots(timingOf(schedule, recentSlots[0]?.localDate ?? null), deps.clock.now(), count) : [];
  return { schedule, next, lastPrompt: await deps.store.latestPrompt(schedule.id), recentSlots };
}

async function refreshed(deps: ManagerDeps, schedule: ScheduleRecord): Promise<ScheduleView> {
  const current = (await refreshNextFireAt(deps.store, schedule.guildId, schedule.id, deps.clock.now().getTime())) ?? schedule;
  return view(deps, current, 5);
}

/**
 * `/schedule set`: creates the schedule or changes it. A new or changed time/zone/days applies from
 * now on: a slot earlier today is not owed (a schedule set at 10:00 for 09:00 first posts tomorrow).
 * Setting also ends a stop after a 403/404, since the moderator has presumably fixed the cause.
 */
export async function setSchedule(deps: ManagerDeps, guildId: string, input: ScheduleInput): Promise<Parsed<ScheduleView & { created: boolean }>> {
  const now = deps.clock.now().getTime();
  const name = input.name?.trim() || defaultScheduleName;
  const existing = await deps.store.findScheduleByName(guildId, name);
  const settings: ScheduleSettings = {
    name,
    channelId: input.channelId,
    channelKind: input.channelKind,
    rule: input.rule,
    roleId: input.roleId ?? null,
    thread: input.thread ?? true,
    pin: input.pin ?? false,
    essayId: input.essayId ?? existing?.essayId ?? null,
  };
  if (!existing) {
    const count = (await deps.store.listSchedules(guildId)).length;
    if (count >= maxSchedulesPerGuild) {
      return { ok: false, error: `This server already has ${count} schedules, the most allowed. Change one with its name, or remove one with /schedule clear.` };
    }
    const created = await deps.store.createSchedule(guildId, settings, { activeFrom: now, nextFireAt: null, at: now });
    return { ok: true, value: { ...(await refreshed(deps, created)), created: true } };
  }
  const updated = await deps.store.updateSchedule(
    guildId,
    existing.id,
    {
      ...settings,
      ...(sameRule(existing.rule, input.rule) ? {} : { activeFrom: now }),
      disabledReason: null,
      errorNotified: false,
    },
    now,
  );
  if (!updated) return { ok: false, error: "That schedule was removed meanwhile. Run /schedule set again." };
  return { ok: true, value: { ...(await refreshed(deps, updated)), created: false } };
}

export async function showSchedules(deps: ManagerDeps, guildId: string, count = 5): Promise<ScheduleView[]> {
  const all = await deps.store.listSchedules(guildId);
  return Promise.all(all.map((schedule) => view(deps, schedule, count)));
}

async function change(
  deps: ManagerDeps,
  guildId: string,
  name: string | null | undefined,
  patch: (schedule: ScheduleRecord, now: number) => Promise<Parsed<Parameters<ManagerStore["updateSchedule"]>[2]>>,
): Promise<Parsed<ScheduleView>> {
  const found = await findSchedule(deps, guildId, name);
  if (!found.ok) return found;
  const now = deps.clock.now().getTime();
  const wanted = await patch(found.value, now);
  if (!wanted.ok) return wanted;
  const updated = await deps.store.updateSchedule(guildId, found.value.id, wanted.value, now);
  if (!updated) return { ok: false, error: "That schedule was removed meanwhile." };
  return { ok: true, value: await refreshed(deps, updated) };
}

export function pauseSchedule(deps: ManagerDeps, guildId: string, name?: string | null): Promise<Parsed<ScheduleView>> {
  return change(deps, guildId, name, async () => ({ ok: true, value: { paused: true, nextFireAt: null } }));
}

/**
 * Resumes posting from now on (slots during the pause are not caught up), cancels a pending skip and
 * ends a stop after a 403/404 (the next failure will be reported again).
 */
export function resumeSchedule(deps: ManagerDeps, guildId: string, name?: string | null): Promise<Parsed<ScheduleView>> {
  return change(deps, guildId, name, async (_, now) => ({
    ok: true,
    value: { paused: false, skipDate: null, disabledReason: null, errorNotified: false, activeFrom: now },
  }));
}

/** Skips the next upcoming post (one at a time; resume cancels it). */
export async function skipNextPost(deps: ManagerDeps, guildId: string, name?: string | null): Promise<Parsed<ScheduleView & { skipped: Slot }>> {
  let skipped: Slot | undefined;
  const result = await change(deps, guildId, name, async (schedule) => {
    if (schedule.paused) return { ok: false, error: "This schedule is paused, so there is nothing to skip. /schedule resume restarts it." };
    const today = localDateKey(deps.clock.now(), schedule.rule.zone);
    if (schedule.skipDate !== null && schedule.skipDate >= today) {
      return { ok: false, error: `The post of ${schedule.skipDate} is already skipped. /schedule resume cancels the skip.` };
    }
    const latest = await deps.store.latestClaim(schedule.id);
    skipped = upcomingSlots(timingOf(schedule, latest?.localDate ?? null), deps.clock.now(), 1)[0];
    if (!skipped) return { ok: false, error: "There is no upcoming post to skip." };
    return { ok: true, value: { skipDate: skipped.localDate } };
  });
  if (!result.ok) return result;
  return { ok: true, value: { ...result.value, skipped: skipped as Slot } };
}

export async function clearSchedule(deps: ManagerDeps, guildId: string, name?: string | null): Promise<Parsed<ScheduleRecord>> {
  const found = await findSchedule(deps, guildId, name);
  if (!found.ok) return found;
  await deps.store.deleteSchedule(guildId, found.value.id);
  return found;
}

// What `/tick` says when it brought no daily prompt: when the next one is (in its schedule's own
// zone) and the `/tick` that reaches it, why none is coming (paused, stopped), or how to set one up.
import type { Store } from "../store/store.js";
import type { Clock } from "../schedule/clock.js";
import { showSchedules, type ScheduleView } from "../schedule/scheduleManager.js";
import { SANDBOX } from "./sandboxGuild.js";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export const SET_UP_HINT = `as ${SANDBOX.moderator}, then /schedule set channel:${SANDBOX.channel} time:9am timezone:Europe/London`;

/**
 * The `/tick` argument that reaches an instant `ms` ahead: whole hours (whole minutes under an
 * hour), rounded up so the prompt is posted on the way — "2d 2h", "14h", "25m".
 */
export function tickDurationFor(ms: number): string {
  const unit = ms > HOUR_MS ? HOUR_MS : MINUTE_MS;
  let rest = Math.max(1, Math.ceil(ms / unit)) * unit;
  const parts: string[] = [];
  for (const [size, suffix] of [[DAY_MS, "d"], [HOUR_MS, "h"], [MINUTE_MS, "m"]] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count}${suffix}`);
    rest -= count * size;
  }
  return parts.join(" ");
}

/** "Mon 30 Nov 09:00 Europe/London": a posting time as its schedule's moderators set it. */
export function localPostingTime(at: Date, zone: string): string {
  const day = new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "short", day: "numeric", month: "short" }).format(at);
  const time = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  return `${day} ${time} ${zone}`;
}

function whyNoPost(view: ScheduleView): string {
  const { schedule } = view;
  if (schedule.disabledReason) return `"${schedule.name}" is stopped (${schedule.disabledReason}): fix that, then as ${SANDBOX.moderator} type /schedule resume`;
  if (schedule.paused) return `"${schedule.name}" is paused: as ${SANDBOX.moderator}, type /schedule resume`;
  return `"${schedule.name}" has no posting day coming`;
}

/** `inPlace` names the schedule's channel: " in #study-group" (or "" when it is gone). */
export async function nextPostHint(deps: { store: Store; clock: Clock }, guildId: string, inPlace: (channelId: string) => string): Promise<string> {
  const views = await showSchedules(deps, guildId, 1);
  if (views.length === 0) return `No daily prompt was due meanwhile: none is set up yet. Try one: ${SET_UP_HINT}, then /tick 1d.`;
  const upcoming = views
    .flatMap((view) => (view.next[0] ? [{ view, slot: view.next[0] }] : []))
    .sort((a, b) => a.slot.at.getTime() - b.slot.at.getTime());
  const first = upcoming[0];
  if (!first) return `No daily prompt is coming: ${views.map(whyNoPost).join("; ")}.`;
  const { schedule } = first.view;
  const which = views.length > 1 ? ` ("${schedule.name}")` : "";
  const wait = first.slot.at.getTime() - deps.clock.now().getTime();
  return `No daily prompt was due yet. The next${which} is ${localPostingTime(first.slot.at, schedule.rule.zone)}${inPlace(schedule.channelId)} — type /tick ${tickDurationFor(wait)}.`;
}

// The sandbox's clock: it starts on a weekday morning (see sandboxStart) and runs with real time
// from there, plus whatever the prompt moves it forward (`/tick 1d`). The bot and the emulator
// share it, so timestamps agree.
import type { Clock } from "../schedule/clock.js";

export interface SandboxClock extends Clock {
  /** Moves the sandbox's time forward by `ms` (never back). */
  advance(ms: number): void;
  /** How far ahead of real time the sandbox is. */
  readonly offsetMs: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** 07:00 UTC is before 9am the same day from the Americas to Europe and Africa (UTC−12 to UTC+2). */
const START_HOUR_UTC = 7;

/**
 * Where the sandbox's time starts: the next 07:00 UTC that falls on a weekday (Monday to Friday).
 * A day always holds one 9:00 of any zone, so after `/schedule set … time:9am` the first `/tick 1d`
 * shows a prompt for a daily schedule anywhere, and for a weekday one from the Americas to Europe
 * (further east the next 9am is tomorrow, a Saturday if the sandbox starts on a Friday; /tick then
 * says how far away the prompt is). Real time would often be a Friday evening or a weekend.
 */
export function sandboxStart(realNow: Date): Date {
  let start = Date.UTC(realNow.getUTCFullYear(), realNow.getUTCMonth(), realNow.getUTCDate(), START_HOUR_UTC);
  if (start < realNow.getTime()) start += DAY_MS;
  while ([0, 6].includes(new Date(start).getUTCDay())) start += DAY_MS;
  return new Date(start);
}

export function sandboxClock(realNow: () => number = Date.now, startAt: Date = sandboxStart(new Date(realNow()))): SandboxClock {
  let offset = startAt.getTime() - realNow();
  return {
    now: () => new Date(realNow() + offset),
    advance(ms) {
      if (ms < 0 || !Number.isFinite(ms)) throw new Error("The sandbox clock only moves forward");
      offset += ms;
    },
    get offsetMs() {
      return offset;
    },
  };
}

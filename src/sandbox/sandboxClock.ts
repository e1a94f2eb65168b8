// The sandbox's clock: real time plus an offset that the prompt can move forward (the daily
// prompts add `/tick 1d`), shared by the bot and the emulator so timestamps agree.
import type { Clock } from "../schedule/clock.js";

export interface SandboxClock extends Clock {
  /** Moves the sandbox's time forward by `ms` (never back). */
  advance(ms: number): void;
  /** How far ahead of real time the sandbox is. */
  readonly offsetMs: number;
}

export function sandboxClock(realNow: () => number = Date.now): SandboxClock {
  let offset = 0;
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

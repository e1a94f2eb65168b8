// What the scheduler engine is built from: the store, the Discord-side ports, an injected clock,
// random source and sleep, and its tuning. Nothing here is Discord-specific.
import type { PromptSource } from "../prompts/promptSource.js";
import type { ClaimStore, PromptStore, ScheduleStore } from "../store/store.js";
import type { Clock } from "./clock.js";
import type { ModeratorNotifier, PromptPoster } from "./promptPoster.js";
import type { RetryPolicy } from "./retryPolicy.js";

/** The part of the Store the engine uses. */
export type SchedulerStore = ClaimStore & PromptStore & Pick<ScheduleStore, "getSchedule" | "updateSchedule">;

/** pino's Logger fits; tests can pass a silent one. */
export interface SchedulerLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface SchedulerOptions {
  store: SchedulerStore;
  poster: PromptPoster;
  notifier: ModeratorNotifier;
  prompts: PromptSource;
  clock: Clock;
  /** [0, 1), for backoff jitter. Seeded in tests. */
  random: () => number;
  /** Defaults to setTimeout; tests pass one that returns at once and records the waits. */
  sleep?: (ms: number) => Promise<void>;
  logger?: SchedulerLogger;
  /** Stable id of this process (the same after a restart): whose in-flight claims it reconciles. */
  ownerId?: string;
  /** Posts in flight at once across guilds (default 50). */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  /** How long Discord's enforce_nonce is trusted to turn a repeat into the original (default 2 min). */
  nonceWindowMs?: number;
  /** In-flight claims of other owners older than this are treated as abandoned (default 10 min). */
  staleClaimMs?: number;
  /** A post that has not answered by then counts as a transient failure (default 60 s). */
  postTimeoutMs?: number;
  /** Due schedules read per query (default 500). */
  pageSize?: number;
}

export const silentLogger: SchedulerLogger = { info() {}, warn() {}, error() {} };

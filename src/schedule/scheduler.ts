// The daily-prompt engine, free of Discord. `tick(now)` posts what is due across all schedules;
// `startup(now)` first settles claims a previous run left mid-send, then catches up. What is due
// comes from the database (schedules.next_fire_at, indexed), each slot is claimed there before
// sending, and nothing that matters lives in memory, so restarts and a second process never
// double-post. Ticks never overlap; posts across guilds run with bounded concurrency.
import type { PromptContent } from "../prompts/promptContent.js";
import { buildPromptContent } from "../prompts/promptContent.js";
import { choosePrompt } from "../prompts/choosePrompt.js";
import type { ClaimRecord, DueCursor, DueSchedule, ScheduleRecord } from "../store/store.js";
import { forEachBounded } from "./boundedConcurrency.js";
import { deliverPrompt, type DeliveryContext, type DeliveryMode, type DeliveryOutcome } from "./deliverPrompt.js";
import { dueSlots, upcomingSlots } from "./dueSlots.js";
import { localDateKey } from "./localDate.js";
import { refreshNextFireAt, timingOf } from "./nextFireAt.js";
import { slotFor } from "./nextFireTimes.js";
import { defaultRetryPolicy } from "./retryPolicy.js";
import { silentLogger, type SchedulerOptions } from "./schedulerDeps.js";
import { extraPostNonce, slotNonce } from "./slotNonce.js";

export interface TickReport {
  /** True when another tick was still running, so this one did nothing. */
  overlapped: boolean;
  /** Schedules whose next_fire_at had come. */
  examined: number;
  posted: number;
  /** Failed this round, to be tried again later the same day. */
  retrying: number;
  failed: number;
  /** Stopped by a 403/404 (moderators told). */
  disabled: number;
  missed: number;
  skipped: number;
  /** Another process (or an earlier tick) had the slot already. */
  alreadyClaimed: number;
  /** Claims from a previous run settled by startup(). */
  reconciled: number;
  /** Unexpected errors (logged), e.g. the database was unavailable. */
  errors: number;
}

export type PostNowOutcome =
  | { status: "no-schedule" }
  | (DeliveryOutcome & { /** True when this post took today's slot (the scheduled post won't repeat it). */ countsAsToday: boolean });

export interface PromptPreview {
  content: PromptContent;
  /** When it would be posted, if the schedule is active. */
  at: Date | null;
}

export interface Scheduler {
  tick(now: Date): Promise<TickReport>;
  startup(now: Date): Promise<TickReport>;
  /** `/prompt now`: posts immediately; takes today's slot when it is still free. */
  postNow(guildId: string, scheduleId: number): Promise<PostNowOutcome>;
  /** `/prompt preview`: the prompt that would be posted next, without side effects. */
  previewNext(guildId: string, scheduleId: number): Promise<PromptPreview | null>;
  /** Recomputes a schedule's wake-up time after a change (the moderator operations call this). */
  refresh(guildId: string, scheduleId: number): Promise<ScheduleRecord | null>;
  /** Resolves when no tick or startup is running (graceful shutdown). */
  idle(): Promise<void>;
}

function emptyReport(): TickReport {
  return { overlapped: false, examined: 0, posted: 0, retrying: 0, failed: 0, disabled: 0, missed: 0, skipped: 0, alreadyClaimed: 0, reconciled: 0, errors: 0 };
}

function count(report: TickReport, outcome: DeliveryOutcome): void {
  if (outcome.status === "posted") report.posted += 1;
  else if (outcome.status === "retrying") report.retrying += 1;
  else if (outcome.reason === "forbidden" || outcome.reason === "not-found") report.disabled += 1;
  else report.failed += 1;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { store, clock } = options;
  const logger = options.logger ?? silentLogger;
  const ownerId = options.ownerId ?? "main";
  const concurrency = options.concurrency ?? 50;
  const pageSize = options.pageSize ?? 500;
  const staleClaimMs = options.staleClaimMs ?? 10 * 60_000;
  const ctx: DeliveryContext = {
    store,
    poster: options.poster,
    notifier: options.notifier,
    prompts: options.prompts,
    clock,
    random: options.random,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    logger,
    policy: { ...defaultRetryPolicy, ...options.retry },
    nonceWindowMs: options.nonceWindowMs ?? 2 * 60_000,
    postTimeoutMs: options.postTimeoutMs ?? 60_000,
  };
  let running: Promise<TickReport> | null = null;

  // Claims this process is delivering right now. Only a guard against settling a claim twice at once;
  // the database stays the source of truth (a restart finds unfinished claims there).
  const delivering = new Set<number>();
  const deliver = async (schedule: ScheduleRecord, claim: ClaimRecord | null, mode: DeliveryMode, manual = false, nonce = "") => {
    if (claim) delivering.add(claim.id);
    try {
      return await deliverPrompt(ctx, { schedule, claim, mode, manual, nonce: claim?.nonce ?? nonce });
    } finally {
      if (claim) delivering.delete(claim.id);
    }
  };
  /** A claim of ours left claimed/sending although nothing is delivering it (an unexpected error stopped it). */
  const stranded = (claim: ClaimRecord | null): claim is ClaimRecord =>
    claim !== null && (claim.state === "claimed" || claim.state === "sending") && claim.claimedBy === ownerId && !delivering.has(claim.id);

  const refresh = (guildId: string, scheduleId: number) => refreshNextFireAt(store, guildId, scheduleId, clock.now().getTime());

  async function processDue(due: DueSchedule, now: Date, report: TickReport): Promise<void> {
    const { schedule, latestClaim } = due;
    report.examined += 1;
    try {
      const today = localDateKey(now, schedule.rule.zone);
      if (stranded(latestClaim)) await reconcile(latestClaim, now, report);
      // A post that failed earlier today and is waiting for its next round.
      if (latestClaim?.state === "failed" && latestClaim.retryAt !== null && latestClaim.retryAt <= now.getTime()) {
        if (latestClaim.localDate === today && !schedule.paused && schedule.disabledReason === null) {
          count(report, await deliver(schedule, latestClaim, "retry"));
        } else {
          await store.recordUnposted({
            claimId: latestClaim.id,
            state: "failed",
            error: latestClaim.error ?? "not posted",
            retryAt: null,
            schedulePatch: {},
            at: now.getTime(),
          });
          report.failed += 1;
        }
      }

      const owed = dueSlots(timingOf(schedule, latestClaim?.localDate ?? null), now);
      const unposted = (slots: typeof owed.missed) =>
        slots.map((slot) => ({ localDate: slot.localDate, slotAt: slot.at.getTime(), nonce: slotNonce(schedule.guildId, schedule.id, slot.localDate) }));
      report.missed += await store.recordUnpostedSlots(schedule.guildId, schedule.id, unposted(owed.missed), "missed", ownerId, now.getTime());
      report.skipped += await store.recordUnpostedSlots(schedule.guildId, schedule.id, unposted(owed.skipped), "skipped", ownerId, now.getTime());
      if (owed.due && schedule.disabledReason === null) {
        const claim = await store.claimSlot({
          guildId: schedule.guildId,
          scheduleId: schedule.id,
          localDate: owed.due.localDate,
          slotAt: owed.due.at.getTime(),
          kind: "scheduled",
          nonce: slotNonce(schedule.guildId, schedule.id, owed.due.localDate),
          claimedBy: ownerId,
          at: now.getTime(),
        });
        if (claim) {
          const outcome = await deliver(schedule, claim, "fresh");
          count(report, outcome);
          // A post stores the next wake-up time itself, in its own transaction.
          if (outcome.status === "posted") return;
        } else report.alreadyClaimed += 1;
      }
      await refresh(schedule.guildId, schedule.id);
    } catch (error) {
      report.errors += 1;
      logger.error({ err: error, guildId: schedule.guildId, scheduleId: schedule.id }, "scheduler could not process a schedule");
    }
  }

  async function* dueSchedules(now: Date): AsyncGenerator<DueSchedule> {
    let cursor: DueCursor | null = null;
    for (;;) {
      const page = await store.dueSchedules(now.getTime(), cursor, pageSize);
      yield* page;
      const last = page[page.length - 1];
      if (page.length < pageSize || !last || last.schedule.nextFireAt === null) return;
      cursor = { nextFireAt: last.schedule.nextFireAt, scheduleId: last.schedule.id };
    }
  }

  async function runTick(now: Date, report: TickReport): Promise<TickReport> {
    try {
      await forEachBounded(dueSchedules(now), concurrency, (due) => processDue(due, now, report));
    } catch (error) {
      report.errors += 1;
      logger.error({ err: error }, "scheduler tick failed");
    }
    return report;
  }

  async function reconcile(claim: ClaimRecord, now: Date, report: TickReport): Promise<void> {
    try {
      const schedule = await store.getSchedule(claim.guildId, claim.scheduleId);
      if (!schedule) return;
      report.reconciled += 1;
      const today = localDateKey(now, schedule.rule.zone);
      const active = !schedule.paused && schedule.disabledReason === null;
      if (claim.state === "claimed") {
        // Claimed but never handed to Discord: safe to post if it is still that local day.
        if (claim.localDate === today && active) count(report, await deliver(schedule, claim, "fresh"));
        else {
          await store.recordUnposted({
            claimId: claim.id,
            state: "missed",
            error: "Colloquy stopped before posting it",
            retryAt: null,
            schedulePatch: {},
            at: now.getTime(),
          });
          report.missed += 1;
        }
      } else {
        count(report, await deliver(schedule, claim, "recover"));
      }
      await refresh(schedule.guildId, schedule.id);
    } catch (error) {
      report.errors += 1;
      logger.error({ err: error, claimId: claim.id }, "could not reconcile an unfinished post");
    }
  }

  function exclusive(work: (report: TickReport) => Promise<TickReport>): Promise<TickReport> {
    if (running) return Promise.resolve({ ...emptyReport(), overlapped: true });
    const current = work(emptyReport()).finally(() => {
      running = null;
    });
    running = current;
    return current;
  }

  return {
    tick(now) {
      return exclusive((report) => runTick(now, report));
    },

    startup(now) {
      return exclusive(async (report) => {
        try {
          const claims = await store.inFlightClaims(ownerId, now.getTime() - staleClaimMs);
          await forEachBounded(claims, concurrency, (claim) => reconcile(claim, now, report));
        } catch (error) {
          report.errors += 1;
          logger.error({ err: error }, "could not list unfinished posts");
        }
        return runTick(now, report);
      });
    },

    async postNow(guildId, scheduleId) {
      const schedule = await store.getSchedule(guildId, scheduleId);
      if (!schedule) return { status: "no-schedule" };
      const now = clock.now();
      const today = localDateKey(now, schedule.rule.zone);
      const claim = await store.claimSlot({
        guildId,
        scheduleId,
        localDate: today,
        slotAt: slotFor(schedule.rule, today).at.getTime(),
        kind: "manual",
        nonce: slotNonce(guildId, scheduleId, today),
        claimedBy: ownerId,
        at: now.getTime(),
      });
      const outcome = claim
        ? await deliver(schedule, claim, "fresh", true)
        : await deliver(schedule, null, "fresh", true, extraPostNonce(guildId, scheduleId, now.getTime()));
      await refresh(guildId, scheduleId);
      return { ...outcome, countsAsToday: claim !== null && outcome.status === "posted" };
    },

    async previewNext(guildId, scheduleId) {
      const schedule = await store.getSchedule(guildId, scheduleId);
      if (!schedule) return null;
      const essay = await options.prompts.essayFor(guildId, schedule.essayId);
      if (!essay) return null;
      const choice = choosePrompt(essay, await store.getRotation(scheduleId, essay.id));
      if (!choice) return null;
      const content = buildPromptContent(essay, choice, await store.nextDayNumber(scheduleId));
      if (!content) return null;
      const latest = await store.latestClaim(scheduleId);
      const next = schedule.disabledReason === null ? upcomingSlots(timingOf(schedule, latest?.localDate ?? null), clock.now(), 1)[0] : undefined;
      return { content, at: next?.at ?? null };
    },

    refresh,

    async idle() {
      while (running) await running.catch(() => undefined);
    },
  };
}

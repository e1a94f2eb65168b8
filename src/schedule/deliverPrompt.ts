// Sending one daily prompt for a claimed slot (or an extra `/prompt now`): choose the prompt (fixed on
// the claim before the first send, so every retry sends the same one), check for an earlier send when
// resuming, post with the slot's nonce, retry transient failures with backoff, and record the outcome
// in one transaction. A 403/404 stops the schedule instead of retrying: Discord bans bots that pile
// up such requests.
import { buildPromptContent, type PromptContent } from "../prompts/promptContent.js";
import { choosePrompt, rotationIds } from "../prompts/choosePrompt.js";
import { markUsed, type RotationState } from "../prompts/rotation.js";
import type { PromptEssay } from "../prompts/promptSource.js";
import type { ClaimRecord, ClaimSelection, PromptRecord, SchedulePatch, ScheduleRecord } from "../store/store.js";
import { localDateKey } from "./localDate.js";
import { patchAfterClaim } from "./nextFireAt.js";
import {
  failedMessage,
  forbiddenMessage,
  noEssayMessage,
  notFoundMessage,
  notice,
  postProblemMessage,
  unconfirmedMessage,
} from "./moderatorNotices.js";
import { ForbiddenPostError, NotFoundPostError, TransientPostError } from "./postErrors.js";
import type { ModeratorNotice, PostRequest, PostResult } from "./promptPoster.js";
import { nextRoundDelay, retryDelay, type RetryPolicy } from "./retryPolicy.js";
import type { SchedulerOptions } from "./schedulerDeps.js";

/** The scheduler's options with their defaults filled in. */
export type DeliveryContext = Pick<SchedulerOptions, "store" | "poster" | "notifier" | "prompts" | "clock" | "random"> &
  Required<Pick<SchedulerOptions, "sleep" | "logger" | "nonceWindowMs" | "postTimeoutMs">> & { policy: RetryPolicy };

/**
 * fresh: never sent before, post straight away.
 * retry: earlier attempts failed; look for the message first (a timed-out attempt may have arrived).
 * recover: the process stopped mid-send; look first, and resend only while the nonce still dedupes.
 */
export type DeliveryMode = "fresh" | "retry" | "recover";

export type FailureReason = "forbidden" | "not-found" | "transient" | "no-essay" | "unconfirmed";

export type DeliveryOutcome =
  | { status: "posted"; prompt: PromptRecord; content: PromptContent; problem: string | null; foundEarlierSend: boolean }
  | { status: "retrying"; error: string; retryAt: number }
  | { status: "failed"; reason: FailureReason; error: string; missingPermission: string | null };

export interface DeliveryTarget {
  schedule: ScheduleRecord;
  /** Null for an extra `/prompt now` post that takes no slot. */
  claim: ClaimRecord | null;
  /** Needed when claim is null. */
  nonce: string;
  mode: DeliveryMode;
  /** A moderator asked (`/prompt now`): they see the outcome in their reply, so no separate notice. */
  manual: boolean;
}

type Classified =
  | { kind: "forbidden"; message: string; permission: string | null }
  | { kind: "not-found"; message: string }
  | { kind: "transient"; message: string; retryAfterMs: number | undefined };

function classify(error: unknown): Classified {
  if (error instanceof ForbiddenPostError) return { kind: "forbidden", message: error.message, permission: error.missingPermission };
  if (error instanceof NotFoundPostError) return { kind: "not-found", message: error.message };
  if (error instanceof TransientPostError) return { kind: "transient", message: error.message, retryAfterMs: error.retryAfterMs };
  return { kind: "transient", message: error instanceof Error ? error.message : String(error), retryAfterMs: undefined };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  // The abandoned request may still settle later; keep that from becoming an unhandled rejection.
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TransientPostError(`no answer from Discord within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

interface Prepared {
  essay: PromptEssay;
  selection: ClaimSelection;
  content: PromptContent;
  /** The rotation as read when preparing (null when the claim already had its prompt). */
  rotation: RotationState | null;
}

async function preparePrompt(ctx: DeliveryContext, schedule: ScheduleRecord, claim: ClaimRecord | null): Promise<Prepared | null> {
  let essay: PromptEssay | null;
  try {
    essay = await ctx.prompts.essayFor(schedule.guildId, schedule.essayId);
  } catch (error) {
    ctx.logger.error({ err: error, guildId: schedule.guildId, scheduleId: schedule.id }, "loading the essay for a prompt failed");
    essay = null;
  }
  if (!essay) return null;
  if (claim?.selection) {
    const content = buildPromptContent(essay, claim.selection, claim.selection.day);
    if (content) return { essay, selection: claim.selection, content, rotation: null };
  }
  const rotation = await ctx.store.getRotation(schedule.id, essay.id);
  const choice = choosePrompt(essay, rotation);
  if (!choice) return null;
  const day = claim?.selection?.day ?? (await ctx.store.nextDayNumber(schedule.id));
  const content = buildPromptContent(essay, choice, day);
  if (!content) return null;
  const selection = { essayId: essay.id, sectionId: choice.sectionId, excerptId: choice.excerptId, questionIds: choice.questionIds, day };
  return { essay, selection, content, rotation };
}

async function tellModerators(ctx: DeliveryContext, schedule: ScheduleRecord, message: ModeratorNotice): Promise<void> {
  try {
    await ctx.notifier.notifyModerators(message);
    await ctx.store.updateSchedule(schedule.guildId, schedule.id, { errorNotified: true }, ctx.clock.now().getTime());
  } catch (error) {
    // Left unmarked, so the next failure of this episode tries again; /schedule show has the error anyway.
    ctx.logger.warn({ err: error, guildId: schedule.guildId, scheduleId: schedule.id }, "telling moderators failed");
  }
}

async function recordSuccess(
  ctx: DeliveryContext,
  target: DeliveryTarget,
  prepared: Prepared,
  request: PostRequest,
  result: PostResult,
  foundEarlierSend: boolean,
): Promise<DeliveryOutcome> {
  const { schedule, claim } = target;
  const now = ctx.clock.now().getTime();
  const before = prepared.rotation ?? (await ctx.store.getRotation(schedule.id, prepared.essay.id));
  const rotation = markUsed(rotationIds(prepared.essay), before, prepared.content.sectionId);
  const problem = result.problem ?? null;
  const working = { ...schedule, disabledReason: null };
  const patch: SchedulePatch = {
    disabledReason: null,
    ...(problem ? { lastError: postProblemMessage(schedule, problem), lastErrorAt: now } : { errorNotified: false }),
    // The next wake-up time goes in the same transaction (this claim is now the schedule's latest).
    ...(claim ? patchAfterClaim(working, { localDate: claim.localDate, state: "posted", retryAt: null }) : {}),
  };
  const prompt = await ctx.store.recordPosted({
    claimId: claim?.id ?? null,
    prompt: {
      guildId: schedule.guildId,
      scheduleId: schedule.id,
      claimId: claim?.id ?? null,
      localDate: request.localDate,
      day: prepared.selection.day,
      essayId: prepared.selection.essayId,
      sectionId: prepared.selection.sectionId,
      excerptId: prepared.selection.excerptId,
      questionIds: prepared.selection.questionIds,
      channelId: schedule.channelId,
      messageId: result.messageId,
      threadId: result.threadId,
      pinned: result.pinned,
      unpinnedMessageId: result.pinned ? request.previousPinnedMessageId : null,
      postedAt: now,
    },
    rotation,
    schedulePatch: patch,
    at: now,
  });
  ctx.logger.info(
    { guildId: schedule.guildId, scheduleId: schedule.id, localDate: request.localDate, messageId: result.messageId, foundEarlierSend },
    "daily prompt posted",
  );
  if (problem && !target.manual && !schedule.errorNotified) {
    await tellModerators(ctx, schedule, notice(schedule, "post-problem", postProblemMessage(schedule, problem)));
  }
  return { status: "posted", prompt, content: prepared.content, problem, foundEarlierSend };
}

/** Records a failure that ends this slot (or this round) and tells moderators once per episode. */
async function recordFailure(
  ctx: DeliveryContext,
  target: DeliveryTarget,
  failure: { reason: FailureReason; error: string; missingPermission?: string | null; retryAt?: number | null; patch?: SchedulePatch; notice?: ModeratorNotice },
): Promise<DeliveryOutcome> {
  const { schedule, claim } = target;
  const now = ctx.clock.now().getTime();
  const retryAt = failure.retryAt ?? null;
  const patch: SchedulePatch = { lastError: failure.error, lastErrorAt: now, ...failure.patch };
  if (target.manual) {
    // The moderator sees the reply; give the slot back so the scheduled post can still happen.
    if (claim) await ctx.store.releaseClaim(claim.id);
    // A stop after a 403/404 counts as reported (the moderator reads it in the reply).
    const reported = patch.disabledReason ? { errorNotified: true } : {};
    await ctx.store.updateSchedule(schedule.guildId, schedule.id, { ...patch, ...reported }, now);
  } else if (claim) {
    await ctx.store.recordUnposted({ claimId: claim.id, state: "failed", error: failure.error, retryAt, schedulePatch: patch, at: now });
  }
  ctx.logger.warn(
    { guildId: schedule.guildId, scheduleId: schedule.id, localDate: claim?.localDate, reason: failure.reason, retryAt },
    "daily prompt not posted",
  );
  if (retryAt !== null) return { status: "retrying", error: failure.error, retryAt };
  if (!target.manual && !schedule.errorNotified && failure.notice) await tellModerators(ctx, schedule, failure.notice);
  return { status: "failed", reason: failure.reason, error: failure.error, missingPermission: failure.missingPermission ?? null };
}

export async function deliverPrompt(ctx: DeliveryContext, target: DeliveryTarget): Promise<DeliveryOutcome> {
  const { schedule } = target;
  let claim = target.claim;
  const prepared = await preparePrompt(ctx, schedule, claim);
  if (!prepared) {
    const message = noEssayMessage(schedule);
    return recordFailure(ctx, target, { reason: "no-essay", error: message, notice: notice(schedule, "no-essay", message) });
  }
  const startedAt = ctx.clock.now().getTime();
  const localDate = claim?.localDate ?? localDateKey(startedAt, schedule.rule.zone);
  const request: PostRequest = {
    guildId: schedule.guildId,
    scheduleId: schedule.id,
    channelId: schedule.channelId,
    channelKind: schedule.channelKind,
    roleId: schedule.roleId,
    thread: schedule.thread,
    pin: schedule.pin,
    previousPinnedMessageId: schedule.pin ? await ctx.store.lastPinnedMessageId(schedule.id) : null,
    nonce: claim?.nonce ?? target.nonce,
    localDate,
    kind: claim?.kind ?? "manual",
    content: prepared.content,
  };
  // Resending after the nonce window could duplicate a message that arrived but was not found.
  const lastSend = claim?.sendingAt ?? claim?.claimedAt ?? startedAt;
  const tooLateToResend =
    target.mode === "recover" && (startedAt - lastSend > ctx.nonceWindowMs || localDateKey(startedAt, schedule.rule.zone) !== localDate);
  const unconfirmed = () => {
    const message = unconfirmedMessage(schedule, localDate);
    return recordFailure(ctx, target, { reason: "unconfirmed", error: message, notice: notice(schedule, "unconfirmed", message) });
  };

  let checked = target.mode === "fresh";
  let lastError = "";
  let lastRetryAfter: number | undefined;
  for (let attempt = 1; ; attempt += 1) {
    try {
      if (!checked) {
        const found = await withTimeout(ctx.poster.findRecentPost(request), ctx.postTimeoutMs);
        checked = true;
        if (found) return await recordSuccess(ctx, target, prepared, request, found, true);
        if (tooLateToResend) return await unconfirmed();
      }
      if (claim) claim = await ctx.store.markSending(claim.id, prepared.selection, ctx.clock.now().getTime());
      const result = await withTimeout(ctx.poster.post(request), ctx.postTimeoutMs);
      return await recordSuccess(ctx, target, prepared, request, result, false);
    } catch (error) {
      const failure = classify(error);
      if (failure.kind === "forbidden") {
        const message = forbiddenMessage(schedule, failure.permission);
        return recordFailure(ctx, target, {
          reason: "forbidden",
          error: message,
          missingPermission: failure.permission,
          patch: { disabledReason: `missing permission: ${failure.permission ?? "unknown"}`, nextFireAt: null },
          notice: notice(schedule, "forbidden", message, failure.permission),
        });
      }
      if (failure.kind === "not-found") {
        const message = notFoundMessage(schedule);
        return recordFailure(ctx, target, {
          reason: "not-found",
          error: message,
          patch: { disabledReason: "channel not found", nextFireAt: null },
          notice: notice(schedule, "not-found", message),
        });
      }
      if (!checked && tooLateToResend) return unconfirmed();
      lastError = failure.message;
      lastRetryAfter = failure.retryAfterMs;
      ctx.logger.warn({ guildId: schedule.guildId, scheduleId: schedule.id, attempt, error: failure.message }, "posting failed, may retry");
      const delay = retryDelay(ctx.policy, attempt, ctx.random, failure.retryAfterMs);
      if (delay === null) break;
      await ctx.sleep(delay);
    }
  }

  // The round is over: try again later the same local day, or give up and say so.
  const now = ctx.clock.now().getTime();
  const rounds = Math.max(1, Math.ceil((claim?.attempt ?? 1) / ctx.policy.attemptsPerRound));
  const delay = target.manual || !claim ? null : nextRoundDelay(ctx.policy, rounds, lastRetryAfter);
  const retryAt = delay === null ? null : now + delay;
  const sameDay = retryAt !== null && localDateKey(retryAt, schedule.rule.zone) === localDate;
  const message = failedMessage(schedule, localDate, lastError);
  return recordFailure(ctx, target, {
    reason: "transient",
    error: sameDay ? lastError : message,
    retryAt: sameDay ? retryAt : null,
    notice: notice(schedule, "failed", message),
  });
}

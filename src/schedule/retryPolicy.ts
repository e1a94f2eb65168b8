// How hard the scheduler retries a post that failed for a transient reason: a few attempts within
// the tick, exponential backoff with jitter (from the injected random source, so tests are exact),
// never sooner than Discord's Retry-After; then a couple of later rounds the same local day.

export interface RetryPolicy {
  /** Send attempts in one round (within one tick). */
  attemptsPerRound: number;
  /** Wait before the second attempt; doubles each time (±50% jitter). */
  baseDelayMs: number;
  /** A wait longer than this (e.g. a long Retry-After) ends the round instead of holding the tick. */
  maxDelayMs: number;
  /** Waits before the later rounds; their count is the number of extra rounds. */
  laterRoundsMs: readonly number[];
}

export const defaultRetryPolicy: RetryPolicy = {
  attemptsPerRound: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  laterRoundsMs: [5 * 60_000, 30 * 60_000],
};

/**
 * Wait before attempt `failedAttempts + 1` of a round, or null when the round is over
 * (attempts used up, or the server asked for a longer pause than the round may take).
 */
export function retryDelay(policy: RetryPolicy, failedAttempts: number, random: () => number, retryAfterMs?: number): number | null {
  if (failedAttempts >= policy.attemptsPerRound) return null;
  if (retryAfterMs !== undefined && retryAfterMs > policy.maxDelayMs) return null;
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempts - 1) * (0.5 + random()));
  return Math.round(Math.max(backoff, retryAfterMs ?? 0));
}

/** Wait before the next round after `roundsDone` rounds failed, or null when no round is left. */
export function nextRoundDelay(policy: RetryPolicy, roundsDone: number, retryAfterMs?: number): number | null {
  const delay = policy.laterRoundsMs[roundsDone - 1];
  return delay === undefined ? null : Math.max(delay, retryAfterMs ?? 0);
}

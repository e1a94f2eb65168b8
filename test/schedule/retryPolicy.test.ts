import { describe, expect, it } from "vitest";
import { forEachBounded } from "../../src/schedule/boundedConcurrency.js";
import { defaultRetryPolicy, nextRoundDelay, retryDelay } from "../../src/schedule/retryPolicy.js";

describe("retryDelay", () => {
  it("doubles from 1 s with ±50% jitter, and stops after the round's attempts", () => {
    expect(retryDelay(defaultRetryPolicy, 1, () => 0)).toBe(500);
    expect(retryDelay(defaultRetryPolicy, 1, () => 0.999)).toBe(1499);
    expect(retryDelay(defaultRetryPolicy, 2, () => 0.5)).toBe(2000);
    expect(retryDelay(defaultRetryPolicy, 3, () => 0.5)).toBeNull();
  });

  it("never waits less than Retry-After, and ends the round when Retry-After is too long to wait in a tick", () => {
    expect(retryDelay(defaultRetryPolicy, 1, () => 0.5, 4000)).toBe(4000);
    expect(retryDelay(defaultRetryPolicy, 1, () => 0.5, 200)).toBe(1000);
    expect(retryDelay(defaultRetryPolicy, 1, () => 0.5, 120_000)).toBeNull();
  });

  it("spaces later rounds 5 and 30 minutes apart (or by Retry-After if longer), then gives up", () => {
    expect(nextRoundDelay(defaultRetryPolicy, 1)).toBe(300_000);
    expect(nextRoundDelay(defaultRetryPolicy, 1, 600_000)).toBe(600_000);
    expect(nextRoundDelay(defaultRetryPolicy, 2)).toBe(1_800_000);
    expect(nextRoundDelay(defaultRetryPolicy, 3)).toBeNull();
  });
});

describe("forEachBounded", () => {
  it("runs every item once with at most `limit` in flight, from a sync or an async source", async () => {
    for (const source of [Array.from({ length: 25 }, (_, i) => i), (async function* () { for (let i = 0; i < 25; i += 1) yield i; })()]) {
      let inFlight = 0;
      let most = 0;
      const done: number[] = [];
      await forEachBounded(source, 4, async (item) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1 + (item % 3)));
        done.push(item);
        inFlight -= 1;
      });
      expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i));
      expect(most).toBe(4);
    }
  });
});

// The pacer spaces requests evenly below the limit, so every rolling window (what Discord counts)
// stays under it; a quiet bot's first request goes at once; callers are served in order.
import { describe, expect, it } from "vitest";
import { pacedLimit, evenPacer } from "../../src/discord/daily/requestPacer.js";

function fakeTime() {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}

describe("the request pacer", () => {
  it("allows 2% below the limit in any window, at least one below", () => {
    expect(pacedLimit(50)).toBe(49);
    expect(pacedLimit(500)).toBe(490);
    expect(pacedLimit(1)).toBe(1);
  });

  it("sends a quiet bot's requests at once, and a quick second one after a fiftieth of a second", async () => {
    const time = fakeTime();
    const pacer = evenPacer(50, time);
    await pacer.take();
    expect(time.now()).toBe(0);
    await time.sleep(5000);
    await pacer.take();
    expect(time.now()).toBe(5000);
    await pacer.take();
    expect(time.now()).toBeCloseTo(5000 + 1000 / 49, 1);
  });

  it("never lets more than the paced limit into any rolling second, in order", async () => {
    const time = fakeTime();
    const pacer = evenPacer(50, time);
    const sentAt: number[] = [];
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        pacer.take().then(() => {
          sentAt.push(time.now());
          order.push(index);
        }),
      ),
    );
    expect(order).toEqual(Array.from({ length: 200 }, (_, index) => index));
    for (const start of sentAt) expect(sentAt.filter((at) => at >= start && at < start + 1000).length).toBeLessThanOrEqual(49);
    // …and no slower than that: 200 requests at 49 a second take just over 4 windows.
    expect(sentAt.at(-1)).toBeCloseTo((199 * 1000) / 49, 0);
  });
});

describe("a pacer that fell behind", () => {
  it("catches up a few slots at 500 a second, still under the limit in every window, and none at 50", async () => {
    for (const limit of [50, 500]) {
      const time = fakeTime();
      const pacer = evenPacer(limit, time);
      const sentAt: number[] = [];
      for (let index = 0; index < 3 * limit; index += 1) {
        await pacer.take();
        sentAt.push(time.now());
        // Every 20th request the process is busy for 30 ms.
        if (index % 20 === 19) await time.sleep(30);
      }
      for (const start of sentAt) expect(sentAt.filter((at) => at >= start && at < start + 1000).length).toBeLessThanOrEqual(limit - 1);
    }
  });
});

import { describe, expect, it } from "vitest";
import { manualClock } from "../../src/schedule/clock.js";
import { startCronDriver } from "../../src/schedule/cronDriver.js";
import type { Scheduler, TickReport } from "../../src/schedule/scheduler.js";

const report: TickReport = { overlapped: false, examined: 0, posted: 0, retrying: 0, failed: 0, disabled: 0, missed: 0, skipped: 0, alreadyClaimed: 0, reconciled: 0, errors: 0 };

function recordingScheduler() {
  const calls: string[] = [];
  const scheduler: Pick<Scheduler, "tick" | "startup" | "idle"> = {
    async startup(now) {
      calls.push(`startup ${now.toISOString()}`);
      return report;
    },
    async tick(now) {
      calls.push(`tick ${now.toISOString()}`);
      return report;
    },
    async idle() {
      calls.push("idle");
    },
  };
  return { calls, scheduler };
}

describe("cron driver", () => {
  it("runs start-up first, then ticks with the injected clock's time, and stops cleanly", async () => {
    const { calls, scheduler } = recordingScheduler();
    const clock = manualClock(new Date("2026-03-08T06:59:00Z"));
    // Every second (node-cron's optional seconds field) so the test does not wait a minute.
    const driver = startCronDriver({ scheduler, clock, expression: "* * * * * *" });
    await driver.started;
    expect(calls).toEqual(["startup 2026-03-08T06:59:00.000Z"]);
    clock.set(new Date("2026-03-08T07:00:00Z"));
    await new Promise((resolve) => setTimeout(resolve, 2200));
    await driver.stop();
    const ticks = calls.filter((call) => call.startsWith("tick"));
    expect(ticks.length).toBeGreaterThanOrEqual(1);
    expect(ticks.every((call) => call === "tick 2026-03-08T07:00:00.000Z")).toBe(true);
    expect(calls.at(-1)).toBe("idle");
    const after = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(calls.length).toBe(after);
  });

  it("stopping before start-up finished schedules no job at all", async () => {
    const { calls, scheduler } = recordingScheduler();
    const driver = startCronDriver({ scheduler, clock: manualClock(new Date(0)), expression: "* * * * * *" });
    await driver.stop();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(calls.filter((call) => call.startsWith("tick"))).toEqual([]);
  });
});

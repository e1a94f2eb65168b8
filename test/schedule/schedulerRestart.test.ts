// Restarts at every point of a post: the old scheduler is abandoned mid-flight (as if the process
// died), and a new one opens the same database file with the same Discord.
import { describe, expect, it } from "vitest";
import type { SchedulerStore } from "../../src/schedule/schedulerDeps.js";
import { FakeDiscord } from "./support/fakeDiscord.js";
import { harnessPerTest, type Harness } from "./support/harness.js";

const guild = "100000000000000001";
const nineOClock = new Date("2026-01-14T09:00:00Z");
const { start, stop } = harnessPerTest({ start: "2026-01-14T08:00:00Z" });
const open = start;

/**
 * Wraps the store so that one method never returns: the process "dies" right there, either before
 * the method runs or just after it committed.
 */
function dyingAt(method: keyof SchedulerStore, store: SchedulerStore, when: "before" | "after" = "before"): SchedulerStore {
  return new Proxy(store, {
    get(target, key) {
      const value = target[key as keyof SchedulerStore];
      if (typeof value !== "function") return value;
      const bound = (value as (...args: unknown[]) => unknown).bind(target);
      if (key !== method) return bound;
      return async (...args: unknown[]) => {
        if (when === "after") await bound(...args);
        return new Promise(() => {});
      };
    },
  });
}

/** Starts the first run, lets it reach 09:00 and die at the given point; returns what the restart needs. */
async function firstRunDies(how: { store?: keyof SchedulerStore; when?: "before" | "after"; discord?: "hang-before-send" | "hang-after-send" }) {
  const first = open();
  await first.set(guild, { time: "09:00", zone: "Europe/London" });
  if (how.discord) first.discord.then({ kind: how.discord });
  const scheduler = how.store
    ? (await import("../../src/schedule/scheduler.js")).createScheduler({
        store: dyingAt(how.store, first.store, how.when),
        poster: first.discord,
        notifier: first.moderators,
        prompts: first.source,
        clock: first.clock,
        random: () => 0.5,
        sleep: async () => {},
      })
    : first.scheduler;
  first.clock.set(nineOClock);
  void scheduler.tick(first.clock.now()); // never finishes: the process died during it
  await new Promise((resolve) => setTimeout(resolve, 20));
  return first;
}

async function restart(first: Harness, afterMs: number) {
  await stop(first);
  first.clock.set(new Date(nineOClock.getTime() + afterMs));
  const second = open({ clock: first.clock, discord: first.discord, moderators: first.moderators });
  const report = await second.scheduler.startup(second.clock.now());
  await second.runUntil("2026-01-15T12:00:00Z"); // and the next day goes on normally
  return { second, report };
}

describe("restart during a post: no duplicate, no loss", () => {
  it("crash after the claim, before sending: the restart posts it (same local day)", async () => {
    const first = await firstRunDies({ store: "markSending" });
    expect((await first.store.dueSchedules(Date.now() * 2, null, 10))[0]?.latestClaim?.state).toBe("claimed");
    expect(first.discord.postCalls).toHaveLength(0);
    const { second, report } = await restart(first, 30 * 60_000);
    expect(report).toMatchObject({ reconciled: 1, posted: 1 });
    expect(second.discord.messages.map((m) => m.request.localDate)).toEqual(["2026-01-14", "2026-01-15"]);
  });

  it("crash after the claim, restart the next day: recorded as missed, never posted late", async () => {
    const first = await firstRunDies({ store: "markSending" });
    const { second, report } = await restart(first, 16 * 3600_000); // 01:00 next day
    expect(report).toMatchObject({ reconciled: 1, posted: 0, missed: 1 });
    expect(second.discord.messages.map((m) => m.request.localDate)).toEqual(["2026-01-15"]);
    const schedule = (await second.store.listSchedules(guild))[0]!;
    expect((await second.store.recentClaims(schedule.id, 5)).map((c) => `${c.localDate} ${c.state}`)).toEqual(["2026-01-15 posted", "2026-01-14 missed"]);
  });

  it("crash after the message was sent, before it was recorded: found by its nonce, recorded, not reposted", async () => {
    const first = await firstRunDies({ discord: "hang-after-send" });
    expect(first.discord.messages).toHaveLength(1);
    const { second, report } = await restart(first, 10 * 60_000); // well past the nonce window
    expect(report).toMatchObject({ reconciled: 1, posted: 1 });
    expect(second.discord.postCalls).toHaveLength(2); // the hung one, and the next day's
    expect(second.discord.messages.map((m) => m.request.localDate)).toEqual(["2026-01-14", "2026-01-15"]);
    const today = await second.store.listPrompts(guild, 0);
    expect(today[0]?.messageId).toBe(second.discord.messages[0]!.id);
    expect(second.moderators.notices).toEqual([]);
  });

  it("crash while sending, message not there, restarted within the nonce window: resent with the same nonce", async () => {
    const first = await firstRunDies({ discord: "hang-before-send" });
    expect(first.discord.messages).toHaveLength(0);
    const { second, report } = await restart(first, 60_000);
    expect(report).toMatchObject({ reconciled: 1, posted: 1 });
    expect(second.discord.postCalls[0]!.nonce).toBe(second.discord.postCalls[1]!.nonce);
    expect(second.discord.messages.map((m) => m.request.localDate)).toEqual(["2026-01-14", "2026-01-15"]);
  });

  it("crash while sending, message not there, restarted after the window: not resent (no duplicate risk), moderators told", async () => {
    const first = await firstRunDies({ discord: "hang-before-send" });
    const { second, report } = await restart(first, 20 * 60_000);
    expect(report).toMatchObject({ reconciled: 1, posted: 0, failed: 1 });
    expect(second.discord.messages.map((m) => m.request.localDate)).toEqual(["2026-01-15"]);
    expect(second.moderators.notices.map((n) => n.kind)).toEqual(["unconfirmed"]);
    expect(second.moderators.notices[0]?.message).toContain("/prompt now");
    const schedule = (await second.store.listSchedules(guild))[0]!;
    expect((await second.store.recentClaims(schedule.id, 5)).map((c) => `${c.localDate} ${c.state}`)).toEqual(["2026-01-15 posted", "2026-01-14 failed"]);
  });

  it("crash after the post was recorded: nothing is reposted", async () => {
    const first = await firstRunDies({ store: "recordPosted", when: "after" });
    expect(first.discord.messages).toHaveLength(1);
    expect((await first.store.listPrompts(guild, 0)).map((p) => p.localDate)).toEqual(["2026-01-14"]);
    const { second, report } = await restart(first, 5 * 60_000);
    expect(report).toMatchObject({ reconciled: 0, posted: 0 });
    expect(second.discord.messages.map((m) => m.request.localDate)).toEqual(["2026-01-14", "2026-01-15"]);
  });

  it("a clean restart in the middle of the day changes nothing", async () => {
    const first = open();
    await first.set(guild, { time: "09:00", zone: "Europe/London" });
    await first.runUntil("2026-01-14T10:00:00Z");
    const { second, report } = await restart(first, 3 * 3600_000);
    expect(report).toMatchObject({ reconciled: 0, posted: 0, missed: 0 });
    expect(second.discord.messages.map((m) => m.request.localDate)).toEqual(["2026-01-14", "2026-01-15"]);
  });
});

describe("exactly once with two scheduler processes on one database file", () => {
  it("two instances ticking the same minute post each slot once", async () => {
    const discord = new FakeDiscord(() => Date.parse("2026-01-14T09:00:00Z"));
    const a = open({ discord, scheduler: { ownerId: "a" } });
    const b = open({ discord, clock: a.clock, scheduler: { ownerId: "b" } });
    for (let index = 0; index < 40; index += 1) await a.set(`g${index}`, { time: "09:00", zone: "Europe/London" });
    a.clock.set(nineOClock);
    const [reportA, reportB] = await Promise.all([a.scheduler.tick(a.clock.now()), b.scheduler.tick(b.clock.now())]);
    // Each slot went to Discord once: the database claim decided, not Discord's nonce dedupe.
    expect(discord.postCalls).toHaveLength(40);
    expect(discord.messages).toHaveLength(40);
    expect(new Set(discord.messages.map((m) => m.channelId)).size).toBe(40);
    expect(reportA.posted + reportB.posted).toBe(40);
    expect(reportA.posted).toBeGreaterThan(0);
    expect(reportB.posted + reportB.alreadyClaimed).toBeGreaterThan(0);
    // And the next minute neither posts again.
    a.clock.set(new Date(nineOClock.getTime() + 60_000));
    await Promise.all([a.scheduler.tick(a.clock.now()), b.scheduler.tick(b.clock.now())]);
    expect(discord.messages).toHaveLength(40);
  });
});

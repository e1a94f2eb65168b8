import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenPostError, NotFoundPostError, TransientPostError } from "../../src/schedule/postErrors.js";
import { resumeSchedule } from "../../src/schedule/scheduleManager.js";
import { harnessPerTest, type Harness } from "./support/harness.js";

const guild = "100000000000000001";
const { start } = harnessPerTest({ start: "2026-01-14T08:00:00Z" });
let h: Harness;
beforeEach(() => {
  h = start();
});

describe("403 and 404 at posting time", () => {
  it("a missing permission stops the schedule, tells moderators once, and sends nothing more until resumed", async () => {
    const schedule = await h.set(guild, { time: "09:00", zone: "Europe/London" });
    h.discord.then({ kind: "throw", error: new ForbiddenPostError("Missing Permissions", "Send Messages") });
    await h.runUntil("2026-01-14T09:00:00Z");
    expect(h.discord.postCalls).toHaveLength(1);
    const stopped = await h.store.getSchedule(guild, schedule.id);
    expect(stopped).toMatchObject({ disabledReason: "missing permission: Send Messages", nextFireAt: null, errorNotified: true });
    expect(stopped?.lastError).toContain("**Send Messages**");
    expect(h.moderators.notices).toEqual([
      expect.objectContaining({ guildId: guild, scheduleId: schedule.id, kind: "forbidden", missingPermission: "Send Messages", message: expect.stringContaining("/schedule resume") }),
    ]);
    expect(h.waits).toEqual([]); // no retries: retrying a 403 is what gets bots banned

    // Three more days: no request at all, no more notices.
    await h.runUntil("2026-01-17T12:00:00Z");
    expect(h.discord.postCalls).toHaveLength(1);
    expect(h.moderators.notices).toHaveLength(1);

    // The moderator fixes the permission and resumes: posting starts again from the next slot.
    const resumed = await resumeSchedule(h.manager, guild);
    expect(resumed.ok && resumed.value.schedule).toMatchObject({ disabledReason: null, errorNotified: false, nextFireAt: Date.parse("2026-01-18T09:00:00Z") });
    await h.runUntil("2026-01-18T09:00:00Z");
    expect(h.discord.messages).toHaveLength(1);
  });

  it("a deleted channel stops the schedule the same way", async () => {
    const schedule = await h.set(guild, { time: "09:00", zone: "Europe/London" });
    h.discord.then({ kind: "throw", error: new NotFoundPostError("Unknown Channel") });
    await h.runUntil("2026-01-16T12:00:00Z");
    expect(h.discord.postCalls).toHaveLength(1);
    expect(await h.store.getSchedule(guild, schedule.id)).toMatchObject({ disabledReason: "channel not found", nextFireAt: null });
    expect(h.moderators.notices.map((n) => n.kind)).toEqual(["not-found"]);
    expect((await h.store.latestClaim(schedule.id))?.state).toBe("failed");
  });

  it("a second episode is reported again after the schedule worked in between", async () => {
    await h.set(guild, { time: "09:00", zone: "Europe/London" });
    h.discord.then({ kind: "throw", error: new ForbiddenPostError("x", "Embed Links") });
    await h.runUntil("2026-01-14T10:00:00Z");
    await resumeSchedule(h.manager, guild);
    await h.runUntil("2026-01-15T10:00:00Z"); // works
    h.discord.then({ kind: "throw", error: new ForbiddenPostError("x", "Embed Links") });
    await h.runUntil("2026-01-16T10:00:00Z");
    expect(h.moderators.notices.map((n) => n.kind)).toEqual(["forbidden", "forbidden"]);
  });
});

describe("transient failures", () => {
  it("retries with exponential backoff and jitter, then posts once", async () => {
    await h.set(guild, { time: "09:00", zone: "Europe/London" });
    const unavailable = () => new TransientPostError("503 Service Unavailable");
    h.discord.then({ kind: "throw", error: unavailable() }, { kind: "throw", error: unavailable() });
    await h.runUntil("2026-01-14T09:00:00Z");
    expect(h.discord.postCalls).toHaveLength(3);
    expect(h.discord.messages).toHaveLength(1);
    // random() is 0.5, so the jitter factor is exactly 1: 1 s, then 2 s.
    expect(h.waits).toEqual([1000, 2000]);
    expect(h.moderators.notices).toEqual([]);
  });

  it("waits at least as long as Discord's Retry-After", async () => {
    await h.set(guild, { time: "09:00", zone: "Europe/London" });
    h.discord.then({ kind: "throw", error: new TransientPostError("429", { retryAfterMs: 7000 }) });
    await h.runUntil("2026-01-14T09:00:00Z");
    expect(h.waits).toEqual([7000]);
    expect(h.discord.messages).toHaveLength(1);
  });

  it("never posts twice when a message arrived but its answer was lost: the retry reuses the nonce", async () => {
    await h.set(guild, { time: "09:00", zone: "Europe/London" });
    h.discord.then({ kind: "send-then-throw", error: new TransientPostError("socket hang up") });
    await h.runUntil("2026-01-14T09:00:00Z");
    expect(h.discord.postCalls).toHaveLength(2);
    expect(h.discord.postCalls[0]!.nonce).toBe(h.discord.postCalls[1]!.nonce);
    expect(h.discord.messages).toHaveLength(1);
  });

  it("after a failed round, retries later the same day, looking for the message first", async () => {
    const schedule = await h.set(guild, { time: "09:00", zone: "Europe/London" });
    const down = () => ({ kind: "throw" as const, error: new TransientPostError("502 Bad Gateway") });
    h.discord.then(down(), down(), down());
    await h.runUntil("2026-01-14T09:01:00Z");
    expect(h.discord.postCalls).toHaveLength(3);
    const waiting = await h.store.latestClaim(schedule.id);
    expect(waiting).toMatchObject({ state: "failed", error: "502 Bad Gateway", attempt: 3 });
    expect(waiting!.retryAt).toBe(Date.parse("2026-01-14T09:00:03Z") + 5 * 60_000);
    expect((await h.store.getSchedule(guild, schedule.id))?.nextFireAt).toBe(waiting!.retryAt);
    expect(h.moderators.notices).toEqual([]);

    await h.runUntil("2026-01-14T09:10:00Z");
    expect(h.discord.findCalls).toHaveLength(1);
    expect(h.discord.messages).toHaveLength(1);
    expect((await h.store.latestClaim(schedule.id))?.state).toBe("posted");
  });

  it("gives up after the last round, records the error and tells moderators once", async () => {
    const schedule = await h.set(guild, { time: "09:00", zone: "Europe/London" });
    for (let index = 0; index < 9; index += 1) h.discord.then({ kind: "throw", error: new TransientPostError("500 Internal Server Error") });
    await h.runUntil("2026-01-14T12:00:00Z");
    expect(h.discord.postCalls).toHaveLength(9); // three rounds of three
    expect(h.discord.messages).toHaveLength(0);
    const claim = await h.store.latestClaim(schedule.id);
    expect(claim).toMatchObject({ state: "failed", retryAt: null });
    expect(claim?.error).toContain("after several tries");
    expect(h.moderators.notices.map((n) => n.kind)).toEqual(["failed"]);
    expect(h.moderators.notices[0]?.message).toContain("/prompt now");
    // The next day posts normally and ends the episode.
    await h.runUntil("2026-01-15T09:00:00Z");
    expect(h.discord.messages).toHaveLength(1);
    expect((await h.store.getSchedule(guild, schedule.id))?.errorNotified).toBe(false);
  });

  it("treats an unexpected error like a transient one", async () => {
    await h.set(guild, { time: "09:00", zone: "Europe/London" });
    h.discord.then({ kind: "throw", error: new TypeError("fetch failed") });
    await h.runUntil("2026-01-14T09:00:00Z");
    expect(h.discord.messages).toHaveLength(1);
    expect(h.waits).toHaveLength(1);
  });

  it("counts a post whose thread failed, and tells moderators once per episode", async () => {
    const schedule = await h.set(guild, { time: "09:00", zone: "Europe/London" });
    h.discord.then({ kind: "problem", problem: "the thread could not be created (missing Create Public Threads)." }, { kind: "problem", problem: "the thread could not be created (missing Create Public Threads)." });
    await h.runUntil("2026-01-15T09:00:00Z");
    expect(h.discord.messages).toHaveLength(2);
    expect(h.moderators.notices.map((n) => n.kind)).toEqual(["post-problem"]);
    expect((await h.store.getSchedule(guild, schedule.id))?.lastError).toContain("Create Public Threads");
    await h.runUntil("2026-01-16T09:00:00Z");
    expect((await h.store.getSchedule(guild, schedule.id))?.errorNotified).toBe(false);
  });
});

describe("/prompt now failures", () => {
  it("gives today's slot back and stops the schedule on a 403, answering the moderator instead of notifying", async () => {
    const schedule = await h.set(guild, { time: "09:00", zone: "Europe/London" });
    h.discord.then({ kind: "throw", error: new ForbiddenPostError("Missing Permissions", "Create Public Threads") });
    const outcome = await h.scheduler.postNow(guild, schedule.id);
    expect(outcome).toMatchObject({ status: "failed", reason: "forbidden", missingPermission: "Create Public Threads", countsAsToday: false });
    expect(h.moderators.notices).toEqual([]);
    expect(await h.store.latestClaim(schedule.id)).toBeNull();
    expect((await h.store.getSchedule(guild, schedule.id))?.disabledReason).toContain("Create Public Threads");
    // Once fixed, /prompt now works and re-enables the schedule.
    const again = await h.scheduler.postNow(guild, schedule.id);
    expect(again).toMatchObject({ status: "posted", countsAsToday: true });
    expect(await h.store.getSchedule(guild, schedule.id)).toMatchObject({ disabledReason: null, nextFireAt: Date.parse("2026-01-15T09:00:00Z") });
  });
});

describe("unexpected errors", () => {
  it("a post stopped by a database error is settled by the next tick, not left until a restart", async () => {
    const schedule = await h.set(guild, { time: "09:00", zone: "Europe/London" });
    const getRotation = h.store.getRotation;
    let failures = 1;
    h.store.getRotation = async (...args) => {
      if (failures-- > 0) throw new Error("SQLITE_BUSY: database is locked");
      return getRotation(...args);
    };
    const [first] = await h.runUntil("2026-01-14T09:00:00Z").then((reports) => reports.slice(-1));
    expect(first).toMatchObject({ errors: 1, posted: 0 });
    expect((await h.store.latestClaim(schedule.id))?.state).toBe("claimed");
    const [next] = await h.runUntil("2026-01-14T09:01:00Z");
    expect(next).toMatchObject({ reconciled: 1, posted: 1, errors: 0 });
    expect(h.discord.messages).toHaveLength(1);
    await h.runUntil("2026-01-14T12:00:00Z");
    expect(h.discord.messages).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { slotNonce } from "../../src/schedule/slotNonce.js";
import { harnessPerTest, localWallTime } from "./support/harness.js";

const guild = "100000000000000001";
const { start, stop } = harnessPerTest();

describe("posting on schedule", () => {
  it("posts one prompt at 09:00 local, with a thread, and not again that day", async () => {
    const h = start({ start: "2026-01-14T08:00:00Z" }); // Wednesday, London = UTC in winter
    await h.set(guild, { time: "09:00", zone: "Europe/London", days: "weekdays" });
    await h.runUntil("2026-01-14T08:59:00Z");
    expect(h.discord.messages).toHaveLength(0);
    await h.runUntil("2026-01-14T23:59:00Z");
    expect(h.discord.messages).toHaveLength(1);
    const [message] = h.discord.messages;
    expect(localWallTime(message!.sentAt, "Europe/London")).toBe("2026-01-14 09:00");
    expect(message!.threadId).not.toBeNull();
    const schedule = (await h.store.listSchedules(guild))[0]!;
    expect(schedule.nextFireAt).toBe(Date.parse("2026-01-15T09:00:00Z"));
    expect(await h.store.latestClaim(schedule.id)).toMatchObject({ localDate: "2026-01-14", state: "posted", messageId: message!.id });
  });

  it("sends the slot's nonce, the role to ping, and the prompt: Day N, Section k of M, rotating", async () => {
    const h = start({ start: "2026-01-14T08:00:00Z" });
    const schedule = await h.set(guild, { time: "09:00", zone: "Europe/London", roleId: "555", pin: true });
    await h.runUntil("2026-01-16T10:00:00Z");
    expect(h.discord.messages).toHaveLength(3);
    const [first, second, third] = h.discord.postCalls;
    expect(first).toMatchObject({
      guildId: guild,
      scheduleId: schedule.id,
      channelId: `c-${guild}`,
      channelKind: "text",
      roleId: "555",
      thread: true,
      pin: true,
      previousPinnedMessageId: null,
      nonce: slotNonce(guild, schedule.id, "2026-01-14"),
      localDate: "2026-01-14",
      kind: "scheduled",
      content: { day: 1, sectionNumber: 1, sectionCount: 3, essayTitle: "The Singapore Summit", question: "Question 1 on section 1?", followUp: "Question 2 on section 1?" },
    });
    expect(first!.nonce.length).toBeLessThanOrEqual(25);
    expect(second).toMatchObject({ localDate: "2026-01-15", content: { day: 2, sectionNumber: 2 }, previousPinnedMessageId: h.discord.messages[0]!.id });
    expect(third).toMatchObject({ content: { day: 3, sectionNumber: 3 }, previousPinnedMessageId: h.discord.messages[1]!.id });
    const history = await h.store.listPrompts(guild, 0);
    expect(history.map((prompt) => [prompt.day, prompt.sectionId, prompt.pinned, prompt.unpinnedMessageId])).toEqual([
      [1, "s1", true, null],
      [2, "s2", true, h.discord.messages[0]!.id],
      [3, "s3", true, h.discord.messages[1]!.id],
    ]);
  });

  it("does not post today when the schedule is set after today's time (set at 10:00 for 09:00)", async () => {
    const h = start({ start: "2026-01-14T10:00:00Z" });
    await h.set(guild, { time: "09:00", zone: "Europe/London" });
    await h.runUntil("2026-01-14T23:59:00Z");
    expect(h.discord.messages).toHaveLength(0);
    await h.runUntil("2026-01-15T09:00:00Z");
    expect(h.discord.messages.map((m) => localWallTime(m.sentAt, "Europe/London"))).toEqual(["2026-01-15 09:00"]);
  });

  it("posts for two guilds in different zones, each at its own 09:00", async () => {
    const h = start({ start: "2026-06-30T23:00:00Z" });
    await h.set("g-tokyo", { time: "09:00", zone: "Asia/Tokyo" });
    await h.set("g-london", { time: "09:00", zone: "Europe/London" });
    await h.set("g-kolkata", { time: "9:30pm", zone: "Asia/Kolkata" });
    await h.runUntil("2026-07-01T23:59:00Z");
    const sent = (channel: string) => h.discord.messagesIn(channel).map((m) => new Date(m.sentAt).toISOString());
    expect(sent("c-g-tokyo")).toEqual(["2026-07-01T00:00:00.000Z"]); // 09:00 JST is midnight UTC
    expect(sent("c-g-london")).toEqual(["2026-07-01T08:00:00.000Z"]); // BST
    expect(sent("c-g-kolkata")).toEqual(["2026-07-01T16:00:00.000Z"]); // 21:30 IST
  });

  it("runs posts for many guilds concurrently, but never more than the limit at once", async () => {
    const h = start({ start: "2026-01-14T08:00:00Z", scheduler: { concurrency: 8 } });
    h.discord.latencyMs = 2;
    for (let index = 0; index < 60; index += 1) await h.set(`g${index}`, { time: "09:00", zone: "Europe/London" });
    const [report] = await h.runUntil("2026-01-14T09:00:00Z").then((reports) => reports.slice(-1));
    expect(report).toMatchObject({ examined: 60, posted: 60, errors: 0 });
    expect(h.discord.messages).toHaveLength(60);
    expect(h.discord.maxInFlight).toBe(8);
  });

  it("never runs two ticks at once: an overlapping tick does nothing", async () => {
    const h = start({ start: "2026-01-14T08:59:00Z" });
    h.discord.latencyMs = 20;
    await h.set(guild, { time: "09:00", zone: "Europe/London" });
    h.clock.set(new Date("2026-01-14T09:00:00Z"));
    const [first, second] = await Promise.all([h.scheduler.tick(h.clock.now()), h.scheduler.tick(h.clock.now())]);
    expect(first).toMatchObject({ overlapped: false, posted: 1 });
    expect(second).toMatchObject({ overlapped: true, posted: 0 });
    await h.scheduler.idle();
    expect(h.discord.messages).toHaveLength(1);
  });

  it("pages through due schedules larger than one query page", async () => {
    const h = start({ start: "2026-01-14T08:00:00Z", scheduler: { pageSize: 7 } });
    for (let index = 0; index < 30; index += 1) await h.set(`g${index}`, { time: "09:00", zone: "Europe/London" });
    await h.runUntil("2026-01-14T09:00:00Z");
    expect(h.discord.messages).toHaveLength(30);
    expect(new Set(h.discord.messages.map((m) => m.channelId)).size).toBe(30);
  });
});

describe("daylight saving, through the engine", () => {
  it("New York 09:00 stays 09:00 local across the March change (posted at 14:00Z then 13:00Z)", async () => {
    const h = start({ start: "2026-03-06T12:00:00Z" });
    await h.set(guild, { time: "09:00", zone: "America/New_York" });
    await h.runUntil("2026-03-09T23:00:00Z");
    expect(h.discord.messages.map((m) => new Date(m.sentAt).toISOString())).toEqual([
      "2026-03-06T14:00:00.000Z",
      "2026-03-07T14:00:00.000Z",
      "2026-03-08T13:00:00.000Z",
      "2026-03-09T13:00:00.000Z",
    ]);
  });

  it("a 02:30 New York schedule posts at 03:00 on the day 02:30 does not exist", async () => {
    const h = start({ start: "2026-03-07T12:00:00Z" });
    await h.set(guild, { time: "02:30", zone: "America/New_York" });
    await h.runUntil("2026-03-09T12:00:00Z");
    expect(h.discord.messages.map((m) => localWallTime(m.sentAt, "America/New_York"))).toEqual(["2026-03-08 03:00", "2026-03-09 02:30"]);
  });

  it("a 01:30 New York schedule posts once on the November night 01:30 happens twice", async () => {
    const h = start({ start: "2026-10-31T12:00:00Z" });
    await h.set(guild, { time: "01:30", zone: "America/New_York" });
    await h.runUntil("2026-11-02T12:00:00Z");
    expect(h.discord.messages.map((m) => new Date(m.sentAt).toISOString())).toEqual(["2026-11-01T05:30:00.000Z", "2026-11-02T06:30:00.000Z"]);
  });

  it("Lord Howe's half-hour change: 02:15 posts at 02:30 when the clocks skip 02:00-02:30", async () => {
    const h = start({ start: "2026-10-03T00:00:00Z" });
    await h.set(guild, { time: "02:15", zone: "Australia/Lord_Howe" });
    await h.runUntil("2026-10-05T00:00:00Z");
    expect(h.discord.messages.map((m) => localWallTime(m.sentAt, "Australia/Lord_Howe"))).toEqual(["2026-10-04 02:30", "2026-10-05 02:15"]);
  });
});

describe("catch-up after downtime", () => {
  it("posts a missed slot at start-up if it is still the same local day", async () => {
    const before = start({ start: "2026-01-14T08:00:00Z" });
    await before.set(guild, { time: "09:00", zone: "Europe/London" });
    await stop(before);
    // Down from 08:00 to 15:00.
    before.clock.set(new Date("2026-01-14T15:00:00Z"));
    const after = start({ clock: before.clock, discord: before.discord });
    const report = await after.scheduler.startup(after.clock.now());
    expect(report).toMatchObject({ posted: 1, missed: 0 });
    expect(after.discord.messages).toHaveLength(1);
  });

  it("records earlier days as missed without posting them, and posts today's when its time comes", async () => {
    const before = start({ start: "2026-01-12T08:00:00Z" });
    const schedule = await before.set(guild, { time: "09:00", zone: "Europe/London" });
    await before.runUntil("2026-01-12T10:00:00Z"); // Monday posted
    // Down until Thursday 07:00.
    before.clock.set(new Date("2026-01-15T07:00:00Z"));
    const after = start({ clock: before.clock, discord: before.discord });
    const report = await after.scheduler.startup(after.clock.now());
    expect(report).toMatchObject({ posted: 0, missed: 2 });
    await after.runUntil("2026-01-15T09:00:00Z");
    expect(after.discord.messages.map((m) => localWallTime(m.sentAt, "Europe/London"))).toEqual(["2026-01-12 09:00", "2026-01-15 09:00"]);
    const states = (await after.store.recentClaims(schedule.id, 10)).map((c) => `${c.localDate} ${c.state}`);
    expect(states).toEqual(["2026-01-15 posted", "2026-01-14 missed", "2026-01-13 missed", "2026-01-12 posted"]);
    expect(after.moderators.notices).toEqual([]);
  });
});

describe("/prompt now and /prompt preview", () => {
  it("counts as today's post: the scheduled slot later today does not post again", async () => {
    const h = start({ start: "2026-01-14T07:00:00Z" });
    const schedule = await h.set(guild, { time: "09:00", zone: "Europe/London" });
    const outcome = await h.scheduler.postNow(guild, schedule.id);
    expect(outcome).toMatchObject({ status: "posted", countsAsToday: true, content: { day: 1 } });
    expect(h.discord.postCalls[0]?.kind).toBe("manual");
    await h.runUntil("2026-01-14T23:00:00Z");
    expect(h.discord.messages).toHaveLength(1);
    await h.runUntil("2026-01-15T09:00:00Z");
    expect(h.discord.postCalls.map((call) => call.content.day)).toEqual([1, 2]);
  });

  it("posts an extra prompt when today's was already posted, without taking a slot", async () => {
    const h = start({ start: "2026-01-14T08:59:00Z" });
    const schedule = await h.set(guild, { time: "09:00", zone: "Europe/London" });
    await h.runUntil("2026-01-14T09:00:00Z");
    const outcome = await h.scheduler.postNow(guild, schedule.id);
    expect(outcome).toMatchObject({ status: "posted", countsAsToday: false, content: { day: 2, sectionNumber: 2 } });
    expect(h.discord.messages).toHaveLength(2);
    expect(new Set(h.discord.messages.map((m) => m.nonce)).size).toBe(2);
    expect((await h.store.listPrompts(guild, 0)).map((p) => p.claimId === null)).toEqual([false, true]);
  });

  it("says there is no schedule", async () => {
    const h = start();
    expect(await h.scheduler.postNow(guild, 42)).toEqual({ status: "no-schedule" });
  });

  it("previews the next prompt and its time without posting or changing anything", async () => {
    const h = start({ start: "2026-01-14T08:00:00Z" });
    const schedule = await h.set(guild, { time: "09:00", zone: "Europe/London" });
    const preview = await h.scheduler.previewNext(guild, schedule.id);
    expect(preview).toMatchObject({ at: new Date("2026-01-14T09:00:00Z"), content: { day: 1, sectionNumber: 1 } });
    expect(await h.scheduler.previewNext(guild, schedule.id)).toEqual(preview);
    expect(h.discord.postCalls).toHaveLength(0);
  });
});

describe("missing essay", () => {
  it("records the failure and tells moderators once, then posts again when the essay is back", async () => {
    const h = start({ start: "2026-01-14T08:00:00Z" });
    h.source.essay = null;
    const schedule = await h.set(guild, { time: "09:00", zone: "Europe/London" });
    await h.runUntil("2026-01-15T10:00:00Z");
    expect(h.discord.postCalls).toHaveLength(0);
    expect(h.moderators.notices.map((n) => n.kind)).toEqual(["no-essay"]);
    expect((await h.store.recentClaims(schedule.id, 5)).map((c) => c.state)).toEqual(["failed", "failed"]);
    h.source.essay = (await import("./support/sampleEssay.js")).sampleEssay();
    await h.runUntil("2026-01-16T09:00:00Z");
    expect(h.discord.messages).toHaveLength(1);
    expect((await h.store.getSchedule(guild, schedule.id))?.errorNotified).toBe(false);
  });
});

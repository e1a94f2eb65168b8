import { beforeEach, describe, expect, it } from "vitest";
import {
  clearSchedule,
  findSchedule,
  maxSchedulesPerGuild,
  pauseSchedule,
  resumeSchedule,
  setSchedule,
  showSchedules,
  skipNextPost,
} from "../../src/schedule/scheduleManager.js";
import { harnessPerTest, localWallTime, type Harness } from "./support/harness.js";

const guild = "100000000000000001";
const { start } = harnessPerTest({ start: "2026-01-12T08:00:00Z" });
let h: Harness;
beforeEach(() => {
  h = start();
});
const sentDays = () => h.discord.messages.map((m) => localWallTime(m.sentAt, "Europe/London").slice(0, 10));

describe("set and show", () => {
  it("creates a schedule and shows the next five posting times", async () => {
    await h.set(guild, { time: "09:00", zone: "Europe/London", days: "mon,wed,fri" });
    const [view] = await showSchedules(h.manager, guild);
    expect(view?.schedule).toMatchObject({ name: "main", thread: true, pin: false, paused: false });
    expect(view?.next.map((slot) => slot.at.toISOString())).toEqual([
      "2026-01-12T09:00:00.000Z",
      "2026-01-14T09:00:00.000Z",
      "2026-01-16T09:00:00.000Z",
      "2026-01-19T09:00:00.000Z",
      "2026-01-21T09:00:00.000Z",
    ]);
    expect(view?.lastPrompt).toBeNull();
  });

  it("shows the last post and recent slots after posting", async () => {
    await h.set(guild, { time: "09:00", zone: "Europe/London" });
    await h.runUntil("2026-01-12T09:00:00Z");
    const [view] = await showSchedules(h.manager, guild);
    expect(view?.lastPrompt).toMatchObject({ day: 1, messageId: h.discord.messages[0]!.id });
    expect(view?.recentSlots.map((claim) => claim.state)).toEqual(["posted"]);
    expect(view?.next[0]?.localDate).toBe("2026-01-13");
  });

  it("changing the time applies from now on, and today's post is not repeated", async () => {
    await h.set(guild, { time: "09:00", zone: "Europe/London" });
    await h.runUntil("2026-01-12T09:30:00Z");
    await h.set(guild, { time: "11:00", zone: "Europe/London" });
    await h.runUntil("2026-01-13T11:00:00Z");
    expect(h.discord.messages.map((m) => localWallTime(m.sentAt, "Europe/London"))).toEqual(["2026-01-12 09:00", "2026-01-13 11:00"]);
  });

  it("moving the time earlier than now does not post today (set at 10:00 for 09:30)", async () => {
    await h.set(guild, { time: "12:00", zone: "Europe/London" });
    h.clock.set(new Date("2026-01-12T10:00:00Z"));
    await h.set(guild, { time: "09:30", zone: "Europe/London" });
    await h.runUntil("2026-01-13T09:30:00Z");
    expect(sentDays()).toEqual(["2026-01-13"]);
  });

  it("allows several named schedules, up to the limit, and asks which one when it is ambiguous", async () => {
    await h.set(guild, { time: "09:00", zone: "Europe/London" });
    expect((await findSchedule(h.manager, guild)).ok).toBe(true);
    await h.set(guild, { time: "18:00", zone: "Europe/London", name: "evening", channelId: "c2" });
    const ambiguous = await findSchedule(h.manager, guild);
    expect(ambiguous).toEqual({ ok: false, error: expect.stringContaining("say which one") });
    for (let index = 2; index < maxSchedulesPerGuild; index += 1) await h.set(guild, { time: "10:00", zone: "UTC", name: `s${index}` });
    await expect(h.set(guild, { time: "10:00", zone: "UTC", name: "one-too-many" })).rejects.toThrow(/the most allowed/);
    expect(await findSchedule(h.manager, guild, "nope")).toEqual({ ok: false, error: expect.stringContaining('no schedule named "nope"') });
    expect(await findSchedule(h.manager, "empty-guild")).toEqual({ ok: false, error: expect.stringContaining("/schedule set") });
  });
});

describe("pause, skip, resume, clear", () => {
  it("pause stops posting; resume starts from the next slot without catching up the pause", async () => {
    await h.set(guild, { time: "09:00", zone: "Europe/London" });
    await h.runUntil("2026-01-12T10:00:00Z");
    const paused = await pauseSchedule(h.manager, guild);
    expect(paused.ok && paused.value.schedule).toMatchObject({ paused: true, nextFireAt: null });
    expect(paused.ok && paused.value.next).toEqual([]);
    await h.runUntil("2026-01-14T10:00:00Z");
    expect(sentDays()).toEqual(["2026-01-12"]);
    const resumed = await resumeSchedule(h.manager, guild);
    expect(resumed.ok && resumed.value.schedule.nextFireAt).toBe(Date.parse("2026-01-15T09:00:00Z"));
    await h.runUntil("2026-01-15T10:00:00Z");
    expect(sentDays()).toEqual(["2026-01-12", "2026-01-15"]);
    const schedule = (await h.store.listSchedules(guild))[0]!;
    expect((await h.store.recentClaims(schedule.id, 10)).map((c) => c.state)).toEqual(["posted", "posted"]); // paused days are not "missed"
  });

  it("skip leaves out the next post only, and says which", async () => {
    await h.set(guild, { time: "09:00", zone: "Europe/London", days: "weekdays" });
    const skipped = await skipNextPost(h.manager, guild);
    expect(skipped.ok && skipped.value.skipped.localDate).toBe("2026-01-12");
    expect(skipped.ok && skipped.value.next[0]?.localDate).toBe("2026-01-13");
    expect(await skipNextPost(h.manager, guild)).toEqual({ ok: false, error: expect.stringContaining("already skipped") });
    await h.runUntil("2026-01-13T10:00:00Z");
    expect(sentDays()).toEqual(["2026-01-13"]);
    const schedule = (await h.store.listSchedules(guild))[0]!;
    expect(schedule.skipDate).toBeNull();
    expect((await h.store.recentClaims(schedule.id, 5)).map((c) => `${c.localDate} ${c.state}`)).toEqual(["2026-01-13 posted", "2026-01-12 skipped"]);
    // A new skip is possible once the old one is used up.
    expect((await skipNextPost(h.manager, guild)).ok).toBe(true);
  });

  it("skip after today's /prompt now skips tomorrow, not the already-taken today", async () => {
    const schedule = await h.set(guild, { time: "09:00", zone: "Europe/London" });
    await h.scheduler.postNow(guild, schedule.id);
    const skipped = await skipNextPost(h.manager, guild);
    expect(skipped.ok && skipped.value.skipped.localDate).toBe("2026-01-13");
  });

  it("resume cancels a pending skip; skip on a paused schedule is refused", async () => {
    await h.set(guild, { time: "09:00", zone: "Europe/London" });
    await skipNextPost(h.manager, guild);
    await resumeSchedule(h.manager, guild);
    await h.runUntil("2026-01-12T09:00:00Z");
    expect(sentDays()).toEqual(["2026-01-12"]);
    await pauseSchedule(h.manager, guild);
    expect(await skipNextPost(h.manager, guild)).toEqual({ ok: false, error: expect.stringContaining("paused") });
  });

  it("clear removes the schedule: nothing more is posted, history stays", async () => {
    await h.set(guild, { time: "09:00", zone: "Europe/London" });
    await h.runUntil("2026-01-12T10:00:00Z");
    expect((await clearSchedule(h.manager, guild)).ok).toBe(true);
    await h.runUntil("2026-01-13T10:00:00Z");
    expect(sentDays()).toEqual(["2026-01-12"]);
    expect(await h.store.listPrompts(guild, 0)).toHaveLength(1);
    expect(await showSchedules(h.manager, guild)).toEqual([]);
  });
});

describe("schedules in different guilds are independent", () => {
  it("pausing one guild does not affect another", async () => {
    await setSchedule(h.manager, "g1", { channelId: "c1", channelKind: "text", rule: { time: { hour: 9, minute: 0 }, zone: "Europe/London", days: [1, 2, 3, 4, 5, 6, 7] } });
    await setSchedule(h.manager, "g2", { channelId: "c2", channelKind: "forum", rule: { time: { hour: 9, minute: 0 }, zone: "America/New_York", days: [1, 2, 3, 4, 5, 6, 7] } });
    await pauseSchedule(h.manager, "g1");
    await h.runUntil("2026-01-12T15:00:00Z");
    expect(h.discord.messages.map((m) => [m.channelId, m.request.channelKind])).toEqual([["c2", "forum"]]);
  });
});

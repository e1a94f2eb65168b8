// When prompts arrive: each server's own zone, across daylight-saving changes in a real zone, and
// as moderators pause, skip and resume.
import { afterEach, describe, expect, it } from "vitest";
import { startDailyHarness, studyGroup, type DailyHarness } from "./support/dailyHarness.js";

let harness: DailyHarness | undefined;
afterEach(async () => {
  await harness?.finish();
  harness = undefined;
});

const seconds = (iso: string) => Date.parse(iso) / 1000;

describe("daylight saving in America/New_York", () => {
  it("spring forward: 02:30 does not exist on 8 March 2026, so that day's prompt comes at 03:00 EDT, once", async () => {
    harness = await startDailyHarness({ start: "2026-03-06T12:00:00Z" });
    const h = harness;
    const set = await (await h.run("schedule set", { channel: "study-group", time: "2:30am", timezone: "America/New_York" })).finalResponse();
    // 7 March 02:30 EST = 07:30Z; 8 March → 03:00 EDT = 07:00Z; 9 March 02:30 EDT = 06:30Z.
    const nextPosts = set.embeds[0]!.fields!.find((field) => field.name === "Next posts")!.value;
    expect(nextPosts).toContain(`<t:${seconds("2026-03-07T07:30:00Z")}:F>`);
    expect(nextPosts).toContain(`<t:${seconds("2026-03-08T07:00:00Z")}:F>`);
    expect(nextPosts).toContain(`<t:${seconds("2026-03-09T06:30:00Z")}:F>`);

    await h.tickAt("2026-03-07T07:30:00Z");
    expect(h.botPosts()).toHaveLength(1);
    await h.tickAt("2026-03-08T06:59:00Z"); // 01:59 EST
    expect(h.botPosts()).toHaveLength(1);
    await h.tickAt("2026-03-08T07:00:00Z"); // 03:00 EDT, the first minute that exists
    expect(h.botPosts()).toHaveLength(2);
    await h.tickAt("2026-03-08T08:00:00Z");
    expect(h.botPosts()).toHaveLength(2);
    await h.tickAt("2026-03-09T06:29:00Z");
    expect(h.botPosts()).toHaveLength(2);
    await h.tickAt("2026-03-09T06:30:00Z"); // 02:30 EDT: still 02:30 local, an hour earlier in UTC
    expect(h.botPosts()).toHaveLength(3);
  });

  it("fall back: 01:30 happens twice on 1 November 2026, and the prompt comes once, at the first", async () => {
    harness = await startDailyHarness({ start: "2026-10-30T12:00:00Z" });
    const h = harness;
    await h.run("schedule set", { channel: "study-group", time: "01:30", timezone: "America/New_York" });
    await h.tickAt("2026-10-31T05:30:00Z"); // 01:30 EDT on 31 October
    expect(h.botPosts()).toHaveLength(1);
    await h.tickAt("2026-11-01T05:30:00Z"); // the first 01:30 (EDT)
    expect(h.botPosts()).toHaveLength(2);
    await h.tickAt("2026-11-01T06:30:00Z"); // the second 01:30 (EST)
    expect(h.botPosts()).toHaveLength(2);
    await h.tickAt("2026-11-02T06:29:00Z");
    expect(h.botPosts()).toHaveLength(2);
    await h.tickAt("2026-11-02T06:30:00Z"); // 01:30 EST from now on
    expect(h.botPosts()).toHaveLength(3);
  });
});

describe("two servers in different zones", () => {
  it("each gets its prompt at 09:00 its own time", async () => {
    harness = await startDailyHarness({ start: "2026-01-13T12:00:00Z", guilds: [studyGroup("Study group"), studyGroup("Tokyo readers")] });
    const h = harness;
    const tokyo = h.emulator.guild("Tokyo readers");
    const tokyoChannel = tokyo.channel("study-group").id;
    await h.run("schedule set", { channel: "study-group", time: "9am", timezone: "Europe/London" });
    await h.emulator.runCommand({ name: "schedule set", channelId: tokyoChannel, user: "mod", options: { channel: "study-group", time: "9am", timezone: "Asia/Tokyo" } });

    await h.tickAt("2026-01-14T00:00:00Z"); // 09:00 in Tokyo, midnight in London
    expect(h.botPosts(tokyoChannel)).toHaveLength(1);
    expect(h.botPosts()).toHaveLength(0);
    await h.tickAt("2026-01-14T09:00:00Z"); // 09:00 in London, 18:00 in Tokyo
    expect(h.botPosts()).toHaveLength(1);
    expect(h.botPosts(tokyoChannel)).toHaveLength(1);
  });
});

describe("pause, skip and resume", () => {
  it("posts nothing while paused, skips exactly the next post, and resumes from now on", async () => {
    harness = await startDailyHarness({ start: "2026-01-13T10:00:00Z" });
    const h = harness;
    await h.run("schedule set", { channel: "study-group", time: "9am", timezone: "Europe/London" });

    const paused = await h.text(await h.run("schedule pause"));
    expect(paused).toContain("Paused");
    await h.tickAt("2026-01-14T09:00:00Z");
    expect(h.botPosts()).toHaveLength(0);
    expect(await h.text(await h.run("schedule show"))).toContain("None while it is not active.");

    h.clock.set(new Date("2026-01-14T12:00:00Z"));
    const resumed = await h.text(await h.run("schedule resume"));
    expect(resumed).toContain(`<t:${seconds("2026-01-15T09:00:00Z")}:F>`);
    await h.tickAt("2026-01-14T12:01:00Z"); // today's 09:00 passed during the pause: not caught up
    expect(h.botPosts()).toHaveLength(0);

    const skipped = await h.text(await h.run("schedule skip"));
    expect(skipped).toContain("Skipping the post of 2026-01-15");
    await h.tickAt("2026-01-15T09:00:00Z");
    expect(h.botPosts()).toHaveLength(0);
    await h.tickAt("2026-01-16T09:00:00Z");
    expect(h.botPosts()).toHaveLength(1);
    expect(h.botPosts()[0]!.message.embeds[0]!.title).toContain("Day 1");
    expect(await h.text(await h.run("schedule show"))).toContain("2026-01-15: skipped");

    // Clear removes the schedule; nothing more is posted.
    expect(await h.text(await h.run("schedule clear"))).toContain('Removed the daily prompt "main"');
    await h.tickAt("2026-01-17T09:00:00Z");
    expect(h.botPosts()).toHaveLength(1);
  });
});

// Failures at posting time: a permission removed before the fire time, a deleted channel, Discord's
// own 403/404, 5xx and 429. Colloquy retries what may pass, never hammers a channel that refuses,
// records the error for /schedule show and tells moderators once.
import { afterEach, describe, expect, it } from "vitest";
import { startDailyHarness, type DailyHarness } from "./support/dailyHarness.js";

let harness: DailyHarness | undefined;
afterEach(async () => {
  await harness?.finish();
  harness = undefined;
});

const postRoute = "POST /channels/{channel_id}/messages";

async function scheduled(): Promise<DailyHarness> {
  harness = await startDailyHarness({ start: "2026-01-13T10:00:00Z" });
  await harness.run("schedule set", { channel: "study-group", time: "9am", timezone: "Europe/London" });
  return harness;
}

/** Requests the bot sent to Discord about this channel that failed with 401, 403 or 429 (what counts towards Discord's ban). */
function invalidRequests(h: DailyHarness): number {
  return h.emulator.requests.all.filter((request) => [401, 403, 429].includes(request.status)).length;
}

function sendsTo(h: DailyHarness, channelId = h.channelId): number {
  return h.emulator.requests.filter(postRoute).filter((request) => request.params.channel_id === channelId).length;
}

describe("a permission removed before the fire time", () => {
  it("Send Messages: nothing is sent, not even a failing request; the error is shown and the schedule waits for a moderator", async () => {
    const h = await scheduled();
    h.emulator.channel(h.channelId).overwrite({ bot: true, deny: ["SendMessages"] });
    await h.tickAt("2026-01-14T09:00:00Z");
    await h.tickAt("2026-01-14T09:05:00Z");
    await h.tickAt("2026-01-15T09:00:00Z");
    expect(h.botPosts()).toHaveLength(0);
    expect(sendsTo(h)).toBe(0);
    expect(invalidRequests(h)).toBe(0);
    // Told once: there is nowhere to post a notice here (no system channel, and the schedule's channel refuses), so it is logged once.
    expect(h.logs().filter((line) => line.msg === "no channel to tell moderators in; /schedule show has the error")).toHaveLength(1);
    const shown = await h.text(await h.run("schedule show"));
    expect(shown).toContain("missing the **Send Messages** permission");
    expect(shown).toContain("Stopped");

    // The moderator fixes it and resumes: the next post goes out.
    h.emulator.channel(h.channelId).setOverwrites([]);
    await h.run("schedule resume");
    await h.tickAt("2026-01-16T09:00:00Z");
    expect(h.botPosts()).toHaveLength(1);
  });

  it("Embed Links: moderators are told once, in the channel, which permission to grant", async () => {
    const h = await scheduled();
    h.emulator.channel(h.channelId).overwrite({ bot: true, deny: ["EmbedLinks"] });
    await h.tickAt("2026-01-14T09:00:00Z");
    await h.tickAt("2026-01-15T09:00:00Z");
    expect(h.botPosts()).toHaveLength(0);
    expect(invalidRequests(h)).toBe(0);
    const notices = h.notices();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message.content).toContain("missing the **Embed Links** permission");
    expect(notices[0]!.message.content).toContain("/schedule resume");
  });

  it("when only Discord knows (403 on the send), one failed request, then silence", async () => {
    const h = await scheduled();
    h.emulator.faults.missingPermissions({ route: "/channels/{channel_id}/messages", method: "POST", params: { channel_id: h.channelId } }, );
    await h.tickAt("2026-01-14T09:00:00Z");
    await h.tickAt("2026-01-14T09:30:00Z");
    await h.tickAt("2026-01-15T09:00:00Z");
    expect(h.emulator.requests.filter(postRoute).filter((request) => request.status === 403)).toHaveLength(1);
    expect(invalidRequests(h)).toBe(1);
    expect(h.botPosts()).toHaveLength(0);
    expect(await h.text(await h.run("schedule show"))).toContain("Stopped");
  });
});

describe("a deleted channel", () => {
  it("stops the schedule without a request and says to choose another channel", async () => {
    const h = await scheduled();
    h.emulator.channel(h.channelId).delete();
    await h.tickAt("2026-01-14T09:00:00Z");
    await h.tickAt("2026-01-15T09:00:00Z");
    expect(sendsTo(h)).toBe(0);
    const shown = await h.emulator.runCommand({ name: "schedule show", channelId: h.emulator.guild(h.guildId).channel("other").id, user: "mod" });
    const text = await h.text(shown);
    expect(text).toContain("no longer exists");
    expect(text).toContain("/schedule set");
  });

  it("when Discord answers 404 Unknown Channel, stops after that one request", async () => {
    const h = await scheduled();
    h.emulator.faults.unknownChannel(postRoute, 5);
    await h.tickAt("2026-01-14T09:00:00Z");
    await h.tickAt("2026-01-15T09:00:00Z");
    expect(sendsTo(h)).toBe(1);
    // No notice is tried in a channel Discord says is gone (the cache still lists it).
    expect(h.notices()).toHaveLength(0);
  });
});

describe("errors that pass", () => {
  it("5xx: retried (by discord.js, then with the scheduler's backoff) until the prompt is posted once", async () => {
    const h = await scheduled();
    const fault = h.emulator.faults.serverError(postRoute, { status: 502, times: 6 });
    const report = await h.tickAt("2026-01-14T09:00:00Z");
    expect(fault.hits).toBe(6);
    expect(report.posted).toBe(1);
    expect(h.botPosts()).toHaveLength(1);
    expect(h.emulator.channel(h.channelId).threads()).toHaveLength(1);
    expect(h.logs().filter((line) => line.msg === "posting failed, may retry").length).toBeGreaterThanOrEqual(1);
  });

  it("a 5xx storm that outlasts the round is tried again later the same day", async () => {
    const h = await scheduled();
    h.emulator.faults.serverError(postRoute, { status: 500, times: 100 });
    const first = await h.tickAt("2026-01-14T09:00:00Z");
    expect(first.retrying).toBe(1);
    expect(h.botPosts()).toHaveLength(0);
    h.emulator.faults.clear();
    await h.tickAt("2026-01-14T09:06:00Z"); // the next round, five minutes later
    expect(h.botPosts()).toHaveLength(1);
  });

  it("429: Discord's Retry-After is honoured, and the prompt is posted once", async () => {
    const h = await scheduled();
    h.emulator.faults.rateLimit(postRoute, { retryAfterMs: 300 });
    await h.tickAt("2026-01-14T09:00:00Z");
    const sends = h.emulator.requests.filter(postRoute).filter((request) => request.params.channel_id === h.channelId);
    expect(sends.map((request) => request.status)).toEqual([429, 200]);
    expect(sends[1]!.receivedAt - sends[0]!.receivedAt).toBeGreaterThanOrEqual(290);
    expect(h.botPosts()).toHaveLength(1);
  });
});

describe("Discord's global rate limit", () => {
  it("a global 429 on the thread is waited out, and the thread still opens", async () => {
    const h = await scheduled();
    h.emulator.faults.globalRateLimit({ retryAfterMs: 200, match: "POST /channels/{channel_id}/messages/{message_id}/threads" });
    await h.tickAt("2026-01-14T09:00:00Z");
    const attempts = h.emulator.requests.filter("POST /channels/{channel_id}/messages/{message_id}/threads");
    expect(attempts.map((request) => [request.status, request.responseHeaders["X-RateLimit-Global"] ?? null])).toEqual([
      [429, "true"],
      [201, null],
    ]);
    expect(h.botPosts()).toHaveLength(1);
    expect(h.emulator.channel(h.channelId).threads()).toHaveLength(1);
    expect(h.notices()).toHaveLength(0);
  });
});

describe("a thread that cannot be opened", () => {
  it("still posts the prompt, tells moderators once which permission is missing, and shows it", async () => {
    const h = await scheduled();
    h.emulator.channel(h.channelId).overwrite({ bot: true, deny: ["CreatePublicThreads"] });
    await h.tickAt("2026-01-14T09:00:00Z");
    await h.tickAt("2026-01-15T09:00:00Z");
    expect(h.botPosts()).toHaveLength(2);
    expect(h.emulator.channel(h.channelId).threads()).toHaveLength(0);
    expect(h.emulator.requests.filter("POST /channels/{channel_id}/messages/{message_id}/threads")).toHaveLength(0);
    const notices = h.notices();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message.content).toContain("**Create Public Threads**");
    expect(await h.text(await h.run("schedule show"))).toContain("opening the thread for answers failed");
  });
});

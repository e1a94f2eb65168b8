// Exactly once across restarts: the bot is stopped (or dies) before, during and after sending the
// day's prompt, and a new client on the same database posts it once, never twice, never not at all.
import { afterEach, describe, expect, it } from "vitest";
import { slotNonce } from "../../src/schedule/slotNonce.js";
import { openSqliteStore } from "../../src/store/openSqliteStore.js";
import { startDailyHarness, type DailyHarness } from "./support/dailyHarness.js";

let harness: DailyHarness | undefined;
afterEach(async () => {
  await harness?.finish();
  harness = undefined;
});

const postRoute = "POST /channels/{channel_id}/messages";
const never = () => new Promise<void>(() => {});

async function withSchedule(start = "2026-01-13T10:00:00Z", bot?: Parameters<typeof startDailyHarness>[0]["bot"]): Promise<DailyHarness> {
  harness = await startDailyHarness({ start, ...(bot ? { bot } : {}) });
  await harness.run("schedule set", { channel: "study-group", time: "9am", timezone: "Europe/London" });
  return harness;
}

/** At 09:00 the send fails (503, nothing created) and the process dies while waiting to retry. */
async function diesAfterAFailedSend(): Promise<DailyHarness> {
  const h = await withSchedule("2026-01-13T10:00:00Z", { scheduler: { sleep: never }, rest: { retries: 0 } });
  h.emulator.faults.serverError(postRoute, { status: 503 });
  h.clock.set(new Date("2026-01-14T09:00:00Z"));
  void h.bot.context.scheduler.tick(h.clock.now());
  await h.emulator.waitFor("request", (request) => request.status === 503);
  await h.crash();
  return h;
}

function promptPosts(h: DailyHarness) {
  return h.emulator.requests.filter(postRoute).filter((request) => request.params.channel_id === h.channelId && request.status < 300);
}

describe("a restart before the send", () => {
  it("catches up a post missed while the bot was down, if it is still the same day", async () => {
    const h = await withSchedule();
    await h.stopBot();
    h.clock.set(new Date("2026-01-14T11:30:00Z"));
    await h.restart();
    expect(h.botPosts()).toHaveLength(1);
    expect(h.emulator.channel(h.channelId).threads()).toHaveLength(1);
    await h.tickAt("2026-01-14T11:31:00Z");
    await h.restart();
    expect(h.botPosts()).toHaveLength(1);
  });

  it("records a day the bot was down for entirely as missed, and posts today's", async () => {
    const h = await withSchedule();
    await h.stopBot();
    h.clock.set(new Date("2026-01-15T10:00:00Z"));
    await h.restart();
    expect(h.botPosts()).toHaveLength(1);
    expect(h.botPosts()[0]!.message.embeds[0]!.title).toContain("Day 1");
    const shown = await h.text(await h.run("schedule show"));
    expect(shown).toContain("2026-01-14: missed");
  });

  it("posts a slot that was claimed but never sent when the process died", async () => {
    const h = await withSchedule();
    const [schedule] = await h.bot.context.store.listSchedules(h.guildId);
    await h.crash();
    // What the database holds when the process dies right after claiming the slot.
    const store = openSqliteStore(h.databasePath);
    await store.claimSlot({
      guildId: h.guildId,
      scheduleId: schedule!.id,
      localDate: "2026-01-14",
      slotAt: Date.parse("2026-01-14T09:00:00Z"),
      kind: "scheduled",
      nonce: slotNonce(h.guildId, schedule!.id, "2026-01-14"),
      claimedBy: "main",
      at: Date.parse("2026-01-14T09:00:00Z"),
    });
    await store.close();
    h.clock.set(new Date("2026-01-14T09:03:00Z"));
    await h.restart();
    expect(h.botPosts()).toHaveLength(1);
    expect(promptPosts(h)).toHaveLength(1);
  });
});

describe("a restart during the send", () => {
  it("finds its message when the process died after Discord created it (response lost), and only adds the thread", async () => {
    const h = await withSchedule("2026-01-13T10:00:00Z", { scheduler: { sleep: never } });
    h.emulator.faults.loseResponse(postRoute);
    h.clock.set(new Date("2026-01-14T09:00:00Z"));
    // The tick sends, loses the answer, and (its retry wait never ending) is still "running" when the process dies.
    void h.bot.context.scheduler.tick(h.clock.now());
    await h.emulator.waitFor("messageCreate", (stored) => stored.channelId === h.channelId);
    await h.crash();
    expect(h.botPosts()).toHaveLength(1);
    expect(h.emulator.channel(h.channelId).threads()).toHaveLength(0);

    h.clock.set(new Date("2026-01-14T09:10:00Z")); // well past Discord's nonce window: only finding it prevents a duplicate
    await h.restart({ scheduler: { sleep: async () => {} } });
    expect(h.botPosts()).toHaveLength(1);
    expect(h.emulator.channel(h.channelId).threads()).toHaveLength(1);
    expect(h.emulator.requests.filter("GET /channels/{channel_id}/messages").length).toBeGreaterThanOrEqual(1);
    const prompts = await h.bot.context.store.listPrompts(h.guildId, 0);
    expect(prompts).toHaveLength(1);
    expect(prompts[0]!.threadId).toBe(prompts[0]!.messageId);
    await h.tickAt("2026-01-14T12:00:00Z");
    expect(h.botPosts()).toHaveLength(1);
  });

  it("sends again, with the same nonce, when the message never arrived and the nonce still protects", async () => {
    const h = await diesAfterAFailedSend();
    expect(h.botPosts()).toHaveLength(0);

    h.clock.set(new Date("2026-01-14T09:01:00Z"));
    await h.restart({ scheduler: { sleep: async () => {} } });
    expect(h.botPosts()).toHaveLength(1);
    const sends = h.emulator.requests.filter(postRoute).filter((request) => request.params.channel_id === h.channelId);
    expect(sends).toHaveLength(2);
    expect((sends[1]!.body as { nonce: string }).nonce).toBe((sends[0]!.body as { nonce: string }).nonce);
    expect((sends[1]!.body as { enforce_nonce: boolean }).enforce_nonce).toBe(true);
  });

  it("does not resend after the nonce window when it cannot find the message: it reports instead of risking a duplicate", async () => {
    const h = await diesAfterAFailedSend();

    h.clock.set(new Date("2026-01-14T09:30:00Z"));
    await h.restart({ scheduler: { sleep: async () => {} } });
    expect(h.botPosts()).toHaveLength(0);
    // Moderators are told, once, in the channel (Colloquy can still post there).
    const notices = h.notices();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message.content).toContain("cannot confirm it arrived");
    expect(notices[0]!.pinged).toEqual({ users: [], roles: [], everyone: false });
    const shown = await h.text(await h.run("schedule show"));
    expect(shown).toContain("cannot confirm it arrived");
    expect(shown).toContain("/prompt now");
    // Tomorrow goes ahead as usual.
    await h.tickAt("2026-01-15T09:00:00Z");
    expect(h.botPosts()).toHaveLength(1);
  });

  it("a send that reaches Discord twice (the first answer timed out) makes one message: same nonce, enforce_nonce", async () => {
    const h = await withSchedule("2026-01-13T10:00:00Z", { rest: { timeout: 150, retries: 1 } });
    h.emulator.faults.slow(postRoute, 400, { when: "after" });
    await h.tickAt("2026-01-14T09:00:00Z");
    expect(h.emulator.requests.filter(postRoute).filter((request) => request.params.channel_id === h.channelId).length).toBeGreaterThanOrEqual(2);
    expect(h.botPosts()).toHaveLength(1);
    expect(h.emulator.channel(h.channelId).threads()).toHaveLength(1);
  });
});

describe("a restart after the send", () => {
  it("posts nothing more that day, and the next day's prompt as usual", async () => {
    const h = await withSchedule();
    await h.tickAt("2026-01-14T09:00:00Z");
    expect(h.botPosts()).toHaveLength(1);
    h.clock.set(new Date("2026-01-14T09:05:00Z"));
    await h.restart();
    await h.tickAt("2026-01-14T09:06:00Z");
    expect(h.botPosts()).toHaveLength(1);
    await h.stopBot();
    h.clock.set(new Date("2026-01-15T09:00:30Z"));
    await h.restart();
    expect(h.botPosts()).toHaveLength(2);
    expect(h.botPosts()[1]!.message.embeds[0]!.title).toContain("Day 2");
  });
});

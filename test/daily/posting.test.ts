// The daily prompt end to end: a moderator sets a schedule by interaction, time moves, and exactly
// one prompt with one thread arrives in the channel, pinging only the configured role; forum
// channels get a forum post; pin/unpin; /prompt now and /prompt preview.
import { afterEach, describe, expect, it } from "vitest";
import { createLibrary } from "../../src/library/library.js";
import { handmadeReading } from "../support/handmadeReading.js";
import { startDailyHarness, type DailyHarness } from "./support/dailyHarness.js";

let harness: DailyHarness | undefined;
afterEach(async () => {
  await harness?.finish();
  harness = undefined;
});

const postRoute = "POST /channels/{channel_id}/messages";
const threadRoute = "POST /channels/{channel_id}/messages/{message_id}/threads";

describe("a daily prompt set up by a moderator", () => {
  it("arrives once at 09:00 in the server's zone, with its thread, pinging only the configured role", async () => {
    harness = await startDailyHarness({ start: "2026-01-13T10:00:00Z" });
    const h = harness;
    const set = await h.run("schedule set", { channel: "study-group", time: "9am", timezone: "Europe/London", role: "Readers" });
    const reply = await set.finalResponse();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain("Daily prompt set up");
    // The next five posts as Discord timestamps on the card: 09:00 London (= UTC in January) from
    // tomorrow; the headline names only the first, so the times are not listed twice.
    const first = Date.parse("2026-01-14T09:00:00Z") / 1000;
    const nextPosts = reply.embeds[0]!.fields!.find((field) => field.name === "Next posts")!.value;
    for (let day = 0; day < 5; day += 1) expect(nextPosts).toContain(`<t:${first + day * 86_400}:F>`);
    expect(reply.content).toContain(`First post: <t:${first}:F>`);
    for (let day = 1; day < 5; day += 1) expect(reply.content).not.toContain(`<t:${first + day * 86_400}:F>`);

    expect((await h.tickAt("2026-01-14T08:59:00Z")).posted).toBe(0);
    expect(h.botPosts()).toHaveLength(0);

    const report = await h.tickAt("2026-01-14T09:00:00Z");
    expect(report.posted).toBe(1);
    const posts = h.botPosts();
    expect(posts).toHaveLength(1);
    const prompt = posts[0]!;
    const embed = prompt.message.embeds[0]!;
    expect(embed.title).toBe("Daily prompt · Day 1 · Section 1 of 3");
    expect(embed.description).toContain("> The delegates arrived in Singapore on Monday.");
    expect(embed.fields?.map((field) => field.name)).toEqual(["Question", "Follow-up"]);
    expect(embed.fields?.[0]?.value).toBe("Why did nobody expect much?");
    expect(prompt.message.content).toBe(`<@&${h.readersRoleId}>`);
    expect(prompt.pinged).toEqual({ users: [], roles: [h.readersRoleId], everyone: false });
    expect(prompt.nonce).toMatch(/^[0-9a-f]{25}$/);
    // One thread, on the prompt, named from the question.
    const threads = h.emulator.channel(h.channelId).threads();
    expect(threads).toHaveLength(1);
    expect(threads[0]!.id).toBe(prompt.message.id);
    expect(threads[0]!.name).toBe("Why did nobody expect much?");
    // The Answer button.
    expect(JSON.stringify(prompt.message.components)).toContain('"label":"Answer"');

    // Later ticks the same day, and the next morning's, add exactly one more.
    expect((await h.tickAt("2026-01-14T09:01:00Z")).posted).toBe(0);
    expect((await h.tickAt("2026-01-14T15:00:00Z")).posted).toBe(0);
    expect(h.botPosts()).toHaveLength(1);
    await h.tickAt("2026-01-15T09:00:00Z");
    expect(h.botPosts()).toHaveLength(2);
    expect(h.botPosts()[1]!.message.embeds[0]!.title).toBe("Daily prompt · Day 2 · Section 2 of 3");
    expect(h.emulator.requests.filter(postRoute).filter((request) => request.params.channel_id === h.channelId)).toHaveLength(2);
    expect(h.emulator.requests.filter(threadRoute)).toHaveLength(2);
  });

  it("pings nobody without a role, even when the reading's text says @everyone", async () => {
    const loud = handmadeReading("loud", "Loud", [
      { title: "Shouting", paragraphs: ["@everyone look here <@&1234567890123456789>, please."], questions: [{ text: "@everyone: is shouting ever a good argument? ".repeat(4) }] },
    ]);
    harness = await startDailyHarness({ start: "2026-01-13T10:00:00Z", library: createLibrary([loud]) });
    const h = harness;
    await h.run("schedule set", { channel: "study-group", time: "09:00", timezone: "UTC" });
    await h.tickAt("2026-01-14T09:00:00Z");
    const [prompt] = h.botPosts();
    expect(prompt?.message.content ?? "").toBe("");
    expect(prompt?.pinged).toEqual({ users: [], roles: [], everyone: false });
    expect(prompt?.allowedMentions).toEqual({ parse: [], roles: [] });
    // The thread name is the question cut to 100 characters at a word boundary.
    const [thread] = h.emulator.channel(h.channelId).threads();
    expect(thread!.name.length).toBeLessThanOrEqual(100);
    expect(thread!.name.endsWith("…")).toBe(true);
    const question = "@everyone: is shouting ever a good argument? ".repeat(4).trim();
    const kept = thread!.name.slice(0, -1).trimEnd();
    expect(question.startsWith(kept)).toBe(true);
    expect(question[kept.length]).toBe(" "); // cut between words, not inside one
  });

  it("posts in a forum channel as a forum post whose starter message is the prompt", async () => {
    harness = await startDailyHarness({ start: "2026-01-13T10:00:00Z" });
    const h = harness;
    const forumId = h.emulator.guild(h.guildId).channel("reading-forum").id;
    const set = await h.run("schedule set", { channel: "reading-forum", time: "9am", timezone: "Europe/London", pin: true });
    expect(await h.text(set)).toContain("Forum posts are not pinned");
    await h.tickAt("2026-01-14T09:00:00Z");
    const posts = h.emulator.requests.filter("POST /channels/{channel_id}/threads");
    expect(posts).toHaveLength(1);
    expect(posts[0]!.params.channel_id).toBe(forumId);
    const threads = h.emulator.channel(forumId).threads();
    expect(threads).toHaveLength(1);
    const starter = h.emulator.message(threads[0]!.id);
    expect(starter?.message.embeds[0]?.title).toBe("Daily prompt · Day 1 · Section 1 of 3");
    expect(threads[0]!.name).toBe("Why did nobody expect much?");
    const prompts = await h.bot.context.store.listPrompts(h.guildId, 0);
    expect(prompts).toMatchObject([{ messageId: threads[0]!.id, threadId: threads[0]!.id, pinned: false }]);
  });

  it("posts in an announcement channel, with an announcement thread", async () => {
    harness = await startDailyHarness({ start: "2026-01-13T10:00:00Z" });
    const h = harness;
    const newsId = h.emulator.guild(h.guildId).channel("news").id;
    await h.run("schedule set", { channel: "news", time: "9am", timezone: "Europe/London" });
    await h.tickAt("2026-01-14T09:00:00Z");
    expect(h.botPosts(newsId)).toHaveLength(1);
    const [thread] = h.emulator.channel(newsId).threads();
    expect(thread?.record.type).toBe(10);
  });

  it("pins the newest prompt and unpins the previous one", async () => {
    harness = await startDailyHarness({ start: "2026-01-13T10:00:00Z" });
    const h = harness;
    await h.run("schedule set", { channel: "study-group", time: "9am", timezone: "Europe/London", pin: true, thread: false });
    await h.tickAt("2026-01-14T09:00:00Z");
    const [first] = h.botPosts();
    expect(h.emulator.channel(h.channelId).pinned().map((stored) => stored.message.id)).toEqual([first!.message.id]);
    expect(h.emulator.channel(h.channelId).threads()).toHaveLength(0);
    await h.tickAt("2026-01-15T09:00:00Z");
    const second = h.botPosts()[1]!;
    expect(h.emulator.channel(h.channelId).pinned().map((stored) => stored.message.id)).toEqual([second.message.id]);
    expect(h.emulator.requests.filter("DELETE /channels/{channel_id}/messages/pins/{message_id}").map((request) => request.params.message_id)).toEqual([first!.message.id]);
    // Without a thread, the prompt tells members to reply to it.
    expect(second.message.embeds[0]?.footer?.text).toContain("Reply to this message");
  });

  it("/prompt preview shows the next prompt exactly as it will look; /prompt now posts it and it counts as today's", async () => {
    harness = await startDailyHarness({ start: "2026-01-14T07:00:00Z" });
    const h = harness;
    await h.run("schedule set", { channel: "study-group", time: "9am", timezone: "Europe/London", role: "Readers" });
    const preview = await (await h.run("prompt preview")).finalResponse();
    expect(preview.ephemeral).toBe(true);
    expect(preview.content).toContain(`<t:${Date.parse("2026-01-14T09:00:00Z") / 1000}:F>`);
    expect(h.botPosts()).toHaveLength(0);

    const now = await (await h.run("prompt now")).finalResponse();
    expect(now.ephemeral).toBe(true);
    expect(now.content).toContain("Posted Day 1");
    expect(now.content).toContain("counts as today's post");
    const [posted] = h.botPosts();
    // The preview's embed is the posted one; its button was shown disabled.
    expect(posted!.message.embeds[0]).toEqual(preview.embeds[0]);
    expect(JSON.stringify(preview.components)).toContain('"disabled":true');

    // The scheduled 09:00 post does not follow today; tomorrow's does.
    await h.tickAt("2026-01-14T09:00:00Z");
    expect(h.botPosts()).toHaveLength(1);
    await h.tickAt("2026-01-15T09:00:00Z");
    expect(h.botPosts()).toHaveLength(2);
    // A second /prompt now the same day is an extra prompt.
    const extra = await (await h.run("prompt now")).finalResponse();
    expect(extra.content).toContain("extra prompt");
    expect(h.botPosts()).toHaveLength(3);
  });
});

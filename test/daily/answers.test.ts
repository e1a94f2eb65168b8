// Answering a daily prompt and seeing participation: replies typed in the thread (counted from
// MESSAGE_CREATE, by id and time only), the Answer button's form (posted in the thread, attributed,
// pinging nobody), each member counted once per prompt, /stats, /stats me and /forget-me.
import { afterEach, describe, expect, it } from "vitest";
import { eventually, startDailyHarness, type DailyHarness } from "./support/dailyHarness.js";

let harness: DailyHarness | undefined;
afterEach(async () => {
  await harness?.finish();
  harness = undefined;
});

async function withPrompt(options: Record<string, string | boolean> = {}): Promise<DailyHarness> {
  harness = await startDailyHarness({ start: "2026-01-13T10:00:00Z" });
  await harness.run("schedule set", { channel: "study-group", time: "9am", timezone: "Europe/London", ...options });
  await harness.tickAt("2026-01-14T09:00:00Z");
  return harness;
}

async function answersOf(h: DailyHarness) {
  return h.bot.context.store.listAnswers(h.guildId, 0);
}

function answerButtonId(h: DailyHarness): string {
  const row = h.botPosts().at(-1)!.message.components![0] as { components: { custom_id: string }[] };
  return row.components[0]!.custom_id;
}

describe("answers typed in the thread", () => {
  it("are counted once per member, from ids and times only; the bot's own posts are not counted", async () => {
    const h = await withPrompt();
    const threadId = h.botPosts()[0]!.message.id;
    h.emulator.memberPosts({ channelId: threadId, user: "ada", content: "SECRET-ANSWER-TEXT I think nobody expected much because…" });
    h.emulator.memberPosts({ channelId: threadId, user: "ada", content: "And another thought." });
    h.emulator.memberPosts({ channelId: threadId, user: "grace", content: "Agreed." });
    // A message in the channel (not a reply to the prompt) is not an answer.
    h.emulator.memberPosts({ channelId: h.channelId, user: "mod", content: "Good morning all" });
    const answers = await eventually(async () => ((await answersOf(h)).length === 2 ? answersOf(h) : null), "two answers");
    const ada = h.emulator.guild(h.guildId).member("ada").id;
    expect(answers.map((answer) => answer.via)).toEqual(["thread", "thread"]);
    expect(answers.find((answer) => answer.userId === ada)?.firstAnsweredAt).toBe(Date.parse("2026-01-14T09:00:00Z"));
    // Nothing a member wrote reaches the logs (the bot never even receives it: no Message Content intent).
    expect(h.logText()).not.toContain("SECRET-ANSWER-TEXT");
  });

  it("without a thread, a reply to the prompt counts, with or without its ping; other messages don't", async () => {
    const h = await withPrompt({ thread: false });
    const prompt = h.botPosts()[0]!;
    const guild = h.emulator.guild(h.guildId);
    const earlier = h.emulator.memberPosts({ channelId: h.channelId, user: "mod", content: "Morning all" });
    h.emulator.memberPosts({ channelId: h.channelId, user: "ada", content: "Not an answer", replyTo: earlier });
    h.emulator.memberPosts({ channelId: h.channelId, user: "ada", content: "Also not an answer" });
    // Grace replies with Discord's ping on: the bot is mentioned, so Discord shows it her text; it is not kept.
    const reply = h.emulator.memberPosts({ channelId: h.channelId, user: "grace", content: "PINGED-REPLY-TEXT My reply", replyTo: prompt });
    expect(reply.message.type).toBe(19);
    expect(reply.pinged.users).toEqual([h.emulator.botUserId]);
    h.emulator.memberPosts({ channelId: h.channelId, user: "mod", content: "Quiet reply", replyTo: prompt, mentionRepliedAuthor: false });
    const answers = await eventually(async () => ((await answersOf(h)).length === 2 ? answersOf(h) : null), "two replies counted");
    expect(answers.map((answer) => answer.userId).sort()).toEqual([guild.member("grace").id, guild.member("mod").id].sort());
    expect(answers.every((answer) => answer.via === "thread")).toBe(true);
    await h.bot.dispatcher.settled();
    expect(await answersOf(h)).toHaveLength(2);
    expect(h.logText()).not.toContain("PINGED-REPLY-TEXT");
  });
});

describe("the Answer button", () => {
  it("opens a form; the answer is posted in the thread, attributed, pinging nobody, and counted once with the thread reply", async () => {
    const h = await withPrompt({ role: "Readers" });
    const prompt = h.botPosts()[0]!;
    const clicked = await h.emulator.clickButton({ message: prompt.message.id, customId: answerButtonId(h), user: "ada" });
    const modal = clicked.modal!;
    expect(modal.title).toBe("Your answer · Day 1");
    const input = (modal.components[0] as { components: { custom_id: string; max_length: number; min_length: number; required: boolean; placeholder?: string }[] }).components[0]!;
    expect(input).toMatchObject({ custom_id: "answer", max_length: 4000, min_length: 2, required: true, placeholder: "Why did nobody expect much?" });

    const text = "I think @everyone expected more. <@&" + h.readersRoleId + "> should read section 2. " + "x".repeat(3000);
    const submitted = await h.emulator.submitModal({ customId: modal.custom_id, fields: { answer: text }, user: "ada", from: clicked });
    const reply = await submitted.finalResponse();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain("Your answer is posted");

    const threadMessages = h.emulator.channel(prompt.message.id).messages().filter((stored) => stored.authorId === h.emulator.botUserId && stored.message.type === 0);
    expect(threadMessages).toHaveLength(1);
    const posted = threadMessages[0]!;
    const ada = h.emulator.guild(h.guildId).member("ada").id;
    expect(posted.message.content).toBe(`**Answer from <@${ada}>**`);
    expect(posted.message.embeds[0]?.description).toBe(text);
    expect(posted.pinged).toEqual({ users: [], roles: [], everyone: false });

    // Answering in the thread as well still counts Ada once; a second form answer too.
    h.emulator.memberPosts({ channelId: prompt.message.id, user: "ada", content: "One more thing" });
    const again = await h.emulator.clickButton({ message: prompt.message.id, customId: answerButtonId(h), user: "ada" });
    const second = await (await h.emulator.submitModal({ customId: modal.custom_id, fields: { answer: "Second answer" }, user: "ada", from: again })).finalResponse();
    expect(second.content).toContain("counts once");
    await h.bot.dispatcher.settled();
    const answers = await answersOf(h);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ userId: ada, via: "modal" });
  });

  it("works on a forum post", async () => {
    harness = await startDailyHarness({ start: "2026-01-13T10:00:00Z" });
    const h = harness;
    const forumId = h.emulator.guild(h.guildId).channel("reading-forum").id;
    await h.run("schedule set", { channel: "reading-forum", time: "9am", timezone: "Europe/London" });
    await h.tickAt("2026-01-14T09:00:00Z");
    const [post] = h.emulator.channel(forumId).threads();
    const starter = h.emulator.message(post!.id)!;
    const row = starter.message.components![0] as { components: { custom_id: string }[] };
    const clicked = await h.emulator.clickButton({ message: starter.message.id, customId: row.components[0]!.custom_id, user: "grace" });
    await (await h.emulator.submitModal({ customId: clicked.modal!.custom_id, fields: { answer: "Forum answer" }, user: "grace", from: clicked })).finalResponse();
    expect(h.emulator.channel(post!.id).messages().some((stored) => stored.message.embeds[0]?.description === "Forum answer")).toBe(true);
    h.emulator.memberPosts({ channelId: post!.id, user: "ada", content: "And mine" });
    await eventually(async () => ((await answersOf(h)).length === 2 ? true : null), "both forum answers counted");
  });
});

describe("/stats, /stats me and /forget-me", () => {
  it("show the group's participation and a member's own, and erase a member's record on confirmation", async () => {
    const h = await withPrompt();
    const ada = h.emulator.guild(h.guildId).member("ada").id;
    const grace = h.emulator.guild(h.guildId).member("grace").id;
    h.emulator.memberPosts({ channelId: h.botPosts()[0]!.message.id, user: "ada", content: "Day 1 answer" });
    h.emulator.memberPosts({ channelId: h.botPosts()[0]!.message.id, user: "grace", content: "Day 1 answer" });
    await eventually(async () => ((await answersOf(h)).length === 2 ? true : null), "day 1 answers");
    await h.tickAt("2026-01-15T09:00:00Z");
    h.emulator.memberPosts({ channelId: h.botPosts()[1]!.message.id, user: "ada", content: "Day 2 answer" });
    await eventually(async () => ((await answersOf(h)).length === 3 ? true : null), "day 2 answer");
    h.clock.set(new Date("2026-01-15T18:00:00Z"));

    const group = await (await h.run("stats", {}, { user: "grace" })).finalResponse();
    expect(group.ephemeral).toBe(false);
    const embed = group.embeds[0]!;
    expect(embed.description).toContain("`Wed 01-14` ████████████ 2 members");
    expect(embed.description).toContain("`Thu 01-15` ██████ 1 member");
    expect(embed.fields?.find((field) => field.name === "Active members")?.value).toBe("2 in the last 7 days · 2 in the last 30");
    const streaks = embed.fields?.find((field) => field.name === "Current streaks")?.value ?? "";
    expect(streaks.split("\n")[0]).toBe(`1. <@${ada}> · 2 prompt days`);
    expect(streaks).toContain(`<@${grace}> · 1 prompt day`);

    const mine = await (await h.run("stats", { me: true }, { user: "ada" })).finalResponse();
    expect(mine.ephemeral).toBe(true);
    expect(mine.embeds[0]?.description).toContain("You answered 2 prompts of the 2 posted");
    expect(mine.embeds[0]?.fields?.[0]?.value).toBe("2 prompt days");

    const ask = await h.run("forget-me", {}, { user: "ada" });
    const asked = await ask.finalResponse();
    expect(asked.ephemeral).toBe(true);
    const buttons = (asked.components[0] as { components: { label: string; custom_id: string }[] }).components;
    expect(buttons.map((button) => button.label)).toEqual(["Erase my record", "Keep it"]);
    const kept = await h.emulator.clickButton({ message: ask, customId: buttons[1]!.custom_id, user: "ada" });
    expect((await kept.finalResponse()).content).toBe("Nothing was erased.");
    expect(await answersOf(h)).toHaveLength(3);

    const again = await h.run("forget-me", {}, { user: "ada" });
    const eraseId = ((await again.finalResponse()).components[0] as { components: { custom_id: string }[] }).components[0]!.custom_id;
    const erased = await h.emulator.clickButton({ message: again, customId: eraseId, user: "ada" });
    expect((await erased.finalResponse()).content).toContain("Erased 2 records");
    expect((await answersOf(h)).map((answer) => answer.userId)).toEqual([grace]);
    const after = await (await h.run("stats", { me: true }, { user: "ada" })).finalResponse();
    expect(after.content).toContain("haven't answered a daily prompt here yet");
  });

  it("/stats says so when nothing has been posted yet", async () => {
    harness = await startDailyHarness({ start: "2026-01-13T10:00:00Z" });
    const reply = await (await harness.run("stats", {}, { user: "ada" })).finalResponse();
    expect(reply.content).toContain("No daily prompt has been posted here yet");
  });
});

describe("an answer that cannot be posted", () => {
  it("tells the member why, gives their text back, counts nothing, and logs none of it", async () => {
    const h = await withPrompt();
    const prompt = h.botPosts()[0]!;
    const clicked = await h.emulator.clickButton({ message: prompt.message.id, customId: answerButtonId(h), user: "ada" });
    // The thread is deleted while Ada writes.
    h.emulator.channel(prompt.message.id).delete();
    const reply = await (await h.emulator.submitModal({ customId: clicked.modal!.custom_id, fields: { answer: "LOST-ANSWER my careful thoughts" }, user: "ada", from: clicked })).finalResponse();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain("Colloquy can't post in this prompt's thread any more");
    expect(reply.content).toContain("LOST-ANSWER my careful thoughts");
    expect(await answersOf(h)).toHaveLength(0);
    expect(h.logText()).not.toContain("LOST-ANSWER");
  });

  it("posts in yesterday's archived thread after a restart (Discord reopens it)", async () => {
    const h = await withPrompt();
    const prompt = h.botPosts()[0]!;
    h.emulator.channel(prompt.message.id).archive();
    h.clock.set(new Date("2026-01-15T08:00:00Z"));
    await h.restart();
    const clicked = await h.emulator.clickButton({ message: prompt.message.id, customId: answerButtonId(h), user: "grace" });
    const reply = await (await h.emulator.submitModal({ customId: clicked.modal!.custom_id, fields: { answer: "Late but here" }, user: "grace", from: clicked })).finalResponse();
    expect(reply.content).toContain("Your answer is posted");
    expect(await answersOf(h)).toHaveLength(1);
  });
});

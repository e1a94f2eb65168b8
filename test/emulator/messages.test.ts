import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ChannelType,
  GatewayIntentBits,
  type Client,
  type ForumChannel,
  type Message,
  type NewsChannel,
  type TextChannel,
} from "discord.js";
import { buildGuild, type Emulator } from "../../src/emulator/index.js";
import { loginTestClient } from "../support/discordClient.js";
import { finishEmulator, startCheckedEmulator } from "../support/emulatorHarness.js";

function studyGroup() {
  return buildGuild("Study group")
    .role("Readers", { mentionable: true })
    .role("Moderators")
    .text("study-group")
    .forum("answers")
    .announcement("news")
    .member("ada", { roles: ["Readers"] })
    .member("grace");
}

describe("channel messages, threads and pins", () => {
  let emulator: Emulator | undefined;
  let client: Client | undefined;
  let text: TextChannel;

  beforeEach(async () => {
    emulator = await startCheckedEmulator({ guilds: [studyGroup()] });
    client = await loginTestClient(emulator);
    text = client.channels.cache.get(emulator.guild("Study group").channel("study-group").id) as TextChannel;
  });
  afterEach(() => finishEmulator(emulator, client));

  it("posts a message and lets the bot find its own recent messages with limit/before/after", async () => {
    const sent: Message[] = [];
    for (const content of ["one", "two", "three", "four"]) sent.push(await text.send(content));
    const latestTwo = await text.messages.fetch({ limit: 2, cache: false });
    expect([...latestTwo.values()].map((m) => m.content)).toEqual(["four", "three"]);
    const beforeThird = await text.messages.fetch({ before: sent[2]!.id, cache: false });
    expect([...beforeThird.values()].map((m) => m.content)).toEqual(["two", "one"]);
    const afterFirst = await text.messages.fetch({ after: sent[0]!.id, limit: 2, cache: false });
    expect([...afterFirst.values()].map((m) => m.content)).toEqual(["three", "two"]);
    expect((await text.messages.fetch({ message: sent[1]!.id, force: true })).content).toBe("two");
  });

  it("returns the existing message for a repeated nonce with enforce_nonce, instead of posting twice", async () => {
    const first = await text.send({ content: "Day 3 prompt", nonce: "guild-3-2026-03-08", enforceNonce: true });
    const again = await text.send({ content: "Day 3 prompt", nonce: "guild-3-2026-03-08", enforceNonce: true });
    expect(again.id).toBe(first.id);
    expect(emulator!.channel(text.id).messages()).toHaveLength(1);
    const other = await text.send({ content: "Day 4 prompt", nonce: "guild-3-2026-03-09", enforceNonce: true });
    expect(other.id).not.toBe(first.id);
  });

  it("starts a thread from a message, with the message's id, and dispatches THREAD_CREATE", async () => {
    const prompt = await text.send("What makes a summit succeed?");
    const threadCreated = new Promise((resolve) => client!.once("threadCreate", resolve));
    const thread = await prompt.startThread({ name: "What makes a summit succeed?", autoArchiveDuration: 1440 });
    expect(thread.id).toBe(prompt.id);
    expect(thread.parentId).toBe(text.id);
    await threadCreated;
    await thread.send("Answers go here");
    expect(emulator!.channel(thread.id).messages().map((m) => m.message.content)).toEqual(["Answers go here"]);
    await thread.setArchived(true);
    expect(emulator!.channel(thread.id).record.thread?.archived).toBe(true);
    await thread.send("Posting unarchives it");
    expect(emulator!.channel(thread.id).record.thread?.archived).toBe(false);
    // discord.js refuses this itself; straight through REST, Discord (and the emulator) answer 160004.
    await expect(
      client!.rest.post(`/channels/${text.id}/messages/${prompt.id}/threads`, { body: { name: "again" } }),
    ).rejects.toMatchObject({ code: 160004 });
  });

  it("makes announcement threads (type 10) in announcement channels", async () => {
    const news = client!.channels.cache.get(emulator!.guild("Study group").channel("news").id) as NewsChannel;
    const post = await news.send("Read section 2 by Friday");
    const thread = await post.startThread({ name: "Questions about section 2" });
    expect(thread.type).toBe(ChannelType.AnnouncementThread);
  });

  it("lets a test await a message that was already posted after its mark", async () => {
    const mark = emulator!.mark();
    await text.send("posted before anyone waited");
    const found = await emulator!.waitForMessage({ channelId: text.id, since: mark });
    expect(found.message.content).toBe("posted before anyone waited");
    await expect(emulator!.waitForMessage({ channelId: text.id, since: emulator!.mark() }, { timeoutMs: 50 })).rejects.toThrow(
      /Timed out after 50 ms waiting for a message in channel/,
    );
  });

  it("creates a forum post: a thread whose starter message shares its id", async () => {
    const forum = client!.channels.cache.get(emulator!.guild("Study group").channel("answers").id) as ForumChannel;
    expect(forum.type).toBe(ChannelType.GuildForum);
    const post = await forum.threads.create({ name: "Day 1", message: { content: "Discuss section 1" } });
    expect(post.parentId).toBe(forum.id);
    const starter = emulator!.message(post.id);
    expect(starter?.message.content).toBe("Discuss section 1");
    expect(starter?.channelId).toBe(post.id);
    await expect(
      client!.rest.post(`/channels/${forum.id}/messages`, { body: { content: "not in a forum" } }),
    ).rejects.toMatchObject({ code: 50008 });
  });

  it("pins and unpins through the current routes and posts Discord's pin notice", async () => {
    const prompt = await text.send("Pin me");
    await prompt.pin();
    expect(emulator!.channel(text.id).pinned().map((m) => m.message.id)).toEqual([prompt.id]);
    expect(emulator!.channel(text.id).lastMessage()?.message.type).toBe(6);
    const pins = await text.messages.fetchPins();
    expect(pins.items.map((item) => item.message.id)).toEqual([prompt.id]);
    await prompt.unpin();
    expect(emulator!.channel(text.id).pinned()).toEqual([]);
    expect(emulator!.requests.filter("PUT /channels/{channel_id}/messages/pins/{message_id}")).toHaveLength(1);
    expect(emulator!.requests.filter("DELETE /channels/{channel_id}/messages/pins/{message_id}")).toHaveLength(1);
  });

  it("records who a message really pings: only the role allowed_mentions lets through", async () => {
    const readers = emulator!.guild("Study group").role("Readers");
    const ada = emulator!.guild("Study group").member("ada");
    const sent = await text.send({
      content: `${readers.mention} new prompt! ${ada.mention} @everyone`,
      allowedMentions: { roles: [readers.id] },
    });
    expect(emulator!.message(sent.id)?.pinged).toEqual({ users: [], roles: [readers.id], everyone: false });
    expect(emulator!.message(sent.id)?.allowedMentions).toEqual({ roles: [readers.id] });
    // The client-wide default ({ parse: [] }) pings nobody.
    const quiet = await text.send(`${readers.mention} ${ada.mention}`);
    expect(emulator!.message(quiet.id)?.pinged).toEqual({ users: [], roles: [], everyone: false });
  });

  it("does not ping a role that isn't mentionable unless the bot may mention everyone", async () => {
    const guild = emulator!.guild("Study group");
    const moderators = guild.role("Moderators");
    const sent = await text.send({ content: moderators.mention, allowedMentions: { roles: [moderators.id] } });
    expect(emulator!.message(sent.id)?.pinged.roles).toEqual([]);
    guild.botRole.grant(["MentionEveryone"]);
    const again = await text.send({ content: moderators.mention, allowedMentions: { roles: [moderators.id] } });
    expect(emulator!.message(again.id)?.pinged.roles).toEqual([moderators.id]);
  });
});

describe("members posting", () => {
  let emulator: Emulator | undefined;
  let client: Client | undefined;
  afterEach(() => finishEmulator(emulator, client));

  async function startWith(intents: GatewayIntentBits[]) {
    emulator = await startCheckedEmulator({ guilds: [studyGroup()] });
    const seen: Message[] = [];
    client = await loginTestClient(emulator, { intents, setup: (c) => c.on("messageCreate", (m) => void seen.push(m)) });
    const text = client.channels.cache.get(emulator.guild("Study group").channel("study-group").id) as TextChannel;
    const prompt = await text.send("Prompt");
    const thread = await prompt.startThread({ name: "Answers" });
    return { seen, thread };
  }

  it("dispatches a member's answer in a thread as MESSAGE_CREATE, without content (no Message Content intent)", async () => {
    const { seen, thread } = await startWith([GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages]);
    const posted = emulator!.waitForMessage({ channelId: thread.id, source: "member" });
    emulator!.memberPosts({ channelId: thread.id, user: "ada", content: "I think trust came first" });
    const stored = await posted;
    await expect.poll(() => seen.find((m) => m.id === stored.message.id)).toBeDefined();
    const received = seen.find((m) => m.id === stored.message.id)!;
    expect(received.author.id).toBe(emulator!.guild("Study group").member("ada").id);
    expect(received.channelId).toBe(thread.id);
    expect(received.content).toBe("");
    expect(stored.message.content).toBe("I think trust came first");
  });

  it("sends the content when the bot has the Message Content intent", async () => {
    const { seen, thread } = await startWith([
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent,
    ]);
    const stored = emulator!.memberPosts({ channelId: thread.id, user: "grace", content: "Deadlines" });
    await expect.poll(() => seen.find((m) => m.id === stored.message.id)?.content).toBe("Deadlines");
  });

  it("sends no MESSAGE_CREATE at all without the Guild Messages intent", async () => {
    const { seen, thread } = await startWith([GatewayIntentBits.Guilds]);
    emulator!.memberPosts({ channelId: thread.id, user: "ada", content: "Unseen" });
    // A later event the bot does get proves the earlier one would have arrived by now.
    const renamed = new Promise((resolve) => client!.once("threadUpdate", resolve));
    emulator!.channel(thread.id).rename("Answers (day 1)");
    await renamed;
    expect(seen.filter((m) => m.author.id !== client!.user!.id)).toEqual([]);
  });
});

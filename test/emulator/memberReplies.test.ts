// Members replying to a message (Discord's Reply): a type-19 message with `message_reference` and
// the replied-to message, pinging its author unless the member switched the ping off — which, as
// on Discord, is also what lets a bot without the Message Content intent read a reply to its own
// message. The bot's own replies are typed 19 too.
import { GatewayIntentBits, MessageType, type Client, type Message, type TextChannel } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildGuild, type Emulator } from "../../src/emulator/index.js";
import { loginTestClient } from "../support/discordClient.js";
import { finishEmulator, startCheckedEmulator } from "../support/emulatorHarness.js";

let emulator: Emulator;
let client: Client;
let channel: TextChannel;
const received: Message[] = [];

beforeEach(async () => {
  emulator = await startCheckedEmulator({ guilds: [buildGuild("Study group").text("study-group").text("other").member("ada").member("grace")] });
  received.length = 0;
  client = await loginTestClient(emulator, {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    setup: (bot) => bot.on("messageCreate", (message) => received.push(message)),
  });
  channel = client.channels.cache.get(emulator.guild("Study group").channel("study-group").id) as TextChannel;
});
afterEach(() => finishEmulator(emulator, client));

async function delivered(id: string): Promise<Message> {
  for (let waited = 0; waited < 3000; waited += 10) {
    const message = received.find((candidate) => candidate.id === id);
    if (message) return message;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`message ${id} was not delivered`);
}

describe("a member's reply", () => {
  it("reaches the bot as a reply to its message, pinging it, so the bot may read it", async () => {
    const prompt = await channel.send("What did the summit change?");
    const stored = emulator.memberPosts({ channelId: channel.id, user: "ada", content: "Very little, I think.", replyTo: prompt.id });
    expect(stored.message.type).toBe(MessageType.Reply);
    expect(stored.message.message_reference).toEqual({ type: 0, message_id: prompt.id, channel_id: channel.id, guild_id: channel.guildId });
    expect(stored.message.referenced_message?.content).toBe("What did the summit change?");
    expect(stored.pinged.users).toEqual([emulator.botUserId]);

    const message = await delivered(stored.message.id);
    expect(message.type).toBe(MessageType.Reply);
    expect(message.reference?.messageId).toBe(prompt.id);
    expect(message.mentions.repliedUser?.id).toBe(emulator.botUserId);
    // A message that mentions the bot keeps its content even without the Message Content intent.
    expect(message.content).toBe("Very little, I think.");
  });

  it("with the ping switched off pings nobody, and the bot gets no content", async () => {
    const prompt = await channel.send("What did the summit change?");
    const stored = emulator.memberPosts({ channelId: channel.id, user: "grace", content: "Quietly disagreeing.", replyTo: prompt.id, mentionRepliedAuthor: false });
    expect(stored.pinged).toEqual({ users: [], roles: [], everyone: false });
    const message = await delivered(stored.message.id);
    expect(message.reference?.messageId).toBe(prompt.id);
    expect(message.content).toBe("");
  });

  it("to another member pings that member, and the bot still gets no content", async () => {
    const first = emulator.memberPosts({ channelId: channel.id, user: "ada", content: "First thought." });
    const stored = emulator.memberPosts({ channelId: channel.id, user: "grace", content: "Second thought.", replyTo: first });
    expect(stored.pinged.users).toEqual([emulator.guild("Study group").member("ada").id]);
    const message = await delivered(stored.message.id);
    expect(message.type).toBe(MessageType.Reply);
    expect(message.content).toBe("");
  });

  it("must answer a message that exists in the same channel", async () => {
    const elsewhere = emulator.memberPosts({ channelId: emulator.guild("Study group").channel("other").id, user: "ada", content: "Over here." });
    expect(() => emulator.memberPosts({ channelId: channel.id, user: "grace", content: "Hm", replyTo: elsewhere })).toThrow("a reply goes in the same channel");
    expect(() => emulator.memberPosts({ channelId: channel.id, user: "grace", content: "Hm", replyTo: "123456789012345678" })).toThrow("no message 123456789012345678");
  });
});

describe("the bot's reply", () => {
  it("is typed 19 and carries the replied-to message, pinging nobody with allowed_mentions parse: []", async () => {
    const original = emulator.memberPosts({ channelId: channel.id, user: "ada", content: "A question for the bot" });
    const reply = await channel.send({ content: "An answer", reply: { messageReference: original.message.id, failIfNotExists: false } });
    expect(reply.type).toBe(MessageType.Reply);
    const stored = emulator.message(reply.id)!;
    expect(stored.message.referenced_message?.id).toBe(original.message.id);
    expect(stored.pinged).toEqual({ users: [], roles: [], everyone: false });
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { Client, GatewayIntentBits, type Message } from "discord.js";
import { buildGuild, type Emulator, type EmulatorOptions } from "../../src/emulator/index.js";
import { clientOptionsFor, loginTestClient } from "../support/discordClient.js";
import { finishEmulator, startCheckedEmulator } from "../support/emulatorHarness.js";

describe("the gateway: sessions, resume and re-identify", () => {
  let emulator: Emulator | undefined;
  let client: Client | undefined;
  afterEach(() => finishEmulator(emulator, client));

  async function start(options: EmulatorOptions = {}) {
    emulator = await startCheckedEmulator({ guilds: [buildGuild("Gateway").text("general").member("ada")], ...options });
    const seen: Message[] = [];
    client = await loginTestClient(emulator, {
      setup: (c) => {
        c.on("messageCreate", (m) => void seen.push(m));
        c.on("interactionCreate", async (interaction) => {
          if (interaction.isChatInputCommand()) await interaction.reply("still here");
        });
      },
    });
    const channelId = emulator.guild("Gateway").channel("general").id;
    return { seen, channelId };
  }

  it("resumes after close code 4000, replays what was missed, and answers later interactions", async () => {
    const { seen, channelId } = await start();
    const closed = new Promise((resolve) => emulator!.gateway.on("close", resolve));
    const resumed = emulator!.gateway.waitForResume();
    emulator!.gateway.close(4000, "Unknown error");
    await closed;
    const missed = emulator!.memberPosts({ channelId, user: "ada", content: "posted while the bot was away" });
    const resume = await resumed;
    expect(resume.replayed).toBeGreaterThanOrEqual(1);
    await expect.poll(() => seen.some((m) => m.id === missed.message.id)).toBe(true);
    expect(emulator!.gateway.identifyCount).toBe(1);
    const outcome = await emulator!.runCommand({ channelId, name: "ping" });
    expect((await outcome.finalResponse()).content).toBe("still here");
  });

  it("identifies again after close code 1000, and answers later interactions", async () => {
    const { channelId } = await start();
    // Wait on the client's side: it must have handled READY before the test ends and destroys it.
    const ready = new Promise((resolve) => client!.once("shardReady", resolve));
    emulator!.gateway.close(1000);
    await ready;
    expect(emulator!.gateway.identifyCount).toBe(2);
    expect(emulator!.gateway.sessions()).toHaveLength(1);
    const outcome = await emulator!.runCommand({ channelId, name: "ping" });
    expect((await outcome.finalResponse()).content).toBe("still here");
  });

  it("identifies again after op 9 INVALID_SESSION with d: false", async () => {
    await start();
    const ready = new Promise((resolve) => client!.once("shardReady", resolve));
    emulator!.gateway.invalidateSession(false);
    await ready;
    expect(emulator!.gateway.identifyCount).toBe(2);
  });

  it("resumes after op 7 RECONNECT and after a dropped connection", async () => {
    await start();
    const afterReconnect = new Promise((resolve) => client!.once("shardResume", resolve));
    emulator!.gateway.requestReconnect();
    await afterReconnect;
    const afterDrop = new Promise((resolve) => client!.once("shardResume", resolve));
    emulator!.gateway.dropConnection();
    await afterDrop;
    expect(emulator!.gateway.identifyCount).toBe(1);
  });

  it("treats close code 4004 as fatal: the client reports it and does not come back", async () => {
    await start();
    const shardError = new Promise<Error>((resolve) => client!.once("shardError", resolve));
    emulator!.gateway.close(4004, "Authentication failed.");
    expect((await shardError).message).toMatch(/Authentication failed/);
    expect(emulator!.gateway.sessions().filter((s) => s.connected)).toEqual([]);
  });

  it("announces a guild the bot joins later with GUILD_CREATE", async () => {
    await start();
    const joined = new Promise<{ name: string }>((resolve) => client!.once("guildCreate", resolve));
    const added = emulator!.addGuild(buildGuild("Second group").text("general"));
    expect((await joined).name).toBe("Second group");
    expect(client!.guilds.cache.get(added.id)?.channels.cache.size).toBe(1);
  });

  it("refuses a single shard more guilds than allowed (4011) and serves each shard its own guilds", async () => {
    // Guild ids chosen so that (id >> 22) % 2 puts two guilds on each of two shards.
    emulator = await startCheckedEmulator({
      maxGuildsPerShard: 2,
      guilds: [100n, 101n, 102n, 103n].map((n) => buildGuild(`Guild ${n}`, { id: String(n << 22n) }).text("general")),
    });
    const single = new Client({ intents: [GatewayIntentBits.Guilds], ...clientOptionsFor(emulator) });
    const refused = new Promise<Error>((resolve) => single.once("shardError", resolve));
    void single.login(emulator.token).catch(() => {});
    expect((await refused).message).toMatch(/Sharding is required/);
    await single.destroy();

    client = new Client({ intents: [GatewayIntentBits.Guilds], shards: [0, 1], shardCount: 2, ...clientOptionsFor(emulator) });
    const ready = new Promise((resolve) => client!.once("clientReady", resolve));
    await client.login(emulator.token);
    await ready;
    expect(client.guilds.cache.size).toBe(4);
    const shards = emulator.gateway.sessions().map((s) => s.shard[0]).sort();
    expect(shards).toEqual([0, 1]);
    expect(client.guilds.cache.map((guild) => guild.shardId).sort()).toEqual([0, 0, 1, 1]);
  });
});

describe("logging in with a bad token", () => {
  it("fails with TokenInvalid, because GET /gateway/bot answers 401", async () => {
    const emulator = await startCheckedEmulator();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], ...clientOptionsFor(emulator) });
    try {
      await expect(client.login("not-the-token")).rejects.toMatchObject({ code: "TokenInvalid" });
      expect(emulator.requests.filter("GET /gateway/bot").map((r) => r.status)).toEqual([401]);
      expect(emulator.requests.last("GET /gateway/bot")?.headers.authorization).toBe("Bot [redacted]");
    } finally {
      await finishEmulator(emulator, client);
    }
  });
});

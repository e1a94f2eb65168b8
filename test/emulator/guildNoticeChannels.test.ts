// A guild's system channel and Community updates channel: set from the guild builder, seen by the
// real discord.js client (GUILD_CREATE) and in REST, changed later with GUILD_UPDATE, and unset
// when the channel is deleted, as Discord does.
import { Events, GatewayIntentBits, type Client, type Guild } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { buildGuild, type Emulator } from "../../src/emulator/index.js";
import { loginTestClient } from "../support/discordClient.js";
import { finishEmulator, startCheckedEmulator } from "../support/emulatorHarness.js";

let emulator: Emulator | undefined;
let client: Client | undefined;
afterEach(async () => {
  await finishEmulator(emulator, client);
  emulator = undefined;
  client = undefined;
});

function community() {
  return buildGuild("Study group").text("general").text("moderators").text("study-group").forum("answers").systemChannel("general").publicUpdatesChannel("moderators");
}

function nextGuildUpdate(bot: Client): Promise<Guild> {
  return new Promise((resolve) => bot.once(Events.GuildUpdate, (_old, updated) => resolve(updated)));
}

describe("a guild's system and updates channels", () => {
  it("are set from the builder and reach discord.js and REST", async () => {
    emulator = await startCheckedEmulator({ guilds: [community(), buildGuild("Plain group").text("general")] });
    client = await loginTestClient(emulator, { intents: [GatewayIntentBits.Guilds] });
    const seeded = emulator.guild("Study group");
    const guild = client.guilds.cache.get(seeded.id)!;
    expect(guild.systemChannelId).toBe(seeded.channel("general").id);
    expect(guild.publicUpdatesChannelId).toBe(seeded.channel("moderators").id);
    expect(guild.features).toContain("COMMUNITY");
    const plain = client.guilds.cache.get(emulator.guild("Plain group").id)!;
    expect([plain.systemChannelId, plain.publicUpdatesChannelId, plain.features]).toEqual([null, null, []]);

    const fetched = await client.guilds.fetch({ guild: seeded.id, force: true });
    expect(fetched.systemChannelId).toBe(seeded.channel("general").id);
  });

  it("change with GUILD_UPDATE, and a deleted one is unset", async () => {
    emulator = await startCheckedEmulator({ guilds: [community()] });
    client = await loginTestClient(emulator, { intents: [GatewayIntentBits.Guilds] });
    const seeded = emulator.guild("Study group");

    let updated = nextGuildUpdate(client);
    seeded.setSystemChannel("study-group");
    expect((await updated).systemChannelId).toBe(seeded.channel("study-group").id);

    updated = nextGuildUpdate(client);
    seeded.channel("moderators").delete();
    const afterDelete = await updated;
    expect(afterDelete.publicUpdatesChannelId).toBeNull();
    expect(afterDelete.systemChannelId).toBe(seeded.channel("study-group").id);

    updated = nextGuildUpdate(client);
    seeded.setSystemChannel(null);
    expect((await updated).systemChannelId).toBeNull();
  });

  it("must be text channels of the guild (the seed is wrong otherwise)", async () => {
    emulator = await startCheckedEmulator();
    expect(() => emulator!.addGuild(buildGuild("A").text("general").systemChannel("nowhere"))).toThrow('Guild "A" has no channel "nowhere" to be its system channel');
    expect(() => emulator!.addGuild(buildGuild("B").forum("answers").publicUpdatesChannel("answers"))).toThrow("must be a text channel; #answers is not");
    const seeded = emulator.addGuild(buildGuild("C").text("general").announcement("news"));
    expect(() => seeded.setSystemChannel("news")).toThrow("must be a text channel");
  });
});

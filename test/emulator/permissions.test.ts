import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DiscordAPIError, PermissionFlagsBits, type Client, type TextChannel } from "discord.js";
import { buildGuild, type Emulator } from "../../src/emulator/index.js";
import { loginTestClient } from "../support/discordClient.js";
import { finishEmulator, startCheckedEmulator } from "../support/emulatorHarness.js";

function guildWithOverwrites() {
  return buildGuild("Permissions")
    .everyone(["ViewChannel", "SendMessages", "ReadMessageHistory"])
    .role("Readers", { mentionable: true })
    .role("Helpers", { permissions: ["ManageMessages"] })
    .bot({ permissions: ["ViewChannel", "SendMessages", "ReadMessageHistory", "CreatePublicThreads", "SendMessagesInThreads"] })
    .text("open")
    .text("read-only", { overwrites: [{ role: "@everyone", deny: ["SendMessages"] }] })
    .text("hidden", { overwrites: [{ role: "@everyone", deny: ["ViewChannel"] }] })
    .text("bot-allowed", {
      overwrites: [
        { role: "@everyone", deny: ["SendMessages"] },
        { bot: true, allow: ["SendMessages", "EmbedLinks"] },
      ],
    })
    .member("ada", { roles: ["Readers"] });
}

async function errorOf(promise: Promise<unknown>): Promise<DiscordAPIError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DiscordAPIError)) throw new Error(`expected a DiscordAPIError, got ${String(error)}`);
  return error;
}

describe("permissions, as Discord computes and enforces them", () => {
  let emulator: Emulator | undefined;
  let client: Client | undefined;
  const channel = (name: string) => client!.channels.cache.get(emulator!.guild("Permissions").channel(name).id) as TextChannel;

  beforeEach(async () => {
    emulator = await startCheckedEmulator({ guilds: [guildWithOverwrites()] });
    client = await loginTestClient(emulator);
  });
  afterEach(() => finishEmulator(emulator, client));

  it("agrees with discord.js's own permission arithmetic in every channel", () => {
    const guild = emulator!.guild("Permissions");
    const me = client!.guilds.cache.get(guild.id)!.members.me!;
    for (const handle of guild.channels()) {
      const fromDiscordJs = me.permissionsIn(handle.id).toArray().sort();
      if (fromDiscordJs.includes("ViewChannel")) {
        expect(handle.botPermissions().sort(), handle.name).toEqual(fromDiscordJs);
      } else {
        // Discord applies implicit permissions (nothing without View Channel); discord.js doesn't.
        expect(handle.botPermissions(), handle.name).toEqual([]);
      }
    }
    expect(guild.channel("hidden").botPermissions()).toEqual([]);
  });

  it("answers 403 Missing Permissions (50013) when the bot may not send", async () => {
    const error = await errorOf(channel("read-only").send("hello"));
    expect(error.code).toBe(50013);
    expect(error.status).toBe(403);
  });

  it("answers 403 Missing Access (50001) for a channel the bot cannot see", async () => {
    const hidden = emulator!.guild("Permissions").channel("hidden").id;
    const error = await errorOf(client!.rest.post(`/channels/${hidden}/messages`, { body: { content: "hi" } }));
    expect(error.code).toBe(50001);
  });

  it("refuses embeds without Embed Links, and lets a member overwrite for the bot grant them", async () => {
    expect((await errorOf(channel("open").send({ embeds: [{ description: "x" }] }))).code).toBe(50013);
    await channel("bot-allowed").send({ embeds: [{ description: "x" }] });
  });

  it("answers 404 Unknown Channel (10003) after a channel is deleted, and Unknown Message (10008)", async () => {
    const open = channel("open");
    const deleted = new Promise((resolve) => client!.once("channelDelete", resolve));
    emulator!.guild("Permissions").channel("open").delete();
    await deleted;
    const error = await errorOf(client!.rest.post(`/channels/${open.id}/messages`, { body: { content: "hi" } }));
    expect(error.code).toBe(10003);
    expect(error.status).toBe(404);
    const readOnly = channel("bot-allowed");
    expect((await errorOf(readOnly.messages.fetch({ message: "1234567890123456789", force: true }))).code).toBe(10008);
  });

  it("propagates a changed overwrite to the client (CHANNEL_UPDATE) and enforces it", async () => {
    const updated = new Promise((resolve) => client!.once("channelUpdate", resolve));
    emulator!.guild("Permissions").channel("open").overwrite({ bot: true, deny: ["SendMessages"] });
    await updated;
    expect(channel("open").permissionsFor(client!.user!)?.has(PermissionFlagsBits.SendMessages)).toBe(false);
    expect((await errorOf(channel("open").send("hi"))).code).toBe(50013);
  });

  it("propagates role permission changes (GUILD_ROLE_UPDATE) and the bot's role changes (GUILD_MEMBER_UPDATE)", async () => {
    const guild = emulator!.guild("Permissions");
    const roleUpdated = new Promise((resolve) => client!.once("roleUpdate", resolve));
    guild.botRole.revoke(["SendMessages"]);
    await roleUpdated;
    guild.everyone.revoke(["SendMessages"]);
    await expect.poll(() => channel("open").permissionsFor(client!.user!)?.has(PermissionFlagsBits.SendMessages)).toBe(false);
    const memberUpdated = new Promise((resolve) => client!.once("guildMemberUpdate", resolve));
    guild.bot.addRole("Helpers");
    await memberUpdated;
    expect(client!.guilds.cache.get(guild.id)!.members.me!.roles.cache.has(guild.role("Helpers").id)).toBe(true);
  });

  it("treats Administrator as every permission, overwrites notwithstanding", async () => {
    emulator!.guild("Permissions").botRole.grant(["Administrator"]);
    await expect.poll(() => channel("hidden")?.permissionsFor(client!.user!)?.has(PermissionFlagsBits.Administrator)).toBe(true);
    await channel("read-only").send("admins may");
    expect(emulator!.guild("Permissions").channel("hidden").botPermissions()).toContain("ViewChannel");
  });
});

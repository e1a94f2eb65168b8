// `npm run register` against the emulator: the PUT body is checked against Discord's spec by the
// emulator harness, and the commands Discord ends up with are exactly commands/index.ts.
import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { runRegister } from "../../src/cli/runRegister.js";
import { buildGuild, type Emulator } from "../../src/emulator/index.js";
import { REPO_ROOT } from "../support/botHarness.js";
import { finishEmulator, startCheckedEmulator } from "../support/emulatorHarness.js";

const TOKEN = "register.test.token";
let emulator: Emulator | undefined;

afterEach(async () => {
  await finishEmulator(emulator);
  emulator = undefined;
});

async function register(env: Record<string, string>): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await runRegister({ SEEDS_DIR: "seeds", ...env }, REPO_ROOT, (line) => lines.push(line));
  return { code, output: lines.join("\n") };
}

describe("npm run register", () => {
  it("PUTs every command to DEV_GUILD_ID, idempotently", async () => {
    emulator = await startCheckedEmulator({ token: TOKEN, guilds: [buildGuild("Dev server").text("general")] });
    const guildId = emulator.guild("Dev server").id;
    const env = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emulator.apiUrl, DEV_GUILD_ID: guildId };
    const first = await register(env);
    expect(first.code).toBe(0);
    expect(first.output).toContain(`Registered ${commands.length} commands`);
    expect(first.output).toContain(`in server ${guildId}`);
    const names = commands.map((command) => command.definition.name);
    expect(emulator.commands(guildId).map((command) => command.name).sort()).toEqual([...names].sort());
    expect(emulator.commands(null)).toEqual([]);
    const put = emulator.requests.last("PUT /applications/{application_id}/guilds/{guild_id}/commands");
    expect(put?.body).toEqual(commands.map((command) => command.definition));
    expect(emulator.requests.count("GET /applications/@me")).toBe(1);

    const ids = emulator.commands(guildId).map((command) => command.id).sort();
    expect((await register(env)).code).toBe(0);
    expect(emulator.commands(guildId).map((command) => command.id).sort()).toEqual(ids);
  });

  it("registers globally when DEV_GUILD_ID is not set", async () => {
    emulator = await startCheckedEmulator({ token: TOKEN, guilds: [buildGuild("Dev server").text("general")] });
    const { code, output } = await register({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emulator.apiUrl, DEV_GUILD_ID: "" });
    expect(code).toBe(0);
    expect(output).toContain("globally");
    expect(emulator.commands(null).map((command) => command.name).sort()).toEqual(commands.map((command) => command.definition.name).sort());
  });

  it("without a token, explains how to get one", async () => {
    const { code, output } = await register({ DISCORD_TOKEN: "" });
    expect(code).toBe(1);
    expect(output).toContain("DISCORD_TOKEN is not set");
    expect(output).toContain("https://discord.com/developers/applications");
  });

  it("with a wrong token or a server the bot is not in, says what to check", async () => {
    emulator = await startCheckedEmulator({ token: TOKEN, guilds: [buildGuild("Dev server").text("general")] });
    const wrong = await register({ DISCORD_TOKEN: "wrong.token.here", DISCORD_API_URL: emulator.apiUrl });
    expect(wrong.code).toBe(1);
    expect(wrong.output).toMatch(/^Discord rejected the bot token/);
    const elsewhere = await register({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emulator.apiUrl, DEV_GUILD_ID: "123456789012345678" });
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.output).toContain("Check that DEV_GUILD_ID is a server the bot was invited to");
  });
});

// Logging in, staying connected and failing to connect: the bot as a whole against the emulator.
import { GatewayIntentBits, IntentsBitField } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/createBot.js";
import { BotStartError } from "../../src/bot/startFailure.js";
import { loadConfig } from "../../src/config/loadConfig.js";
import { noIdentifyWait } from "../../src/discord/createClient.js";
import { buildGuild, type Emulator } from "../../src/emulator/index.js";
import { createLibrary } from "../../src/library/library.js";
import { createLogger } from "../../src/logging/createLogger.js";
import { REPO_ROOT, startBotHarness, type BotHarness } from "../support/botHarness.js";
import { finishEmulator, startCheckedEmulator } from "../support/emulatorHarness.js";
import { summitReading } from "../support/handmadeReading.js";
import { runMain, spawnMain } from "../support/runMain.js";

let harness: BotHarness | undefined;
let emulator: Emulator | undefined;

afterEach(async () => {
  await harness?.finish();
  harness = undefined;
  await finishEmulator(emulator);
  emulator = undefined;
});

describe("logging in", () => {
  it("connects with the Guilds and GuildMessages intents only (no privileged MessageContent)", async () => {
    harness = await startBotHarness({ library: createLibrary([summitReading()]) });
    expect(harness.bot.client.isReady()).toBe(true);
    const [session] = harness.emulator.gateway.sessions();
    const intents = new IntentsBitField(session?.intents);
    expect(intents.toArray().sort()).toEqual(["GuildMessages", "Guilds"]);
    expect(intents.has(GatewayIntentBits.MessageContent)).toBe(false);
    expect(harness.emulator.requests.count("GET /gateway/bot")).toBe(1);
    expect(harness.logs.some((line) => line.msg === "Colloquy is ready")).toBe(true);
  });
});

describe("staying connected", () => {
  it("resumes after the gateway closes mid-session, and answers interactions afterwards", async () => {
    harness = await startBotHarness({ library: createLibrary([summitReading()]) });
    expect((await (await harness.run("excerpt", { section: "1" })).finalResponse()).embeds).toHaveLength(1);
    const resumed = harness.emulator.gateway.waitForResume();
    harness.emulator.gateway.close(4000, "Unknown error");
    await resumed;
    expect(harness.emulator.gateway.identifyCount).toBe(1);
    const reply = await (await harness.run("excerpt", { section: "2" })).finalResponse();
    expect(reply.embeds[0]?.description?.split("\n")[0]).toBe("**Section 2 of 3 · Sanctions and pressure**");
  });

  it("identifies afresh after a non-resumable close, and answers interactions afterwards", async () => {
    harness = await startBotHarness({ library: createLibrary([summitReading()]) });
    const ready = new Promise((resolve) => harness!.bot.client.once("shardReady", resolve));
    harness.emulator.gateway.close(1000);
    await ready;
    expect(harness.emulator.gateway.identifyCount).toBe(2);
    expect((await (await harness.run("excerpt")).finalResponse()).embeds).toHaveLength(1);
  });
});

describe("npm start with a token", () => {
  it("connects, and on SIGTERM finishes, disconnects and exits with code 0", async () => {
    emulator = await startCheckedEmulator({ token: "right.token.value", guilds: [buildGuild("G").text("general")] });
    const running = spawnMain({ DISCORD_TOKEN: "right.token.value", DISCORD_API_URL: emulator.apiUrl, DATABASE_URL: ":memory:", LOG_LEVEL: "info", SEEDS_DIR: "seeds" });
    await running.waitForOutput('"msg":"Colloquy is ready"');
    expect(emulator.gateway.sessions().filter((session) => session.connected)).toHaveLength(1);
    running.child.kill("SIGTERM");
    const result = await running.result;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"msg":"Colloquy stopped"');
    expect(result.stdout).not.toContain("right.token.value");
    await expect.poll(() => emulator!.gateway.sessions().filter((session) => session.connected).length).toBe(0);
  });
});

describe("an invalid token", () => {
  it("makes start() reject with a message that says how to fix it", async () => {
    emulator = await startCheckedEmulator({ token: "right.token.value", guilds: [buildGuild("G").text("general")] });
    const config = loadConfig({ DISCORD_TOKEN: "wrong.token.value", DISCORD_API_URL: emulator.apiUrl, DATABASE_URL: ":memory:", LOG_LEVEL: "silent" }, REPO_ROOT);
    const bot = await createBot({ config, logger: createLogger("silent"), library: createLibrary([summitReading()]), identifyThrottler: noIdentifyWait });
    const failure = await bot.start().then(
      () => undefined,
      (error: unknown) => error,
    );
    await bot.stop();
    expect(failure).toBeInstanceOf(BotStartError);
    expect((failure as Error).message).toMatch(/^Discord rejected the bot token/);
    expect((failure as Error).message).toContain("Reset Token");
    expect((failure as Error).message).not.toContain("wrong.token.value");
  });

  it("makes npm start exit with code 1 and a clear message, not a stack trace", async () => {
    emulator = await startCheckedEmulator({ token: "right.token.value", guilds: [buildGuild("G").text("general")] });
    const result = await runMain({ DISCORD_TOKEN: "wrong.token.value", DISCORD_API_URL: emulator.apiUrl, DATABASE_URL: ":memory:", LOG_LEVEL: "silent", SEEDS_DIR: "seeds" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Discord rejected the bot token/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr + result.stdout).not.toContain("wrong.token.value");
  });

  it("a malformed token stops start-up naming the variable", async () => {
    const result = await runMain({ DISCORD_TOKEN: "not a token", DATABASE_URL: ":memory:" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("DISCORD_TOKEN: does not look like a bot token");
  });
});

// Colloquy itself (createBot: the real discord.js client, dispatcher and commands) logged in to
// the Discord emulator, with every request checked against Discord's OpenAPI spec, the bot's
// logs captured, and unhandled rejections counted. The shape of every end-to-end test in test/bot.
import { resolve } from "node:path";
import { Writable } from "node:stream";
import { createBot, type Bot, type BotOptions } from "../../src/bot/createBot.js";
import { loadConfig } from "../../src/config/loadConfig.js";
import { noIdentifyWait } from "../../src/discord/createClient.js";
import { registerCommands } from "../../src/discord/registerCommands.js";
import { buildGuild, type Emulator, type EmulatorOptions, type InteractionOutcome, type RunCommandInput } from "../../src/emulator/index.js";
import type { Library } from "../../src/library/library.js";
import { loadLibrary } from "../../src/library/loadLibrary.js";
import { createLogger } from "../../src/logging/createLogger.js";
import { finishEmulator, startCheckedEmulator } from "./emulatorHarness.js";

export const REPO_ROOT = resolve(import.meta.dirname, "../..");
export const TEST_TOKEN = "test.colloquy.token";
export const GUILD = "Study group";

const rejections: unknown[] = [];
process.on("unhandledRejection", (reason) => rejections.push(reason));

let seedLibrary: Promise<Library> | undefined;

/** The seed essays with their questions, loaded once per test file. */
export function seedsLibrary(): Promise<Library> {
  seedLibrary ??= loadLibrary({ seedsDir: resolve(REPO_ROOT, "seeds") });
  return seedLibrary;
}

export interface BotHarness {
  emulator: Emulator;
  bot: Bot;
  guildId: string;
  /** #study-group */
  channelId: string;
  /** #other, to show that progress is per channel */
  otherChannelId: string;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  /** Raw log text, to check that no secret or member's text was written. */
  logText(): string;
  run(name: string, options?: RunCommandInput["options"], extra?: Partial<RunCommandInput>): Promise<InteractionOutcome>;
  /** Stops the bot and the emulator; fails if a request broke the spec or a promise rejection went unhandled. */
  finish(): Promise<void>;
}

export interface HarnessOptions extends Partial<Omit<BotOptions, "config" | "logger">> {
  emulator?: EmulatorOptions;
  register?: boolean;
}

export async function startBotHarness(options: HarnessOptions = {}): Promise<BotHarness> {
  const rejectionsBefore = rejections.length;
  const emulator = await startCheckedEmulator({
    token: TEST_TOKEN,
    guilds: [buildGuild(GUILD).text("study-group").text("other").member("ada").member("grace")],
    ...options.emulator,
  });
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  const config = loadConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: emulator.apiUrl, DATABASE_URL: ":memory:", SEEDS_DIR: "seeds", LOG_LEVEL: "debug" }, REPO_ROOT);
  const { emulator: _emulatorOptions, register, ...botOptions } = options;
  const bot = await createBot({
    library: botOptions.library ?? (await seedsLibrary()),
    identifyThrottler: noIdentifyWait,
    ...botOptions,
    config,
    logger: createLogger("debug", sink),
  });
  const guild = emulator.guild(GUILD);
  try {
    await bot.start();
    if (register !== false) await registerCommands(bot.client.rest, bot.context.commands.map((command) => command.definition), guild.id);
  } catch (error) {
    await bot.stop().catch(() => undefined);
    await emulator.close();
    throw error;
  }
  const channelId = guild.channel("study-group").id;
  return {
    emulator,
    bot,
    guildId: guild.id,
    channelId,
    otherChannelId: guild.channel("other").id,
    get logs() {
      return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    logText: () => lines.join("\n"),
    run: (name, commandOptions = {}, extra = {}) => emulator.runCommand({ name, channelId, options: commandOptions, user: "ada", ...extra }),
    async finish() {
      await bot.stop();
      await finishEmulator(emulator);
      const unhandled = rejections.slice(rejectionsBefore);
      if (unhandled.length > 0) throw new Error(`Unhandled promise rejection(s): ${unhandled.map(String).join("; ")}`);
    },
  };
}

/** The card's buttons by label. */
export function buttonsOf(outcome: { original: { components?: unknown[] } | null }): Map<string, { custom_id: string; disabled?: boolean }> {
  const found = new Map<string, { custom_id: string; disabled?: boolean }>();
  for (const row of (outcome.original?.components ?? []) as { components: { label?: string; custom_id?: string; disabled?: boolean }[] }[]) {
    for (const button of row.components) if (button.label && button.custom_id) found.set(button.label, { custom_id: button.custom_id, ...(button.disabled ? { disabled: true } : {}) });
  }
  return found;
}

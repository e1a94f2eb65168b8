// Colloquy (createBot: the real discord.js client, dispatcher, commands and daily-prompt service)
// against the Discord emulator, for the daily-prompt end-to-end tests. Time is a manual clock
// shared by the bot and the emulator, moved by the test; the database is a file so a restart (a new
// client, the same file) sees what the previous run left. Every request is checked against
// Discord's OpenAPI spec, the bot's logs are kept, and unhandled rejections fail the test.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { createBot, type Bot, type BotOptions } from "../../../src/bot/createBot.js";
import { loadConfig } from "../../../src/config/loadConfig.js";
import { noIdentifyWait } from "../../../src/discord/createClient.js";
import { dailyPromptsService } from "../../../src/discord/daily/dailyPromptsService.js";
import { registerCommands } from "../../../src/discord/registerCommands.js";
import { buildGuild, type Emulator, type EmulatorOptions, type GuildBuilder, type InteractionOutcome, type RunCommandInput, type StoredMessage } from "../../../src/emulator/index.js";
import { createLibrary, type Library } from "../../../src/library/library.js";
import { createLogger } from "../../../src/logging/createLogger.js";
import { manualClock } from "../../../src/schedule/clock.js";
import type { TickReport } from "../../../src/schedule/scheduler.js";
import { REPO_ROOT, TEST_TOKEN } from "../../support/botHarness.js";
import { finishEmulator, startCheckedEmulator } from "../../support/emulatorHarness.js";
import { summitReading } from "../../support/handmadeReading.js";

export const GUILD = "Study group";

const rejections: unknown[] = [];
process.on("unhandledRejection", (reason) => rejections.push(reason));

/** The study group: #study-group, #other, a forum, an announcement channel; a mentionable Readers role; a moderator and two members. */
export function studyGroup(name = GUILD): GuildBuilder {
  return buildGuild(name)
    .role("Readers", { mentionable: true })
    .role("Moderators", { permissions: ["ManageGuild"] })
    .text("study-group")
    .text("other")
    .forum("reading-forum")
    .announcement("news")
    .member("mod", { roles: ["Moderators"] })
    .member("ada", { roles: ["Readers"] })
    .member("grace", { roles: ["Readers"] });
}

export interface DailyHarness {
  emulator: Emulator;
  clock: ReturnType<typeof manualClock>;
  /** The running bot (replaced by restart()). */
  bot: Bot;
  guildId: string;
  channelId: string;
  readersRoleId: string;
  /** The SQLite file every bot of this harness opens. */
  databasePath: string;
  logs(): Record<string, unknown>[];
  logText(): string;
  /** Runs a slash command (default: as "mod" in #study-group). */
  run(name: string, options?: RunCommandInput["options"], extra?: Partial<RunCommandInput>): Promise<InteractionOutcome>;
  /** What the member finally sees of a command's answer: content and embed text. */
  text(outcome: InteractionOutcome): Promise<string>;
  /** Sets the clock and runs one scheduler tick. */
  tickAt(iso: string | Date): Promise<TickReport>;
  /** The daily prompts the bot posted in a channel (not its notices, nor system messages such as "pinned a message"). */
  botPosts(channelId?: string): StoredMessage[];
  /** The bot's notices to moderators in a channel. */
  notices(channelId?: string): StoredMessage[];
  /** Stops the bot (if running) and starts a new one on the same database and emulator. */
  restart(options?: Partial<BotOptions>): Promise<Bot>;
  /** Stops the current bot without starting another. */
  stopBot(): Promise<void>;
  /**
   * The process dies where it stands: the client disconnects and the database is closed, and
   * whatever the bot was doing never finishes (its next database write fails, unseen).
   */
  crash(): Promise<void>;
  finish(): Promise<void>;
}

export interface DailyHarnessOptions {
  start: string;
  guilds?: GuildBuilder[];
  emulator?: EmulatorOptions;
  library?: Library;
  bot?: Partial<BotOptions>;
}

export async function startDailyHarness(options: DailyHarnessOptions): Promise<DailyHarness> {
  const rejectionsBefore = rejections.length;
  const clock = manualClock(new Date(options.start));
  const emulator = await startCheckedEmulator({
    token: TEST_TOKEN,
    guilds: options.guilds ?? [studyGroup()],
    clock: () => clock.now().getTime(),
    ...options.emulator,
  });
  const folder = mkdtempSync(join(tmpdir(), "colloquy-daily-"));
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  const config = loadConfig(
    { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: emulator.apiUrl, DATABASE_URL: join(folder, "colloquy.db"), SEEDS_DIR: "seeds", LOG_LEVEL: "debug" },
    REPO_ROOT,
  );
  const library = options.library ?? createLibrary([summitReading()]);
  const guild = emulator.guild(options.guilds?.[0]?.toSeed().name ?? GUILD);
  let bot: Bot | undefined;
  let running = false;

  async function launch(extra: Partial<BotOptions> = {}): Promise<Bot> {
    const next = await createBot({
      library,
      identifyThrottler: noIdentifyWait,
      clock,
      random: () => 0.5,
      // Tests tick by hand; retries don't really wait.
      services: [dailyPromptsService({ cron: false })],
      scheduler: { sleep: async () => {} },
      ...options.bot,
      ...extra,
      config,
      logger: createLogger("debug", sink),
    });
    await next.start();
    running = true;
    return next;
  }

  try {
    bot = await launch();
    for (const each of emulator.guilds()) {
      if (each.record.members.has(emulator.botUserId)) await registerCommands(bot.client.rest, bot.context.commands.map((command) => command.definition), each.id);
    }
  } catch (error) {
    await bot?.stop().catch(() => undefined);
    await emulator.close();
    throw error;
  }

  const ownMessages = (channelId: string) =>
    emulator.channel(channelId).messages().filter((stored) => stored.authorId === emulator.botUserId && stored.source === "bot" && stored.message.type === 0);
  const harness: DailyHarness = {
    emulator,
    clock,
    get bot() {
      return bot as Bot;
    },
    guildId: guild.id,
    channelId: guild.channel("study-group").id,
    readersRoleId: guild.role("Readers").id,
    databasePath: join(folder, "colloquy.db"),
    logs: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    logText: () => lines.join("\n"),
    run: (name, commandOptions = {}, extra = {}) =>
      emulator.runCommand({ name, channelId: harness.channelId, options: commandOptions, user: "mod", ...extra }),
    async text(outcome) {
      const response = await outcome.finalResponse();
      const embeds = response.embeds.map((embed) =>
        [embed.title, embed.description, ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]), embed.footer?.text].filter(Boolean).join("\n"),
      );
      return [response.content ?? "", ...embeds].join("\n");
    },
    async tickAt(at) {
      clock.set(typeof at === "string" ? new Date(at) : at);
      const report = await (bot as Bot).context.scheduler.tick(clock.now());
      await (bot as Bot).dispatcher.settled();
      return report;
    },
    botPosts(channelId = harness.channelId) {
      return ownMessages(channelId).filter((stored) => stored.message.embeds[0]?.title?.startsWith("Daily prompt ·"));
    },
    notices(channelId = harness.channelId) {
      return ownMessages(channelId).filter((stored) => stored.message.content.startsWith("**Colloquy · daily prompt"));
    },
    async restart(extra) {
      await harness.stopBot();
      bot = await launch(extra);
      return bot;
    },
    async stopBot() {
      if (running) await (bot as Bot).stop();
      running = false;
    },
    async crash() {
      const dying = bot as Bot;
      running = false;
      await dying.client.destroy();
      await dying.context.store.close();
    },
    async finish() {
      await harness.stopBot();
      await finishEmulator(emulator);
      rmSync(folder, { recursive: true, force: true });
      const unhandled = rejections.slice(rejectionsBefore);
      if (unhandled.length > 0) throw new Error(`Unhandled promise rejection(s): ${unhandled.map(String).join("; ")}`);
    },
  };
  return harness;
}

/** Waits (briefly, polling) until `check` holds: for effects of gateway events the bot handles asynchronously. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false> | T | null | undefined | false, what: string, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

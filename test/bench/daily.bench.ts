// Daily-prompt posting figures against the Discord emulator enforcing a global rate limit, with the
// real bot (createBot: discord.js client, scheduler, SQLite file store) in one process:
// - 1,000 guild schedules due in the same minute at Discord's 50 requests/s, and 10,000 with the
//   limit raised to 500/s (the bot is told the same figure): the time until every prompt (message
//   and thread) is posted, the floor the limit sets (requests ÷ limit), and their ratio;
// - the scheduler's CPU per idle tick with 10,000 schedules (none due);
// - the process's peak memory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBot, type Bot } from "../../src/bot/createBot.js";
import { loadConfig } from "../../src/config/loadConfig.js";
import { noIdentifyWait } from "../../src/discord/createClient.js";
import { dailyPromptsService } from "../../src/discord/daily/dailyPromptsService.js";
import { buildGuild, startEmulator, type Emulator } from "../../src/emulator/index.js";
import { createLibrary } from "../../src/library/library.js";
import { createLogger } from "../../src/logging/createLogger.js";
import { manualClock } from "../../src/schedule/clock.js";
import { setSchedule } from "../../src/schedule/scheduleManager.js";
import { summitReading } from "../support/handmadeReading.js";

const TOKEN = "bench.colloquy.token";
const REQUESTS_PER_PROMPT = 2; // the message, then its thread

interface Run {
  seconds: number;
  floor: number;
  ratio: number;
  posted: number;
  /** 429 answers during the posting (each counts towards Discord's invalid-request limit). */
  rateLimited: number;
}

async function postingRun(guilds: number, limit: number, afterwards?: (bot: Bot, clock: ReturnType<typeof manualClock>) => Promise<void>): Promise<Run> {
  const dueAt = new Date("2026-01-14T09:00:00Z");
  const clock = manualClock(new Date(dueAt.getTime() - 3_600_000));
  const emulator: Emulator = await startEmulator({
    token: TOKEN,
    guilds: Array.from({ length: guilds }, (_, index) => buildGuild(`Group ${index}`).text("study-group")),
    clock: () => clock.now().getTime(),
    rateLimits: { globalPerSecond: limit },
    maxRecordedRequests: 100,
    maxGuildsPerShard: guilds + 1,
  });
  const folder = mkdtempSync(join(tmpdir(), "colloquy-daily-bench-"));
  let bot: Bot | undefined;
  try {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emulator.apiUrl, DATABASE_URL: join(folder, "bench.db"), LOG_LEVEL: "silent" }, process.cwd());
    bot = await createBot({
      config,
      logger: createLogger("silent"),
      library: createLibrary([summitReading()]),
      clock,
      random: () => 0.5,
      identifyThrottler: noIdentifyWait,
      services: [dailyPromptsService({ cron: false })],
      rest: { globalRequestsPerSecond: limit },
      readyTimeoutMs: 120_000,
    });
    await bot.start();
    for (const guild of emulator.guilds()) {
      await setSchedule(bot.context, guild.id, { channelId: guild.channel("study-group").id, channelKind: "text", rule: { time: { hour: 9, minute: 0 }, zone: "UTC", days: [1, 2, 3, 4, 5, 6, 7] } });
    }
    clock.set(dueAt);
    // Start on a fresh rate-limit second: login and set-up requests are behind us.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    let rateLimited = 0;
    const stopCounting = emulator.on("request", (request) => {
      if (request.status === 429) rateLimited += 1;
    });
    const started = performance.now();
    const report = await bot.context.scheduler.tick(clock.now());
    const seconds = (performance.now() - started) / 1000;
    stopCounting();
    const threads = emulator.guilds().filter((guild) => guild.channel("study-group").threads().length === 1).length;
    if (report.posted !== guilds || threads !== guilds) throw new Error(`posted ${report.posted} prompts and ${threads} threads of ${guilds}`);
    const floor = (guilds * REQUESTS_PER_PROMPT) / limit;
    await afterwards?.(bot, clock);
    return { seconds, floor, ratio: seconds / floor, posted: report.posted, rateLimited };
  } finally {
    await bot?.stop();
    await emulator.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

function print(name: string, run: Run): void {
  console.log(`daily.${name}.seconds: ${run.seconds.toFixed(2)} s`);
  console.log(`daily.${name}.floor: ${run.floor.toFixed(2)} s`);
  console.log(`daily.${name}.ratio: ${run.ratio.toFixed(3)} x`);
  console.log(`daily.${name}.rate_limited: ${run.rateLimited} requests`);
}

/** Mean CPU (user + system) of a tick when nothing is due, over `ticks` ticks a minute apart. */
async function idleTickCpu(bot: Bot, clock: ReturnType<typeof manualClock>, ticks = 200): Promise<number> {
  for (let index = 0; index < 20; index += 1) {
    clock.advance(60_000);
    await bot.context.scheduler.tick(clock.now());
  }
  const before = process.cpuUsage();
  for (let index = 0; index < ticks; index += 1) {
    clock.advance(60_000);
    const report = await bot.context.scheduler.tick(clock.now());
    if (report.examined !== 0) throw new Error("an idle tick found something due");
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / ticks;
}

export default async function dailyBench(): Promise<void> {
  print("1k_at_50rps", await postingRun(1_000, 50));
  let idleMs = Number.NaN;
  print(
    "10k_at_500rps",
    await postingRun(10_000, 500, async (bot, clock) => {
      idleMs = await idleTickCpu(bot, clock);
    }),
  );
  console.log(`daily.idle_tick_cpu_10k: ${idleMs.toFixed(3)} ms`);
  console.log(`daily.peak_rss: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

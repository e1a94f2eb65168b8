// The bot's figures against the Discord emulator (no network, no spec validation, logs silent):
// start-up to ready (in process: createBot → clientReady; and as `npm start` does it: a new Node
// process until its "Colloquy is ready" log line), and /excerpt latency (INTERACTION_CREATE sent → callback received) over 1,000
// sequential interactions beside a bare discord.js client that answers a constant string, measured
// in the same run, in alternating blocks so drift hits both alike. The bare client asks for the
// same gateway intents as Colloquy (Guilds, GuildMessages), so both receive the same events (their
// own replies as MESSAGE_CREATE among them) and the ratio measures Colloquy's own work.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Client, Events } from "discord.js";
import { createBot, type Bot } from "../../src/bot/createBot.js";
import { loadConfig } from "../../src/config/loadConfig.js";
import { INTENTS, noIdentifyWait } from "../../src/discord/createClient.js";
import { registerCommands } from "../../src/discord/registerCommands.js";
import { buildGuild, startEmulator, type Emulator } from "../../src/emulator/index.js";
import { createLogger } from "../../src/logging/createLogger.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const TOKEN = "bench.colloquy.token";
const MEASURED = 1000;
const WARM_UP = 200;
const BLOCK = 100;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function emulatorWithGuild(): Promise<{ emulator: Emulator; channelId: string }> {
  const emulator = await startEmulator({ token: TOKEN, guilds: [buildGuild("Bench").text("study-group").member("reader")], maxRecordedRequests: 50 });
  return { emulator, channelId: emulator.guild("Bench").channel("study-group").id };
}

async function bareClient(emulator: Emulator): Promise<Client> {
  const client = new Client({
    intents: [...INTENTS],
    allowedMentions: { parse: [] },
    rest: { api: emulator.apiUrl },
    ws: { buildIdentifyThrottler: noIdentifyWait },
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void interaction.reply("A constant answer.").catch(() => undefined);
  });
  const ready = new Promise<void>((done) => client.once(Events.ClientReady, () => done()));
  await client.login(TOKEN);
  await ready;
  return client;
}

/** Milliseconds from spawning `npm start`'s entry point until it logs that it is ready; then stops it. */
function processStartToReady(env: Record<string, string>): Promise<number> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", tsx, resolve(root, "src/main.ts")], { cwd: root, env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((done, fail) => {
    let seen = "";
    let readyAfter: number | undefined;
    child.stdout.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (readyAfter !== undefined || !seen.includes('"msg":"Colloquy is ready"')) return;
      readyAfter = performance.now() - started;
      child.kill("SIGTERM");
    });
    child.once("error", fail);
    child.once("close", (code) => {
      if (readyAfter === undefined) fail(new Error(`npm start exited with ${code} before it was ready`));
      else if (code !== 0) fail(new Error(`npm start did not stop cleanly on SIGTERM (exit ${code})`));
      else done(readyAfter);
    });
  });
}

async function latencies(emulator: Emulator, channelId: string, count: number): Promise<number[]> {
  const measured: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const outcome = await emulator.runCommand({ name: "excerpt", channelId, user: "reader" });
    if (outcome.latencyMs === null) throw new Error("no callback");
    measured.push(outcome.latencyMs);
  }
  return measured;
}

export default async function botBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "colloquy-bench-"));
  const colloquy = await emulatorWithGuild();
  const baseline = await emulatorWithGuild();
  let bot: Bot | undefined;
  let client: Client | undefined;
  try {
    const config = loadConfig(
      { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: colloquy.emulator.apiUrl, SEEDS_DIR: resolve(root, "seeds"), DATABASE_URL: join(dataDir, "bench.db"), LOG_LEVEL: "silent" },
      root,
    );
    // Start-up as `npm start` does it: load the readings and their questions, open the database, connect.
    const startedAt = performance.now();
    bot = await createBot({ config, logger: createLogger("silent"), identifyThrottler: noIdentifyWait });
    const loggingInAt = performance.now();
    await bot.start();
    const readyAt = performance.now();
    console.log(`bot.startup_to_ready: ${(readyAt - startedAt).toFixed(1)} ms`);
    console.log(`bot.login_to_ready: ${(readyAt - loggingInAt).toFixed(1)} ms`);
    await registerCommands(bot.client.rest, bot.context.commands.map((command) => command.definition), colloquy.emulator.guild("Bench").id);
    const processReady = await processStartToReady({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: baseline.emulator.apiUrl,
      SEEDS_DIR: resolve(root, "seeds"),
      DATABASE_URL: join(dataDir, "process.db"),
      LOG_LEVEL: "info",
    });
    console.log(`bot.process_start_to_ready: ${processReady.toFixed(0)} ms`);

    client = await bareClient(baseline.emulator);
    await latencies(colloquy.emulator, colloquy.channelId, WARM_UP);
    await latencies(baseline.emulator, baseline.channelId, WARM_UP);
    const ours: number[] = [];
    const bare: number[] = [];
    for (let done = 0; done < MEASURED; done += BLOCK) {
      ours.push(...(await latencies(colloquy.emulator, colloquy.channelId, BLOCK)));
      bare.push(...(await latencies(baseline.emulator, baseline.channelId, BLOCK)));
    }
    const figures = {
      excerpt50: percentile(ours, 50),
      excerpt99: percentile(ours, 99),
      baseline50: percentile(bare, 50),
      baseline99: percentile(bare, 99),
    };
    console.log(`bot.excerpt_latency_p50: ${figures.excerpt50.toFixed(2)} ms`);
    console.log(`bot.excerpt_latency_p99: ${figures.excerpt99.toFixed(2)} ms`);
    console.log(`bot.baseline_latency_p50: ${figures.baseline50.toFixed(2)} ms`);
    console.log(`bot.baseline_latency_p99: ${figures.baseline99.toFixed(2)} ms`);
    console.log(`bot.latency_ratio_p50: ${(figures.excerpt50 / figures.baseline50).toFixed(2)} x`);
    console.log(`bot.latency_ratio_p99: ${(figures.excerpt99 / figures.baseline99).toFixed(2)} x`);
  } finally {
    await bot?.stop();
    await client?.destroy();
    await colloquy.emulator.close();
    await baseline.emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

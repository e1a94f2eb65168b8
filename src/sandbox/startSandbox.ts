// Starts the sandbox's two halves: the Discord emulator with the demo server, and the real bot
// (the same createBot as on Discord) connected to it, with the commands registered in the demo
// server as `npm run register` would. The session is what the prompt drives.
import type { Config } from "../config/loadConfig.js";
import { createBot, type Bot, type BotOptions } from "../bot/createBot.js";
import { noIdentifyWait } from "../discord/createClient.js";
import { registerCommands } from "../discord/registerCommands.js";
import { startEmulator, type Emulator } from "../emulator/index.js";
import type { Logger } from "../logging/createLogger.js";
import { sandboxClock, type SandboxClock } from "./sandboxClock.js";
import { SANDBOX, sandboxGuild } from "./sandboxGuild.js";

export interface SandboxSession {
  readonly emulator: Emulator;
  readonly bot: Bot;
  readonly clock: SandboxClock;
  readonly guildId: string;
  /** Where commands are run (changed with `in #channel`). */
  channelId: string;
  /** Who runs them (changed with `as moderator`). */
  username: string;
  stop(): Promise<void>;
}

export interface StartSandboxOptions {
  /** Seeds, LLM and log level come from here; Discord settings and the database are the sandbox's own. */
  config: Config;
  logger: Logger;
  clock?: SandboxClock;
  /** Passed on to createBot (tests give a library or services). */
  bot?: Partial<Omit<BotOptions, "config" | "logger" | "clock">>;
}

export async function startSandbox(options: StartSandboxOptions): Promise<SandboxSession> {
  const clock = options.clock ?? sandboxClock();
  const emulator = await startEmulator({
    token: "sandbox.colloquy.offline",
    guilds: [sandboxGuild()],
    clock: () => clock.now().getTime(),
  });
  let bot: Bot | undefined;
  try {
    // The sandbox keeps nothing between runs: its server is new each time.
    const config: Config = { ...options.config, discordToken: emulator.token, discordApiUrl: emulator.apiUrl, devGuildId: undefined, databaseUrl: ":memory:" };
    bot = await createBot({ ...options.bot, config, logger: options.logger, clock, identifyThrottler: noIdentifyWait });
    await bot.start();
    const guild = emulator.guild(SANDBOX.guild);
    await registerCommands(bot.client.rest, bot.context.commands.map((command) => command.definition), guild.id);
    const started = bot;
    return {
      emulator,
      bot: started,
      clock,
      guildId: guild.id,
      channelId: guild.channel(SANDBOX.channel).id,
      username: SANDBOX.member,
      async stop() {
        await started.stop();
        await emulator.close();
      },
    };
  } catch (error) {
    await bot?.stop().catch(() => undefined);
    await emulator.close();
    throw error;
  }
}

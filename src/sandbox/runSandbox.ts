// `npm start` without DISCORD_TOKEN: explains what is happening, starts the emulator and the
// real bot, and hands the terminal to the prompt. The bot's logs go to a file so they don't
// clutter the prompt. Returns the process exit code.
import type { Readable } from "node:stream";
import { pino } from "pino";
import type { Config } from "../config/loadConfig.js";
import { createLogger } from "../logging/createLogger.js";
import type { PromptContext } from "./promptContext.js";
import { emulatorMentionNames } from "./emulatorMentionNames.js";
import { renderMessage, type TerminalStyle } from "./renderForTerminal.js";
import { readableTimestamp } from "./readableTimestamps.js";
import { inPlace } from "./placeName.js";
import { runPrompt } from "./runPrompt.js";
import { SANDBOX } from "./sandboxGuild.js";
import { startSandbox, type StartSandboxOptions } from "./startSandbox.js";

export interface RunSandboxOptions {
  config: Config;
  input: Readable & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** The bot's log file (JSON lines). */
  logPath: string;
  /** For tests: what else startSandbox should be given. */
  sandbox?: Partial<Omit<StartSandboxOptions, "config" | "logger">>;
}

export async function runSandbox(options: RunSandboxOptions): Promise<number> {
  const { output } = options;
  const interactive = Boolean(options.input.isTTY && output.isTTY);
  const print = (text: string) => void output.write(`${text}\n`);
  print(
    [
      "No DISCORD_TOKEN is set, so Colloquy is starting its offline sandbox: a local stand-in for Discord",
      `with a demo server "${SANDBOX.guild}" and a #${SANDBOX.channel} channel, and the real bot answering in it.`,
      "Nothing leaves this machine. To run on Discord instead, put your bot's token in .env (see docs/bot.md).",
      `The bot's logs go to ${options.logPath}.`,
    ].join("\n"),
  );
  const logger = createLogger(options.config.logLevel, pino.destination({ dest: options.logPath, mkdir: true, sync: true }));
  let session;
  try {
    session = await startSandbox({ ...options.sandbox, config: options.config, logger });
  } catch (error) {
    print(`The sandbox could not start: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const style: TerminalStyle = {
    colour: interactive,
    width: Math.max(40, Math.min(output.columns ?? 100, 100)),
    names: emulatorMentionNames(session.emulator, session.guildId),
    now: () => session.clock.now(),
  };
  const prompt: PromptContext = { session, style, print, buttons: null, lastModal: null };
  // Posts the bot makes on its own (the daily prompts), shown as they arrive.
  const stopWatching = session.emulator.on("messageCreate", (stored) => {
    if (stored.source === "bot") print(renderMessage(stored.message, `Colloquy posted${inPlace(session.emulator, stored.channelId)}`, style));
  });
  const readings = session.bot.context.library.readings;
  print(
    readings.length > 0
      ? `\nReady. You are "${session.username}" in #${SANDBOX.channel}. Reading: ${readings.map((reading) => reading.essay.meta.title).join("; ")}.`
      : `\nReady, but no essay was found in ${options.config.seedsDir}: the commands will explain how to add one.`,
  );
  print('Try /excerpt, /excerpt section:2, /excerpt search:"sanctions" private:true, /sections, /help; press a button with [Next section].');
  print(`Daily prompts: as ${SANDBOX.moderator}, /schedule set channel:${SANDBOX.channel} time:9am timezone:Europe/London, then /tick 1d (help shows every step).`);
  print(`The sandbox's clock reads ${readableTimestamp(session.clock.now(), "F", session.clock.now())}; /tick moves it on. Type help for more, exit to leave.`);
  try {
    await runPrompt(prompt, { input: options.input, ...(interactive ? { terminal: output } : {}) });
  } finally {
    stopWatching();
    await session.stop();
  }
  print("Sandbox stopped. Bye.");
  return 0;
}

// `npm start`: Colloquy on Discord when DISCORD_TOKEN is set, otherwise the offline sandbox.
// A configuration or connection problem ends with a clear message and exit code 1, never a stack
// trace; SIGINT/SIGTERM shut down gracefully (answers in flight finish, the store is closed).
import { resolve } from "node:path";
import { createBot } from "./bot/createBot.js";
import { Events } from "discord.js";
import { BotStartError, explainGatewayClose } from "./bot/startFailure.js";
import { readEnvironment } from "./cli/readEnvironment.js";
import { ConfigError, loadConfig, type Config } from "./config/loadConfig.js";
import { describeError } from "./discord/describeError.js";
import { createLogger } from "./logging/createLogger.js";
import { runSandbox } from "./sandbox/runSandbox.js";

async function main(): Promise<number> {
  const cwd = process.cwd();
  let config: Config;
  try {
    config = loadConfig(readEnvironment(process.env, cwd), cwd);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (!config.discordToken) {
    // A signal ends the prompt's input, which stops the sandbox as `exit` does.
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.stdin.destroy());
    return runSandbox({ config, input: process.stdin, output: process.stdout, logPath: resolve(cwd, "data", "sandbox.log") });
  }
  return runOnDiscord(config);
}

async function runOnDiscord(config: Config): Promise<number> {
  const logger = createLogger(config.logLevel);
  process.on("unhandledRejection", (reason) => logger.error({ err: describeError(reason) }, "unhandled rejection (a bug: please report it)"));
  const bot = await createBot({ config, logger });
  let stopping = false;
  const shutDown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    void bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: describeError(error) }, "shutdown did not finish cleanly");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutDown("SIGINT"));
  process.once("SIGTERM", () => shutDown("SIGTERM"));
  try {
    await bot.start();
  } catch (error) {
    await bot.stop().catch(() => undefined);
    if (error instanceof BotStartError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  // Runs until a signal stops it, or until Discord ends the session for good (e.g. the token was
  // reset while running): then exit 1 so a supervisor restarts or alerts.
  return new Promise<number>((done) => {
    bot.client.on(Events.ShardDisconnect, (event) => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`${explainGatewayClose(event.code).message}\n`);
      void bot.stop().finally(() => done(1));
    });
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Colloquy stopped because of an unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

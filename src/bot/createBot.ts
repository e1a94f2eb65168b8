// Colloquy assembled: configuration, logger, library, store, discord.js client and dispatcher, as
// one startable, stoppable bot. src/main.ts, the sandbox, the end-to-end tests and the bench all
// build it here, so they run the same code; the clock and randomness are injected.
import { Events, type Client } from "discord.js";
import { commands as allCommands } from "../../commands/index.js";
import type { Config } from "../config/loadConfig.js";
import type { CommandModule } from "../discord/commandModule.js";
import { createClient, type CreateClientOptions } from "../discord/createClient.js";
import { describeError } from "../discord/describeError.js";
import { createDispatcher, listenForInteractions, type InteractionDispatcher } from "../discord/dispatchInteraction.js";
import { ChannelProgress } from "../library/channelProgress.js";
import type { Library } from "../library/library.js";
import { loadLibrary } from "../library/loadLibrary.js";
import type { Logger } from "../logging/createLogger.js";
import { createQuestionService, type QuestionService } from "../questions/questionService.js";
import { systemClock, type Clock } from "../schedule/clock.js";
import { openSqliteStore } from "../store/openSqliteStore.js";
import type { Store } from "../store/store.js";
import { createPromptScheduler, type SchedulerTuning } from "../discord/daily/promptScheduler.js";
import type { BotContext } from "./botContext.js";
import { defaultServices, type BotService, type BotServiceFactory } from "./botService.js";
import { questionWarmUp } from "./questionWarmUp.js";
import { BotStartError, explainGatewayClose, explainLoginError } from "./startFailure.js";

export interface BotOptions {
  config: Config;
  logger: Logger;
  /** Default: the essays of config.seedsDir with their questions. */
  library?: Library;
  /** Default: the question service for config.llm (offline questions unless an LLM is configured). */
  questions?: QuestionService;
  /** Default: the SQLite store at config.databaseUrl (closed by stop()); a given store is left open. */
  store?: Store;
  clock?: Clock;
  random?: () => number;
  /** Default: commands/index.ts. */
  commands?: readonly CommandModule[];
  services?: readonly BotServiceFactory[];
  identifyThrottler?: CreateClientOptions["identifyThrottler"];
  /** REST tuning passed to discord.js (e.g. globalRequestsPerSecond, timeout). */
  rest?: CreateClientOptions["rest"];
  /** Daily-prompt scheduler tuning (tests: instant retry waits; benches: concurrency). */
  scheduler?: SchedulerTuning;
  autoDeferMs?: number;
  /** Give up waiting for the gateway's READY after this long (default 30 s). */
  readyTimeoutMs?: number;
}

export interface Bot {
  readonly client: Client;
  readonly context: BotContext;
  readonly dispatcher: InteractionDispatcher;
  /** Logs in and resolves once the client is ready; rejects with a BotStartError that says what to do. */
  start(): Promise<void>;
  /** Waits for interactions being answered (briefly), stops services, disconnects, closes the store. */
  stop(): Promise<void>;
}

export async function createBot(options: BotOptions): Promise<Bot> {
  const { config, logger } = options;
  const clock = options.clock ?? systemClock;
  const questions =
    options.questions ??
    createQuestionService({
      llm: config.llm,
      cacheDir: config.questionCacheDir,
      onFallback: ({ essayId, sectionId, failure }) => logger.warn({ essayId, sectionId, failure }, "no LLM questions for a section; it keeps its offline ones"),
    });
  const library = options.library ?? (await loadLibrary({ seedsDir: config.seedsDir, questionsFor: (essay) => questions.questionsFor(essay) }));
  for (const problem of library.problems) logger.warn({ file: problem.file }, problem.message);
  const ownsStore = options.store === undefined;
  const store = options.store ?? openSqliteStore(config.databaseUrl);
  const commands = options.commands ?? allCommands;
  const random = options.random ?? Math.random;
  const client = createClient({
    apiUrl: config.discordApiUrl,
    ...(options.identifyThrottler ? { identifyThrottler: options.identifyThrottler } : {}),
    ...(options.rest ? { rest: options.rest } : {}),
  });
  const context: BotContext = {
    library,
    store,
    progress: new ChannelProgress(store, () => clock.now().getTime(), {
      onSaveFailed: (error, place) => logger.error({ ...place, err: describeError(error) }, "could not save a channel's reading progress"),
    }),
    clock,
    random,
    logger,
    commands,
    scheduler: createPromptScheduler({ client, store, library: () => context.library, clock, random, logger, ...(options.scheduler ? { tuning: options.scheduler } : {}) }),
  };

  const dispatcher = createDispatcher({ commands, context, logger, ...(options.autoDeferMs !== undefined ? { autoDeferMs: options.autoDeferMs } : {}) });
  listenForInteractions(client, dispatcher);
  watchConnection(client, logger);
  const services: BotService[] = [questionWarmUp(questions, logger), ...(options.services ?? defaultServices)].map((factory) => factory(client, context));
  let servicesStarted = false;
  let stopping: Promise<void> | undefined;

  async function start(): Promise<void> {
    if (!config.discordToken) throw new BotStartError("DISCORD_TOKEN is not set, so Colloquy cannot connect to Discord. Put the bot's token in .env (see .env.example).");
    // clientReady can fire before login() resolves: listen first.
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new BotStartError(`Connected to ${config.discordApiUrl} but the gateway never said READY within ${(options.readyTimeoutMs ?? 30_000) / 1000} s.`)), options.readyTimeoutMs ?? 30_000);
      client.once(Events.ClientReady, () => {
        clearTimeout(timer);
        resolve();
      });
      client.on(Events.ShardDisconnect, (event) => {
        clearTimeout(timer);
        reject(explainGatewayClose(event.code));
      });
    });
    try {
      await client.login(config.discordToken);
    } catch (error) {
      void ready.catch(() => undefined);
      throw explainLoginError(error, config.discordApiUrl);
    }
    try {
      await ready;
    } catch (error) {
      await client.destroy().catch(() => undefined);
      throw error;
    }
    logger.info({ userId: client.user?.id, guilds: client.guilds.cache.size, readings: library.readings.length }, "Colloquy is ready");
    for (const service of services) {
      await service.start();
      logger.info({ service: service.name }, "service started");
    }
    servicesStarted = true;
  }

  function stop(): Promise<void> {
    stopping ??= (async () => {
      await Promise.race([dispatcher.settled(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      if (servicesStarted) {
        for (const service of [...services].reverse()) {
          try {
            await service.stop();
          } catch (error) {
            logger.error({ service: service.name, err: describeError(error) }, "service did not stop cleanly");
          }
        }
      }
      await client.destroy();
      await context.progress.settled();
      if (ownsStore) await store.close();
      logger.info("Colloquy stopped");
    })();
    return stopping;
  }

  return { client, context, dispatcher, start, stop };
}

/** Connection events worth a log line, and the listeners that keep an 'error' event from crashing the process. */
function watchConnection(client: Client, logger: Logger): void {
  client.on(Events.Error, (error) => logger.error({ err: describeError(error) }, "discord.js client error"));
  client.on(Events.ShardError, (error, shardId) => logger.warn({ shardId, err: describeError(error) }, "gateway connection error"));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, "gateway session resumed"));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, "gateway reconnecting"));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, "gateway disconnected for good"));
}

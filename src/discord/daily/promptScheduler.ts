// The daily-prompt scheduler wired to Discord: the engine (src/schedule/scheduler.ts) with the
// discord.js posting adapter, the moderator notifier and the library as the source of essays.
// Built by createBot next to the client; the commands (/prompt now, /prompt preview) and the
// daily-prompts service (cron ticks) share it.
import type { Client } from "discord.js";
import type { Library } from "../../library/library.js";
import type { Logger } from "../../logging/createLogger.js";
import type { Clock } from "../../schedule/clock.js";
import { createScheduler, type Scheduler } from "../../schedule/scheduler.js";
import type { SchedulerOptions } from "../../schedule/schedulerDeps.js";
import type { Store } from "../../store/store.js";
import { createDiscordPromptPoster } from "./discordPromptPoster.js";
import { createModeratorNotifier } from "./moderatorNotifier.js";
import { promptSourceFromLibrary } from "./promptSourceFromLibrary.js";

/** What tests and benches may tune (retry waits, windows, concurrency); the ports are always Discord's. */
export type SchedulerTuning = Partial<Omit<SchedulerOptions, "store" | "poster" | "notifier" | "prompts" | "clock" | "random" | "logger">>;

export interface PromptSchedulerDeps {
  client: Client;
  store: Store;
  /** The bot's library as it is now (it is replaced when LLM questions arrive). */
  library: () => Library;
  clock: Clock;
  random: () => number;
  logger: Logger;
  tuning?: SchedulerTuning;
}

export function createPromptScheduler(deps: PromptSchedulerDeps): Scheduler {
  const logger = deps.logger.child({ part: "daily-prompts" });
  return createScheduler({
    store: deps.store,
    poster: createDiscordPromptPoster({ client: deps.client, logger, ...(deps.tuning?.sleep ? { sleep: deps.tuning.sleep } : {}) }),
    notifier: createModeratorNotifier({ client: deps.client, logger }),
    prompts: promptSourceFromLibrary(deps.library),
    clock: deps.clock,
    random: deps.random,
    logger,
    ...deps.tuning,
  });
}

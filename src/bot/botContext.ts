// The services every handler receives. One object built by createBot; the daily-prompt work
// (issue 5) adds its own services here (scheduler, participation…) rather than reaching for
// globals, so tests and the sandbox can build a bot with whatever fakes they need.
import type { CommandModule } from "../discord/commandModule.js";
import type { ChannelProgress } from "../library/channelProgress.js";
import type { Library } from "../library/library.js";
import type { Logger } from "../logging/createLogger.js";
import type { Clock } from "../schedule/clock.js";
import type { Scheduler } from "../schedule/scheduler.js";
import type { Store } from "../store/store.js";

export interface BotContext {
  library: Library;
  store: Store;
  /** Which sections each channel has seen (for /excerpt with no option). */
  progress: ChannelProgress;
  clock: Clock;
  /** [0, 1); seeded in tests. */
  random: () => number;
  logger: Logger;
  /** Every command this bot serves, in the order /help lists them. */
  commands: readonly CommandModule[];
  /** The daily-prompt scheduler (/prompt now and preview; the daily-prompts service ticks it). */
  scheduler: Scheduler;
}

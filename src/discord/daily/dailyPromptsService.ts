// The daily prompts as a bot service (started once the client is ready, stopped before it
// disconnects): the scheduler's start-up run (settle unfinished posts, catch up) and its minute
// tick from node-cron, and the listener that counts answers typed in prompt threads.
import type { BotServiceFactory } from "../../bot/botService.js";
import { startCronDriver, type CronDriver } from "../../schedule/cronDriver.js";
import { listenForParticipation } from "./participationListener.js";

export interface DailyPromptsServiceOptions {
  /** node-cron expression of the tick (default every minute); false runs only the start-up pass (tests tick by hand). */
  cron?: string | false;
}

export function dailyPromptsService(options: DailyPromptsServiceOptions = {}): BotServiceFactory {
  return (client, context) => {
    let driver: CronDriver | undefined;
    let stopListening: (() => void) | undefined;
    return {
      name: "daily-prompts",
      async start() {
        stopListening = listenForParticipation(client, { store: context.store, logger: context.logger });
        if (options.cron === false) {
          await context.scheduler.startup(context.clock.now());
          return;
        }
        driver = startCronDriver({ scheduler: context.scheduler, clock: context.clock, logger: context.logger, ...(options.cron ? { expression: options.cron } : {}) });
        await driver.started;
      },
      async stop() {
        stopListening?.();
        if (driver) await driver.stop();
        else await context.scheduler.idle();
      },
    };
  };
}

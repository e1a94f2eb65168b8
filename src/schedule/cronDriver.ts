// Drives the scheduler from node-cron: settle and catch up once at start-up, then a tick at the top
// of every minute. node-cron's noOverlap and the scheduler's own guard both keep ticks from piling
// up behind a slow one. The time each tick uses comes from the injected clock (the sandbox moves it).
import cron, { type ScheduledTask } from "node-cron";
import type { Clock } from "./clock.js";
import type { Scheduler, TickReport } from "./scheduler.js";
import { silentLogger, type SchedulerLogger } from "./schedulerDeps.js";

export interface CronDriver {
  /** The start-up run (reconcile + catch-up); null if it failed (logged). */
  readonly started: Promise<TickReport | null>;
  /** Stops the minute job and waits for a running tick to finish. */
  stop(): Promise<void>;
}

export interface CronDriverOptions {
  scheduler: Pick<Scheduler, "tick" | "startup" | "idle">;
  clock: Clock;
  logger?: SchedulerLogger;
  /** Default every minute. */
  expression?: string;
}

export function startCronDriver(options: CronDriverOptions): CronDriver {
  const logger = options.logger ?? silentLogger;
  let task: ScheduledTask | null = null;
  let stopped = false;

  const started = options.scheduler.startup(options.clock.now()).then(
    (report) => {
      logger.info({ ...report }, "scheduler started");
      if (!stopped) {
        task = cron.schedule(
          options.expression ?? "* * * * *",
          async () => {
            const report = await options.scheduler.tick(options.clock.now());
            if (report.examined > 0 || report.errors > 0) logger.info({ ...report }, "scheduler tick");
          },
          { name: "colloquy-daily-prompts", noOverlap: true },
        );
      }
      return report;
    },
    (error: unknown) => {
      logger.error({ err: error }, "scheduler start-up failed");
      return null;
    },
  );

  return {
    started,
    async stop() {
      stopped = true;
      await started;
      if (task) {
        await task.stop();
        await task.destroy();
        task = null;
      }
      await options.scheduler.idle();
    },
  };
}

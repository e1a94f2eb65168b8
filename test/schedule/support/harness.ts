// A scheduler wired to a real SQLite file, a manual clock and the fake Discord, plus helpers to
// move time the way cron would. A "restart" is a new harness on the same file, Discord and clock.
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { manualClock } from "../../../src/schedule/clock.js";
import { parseDays } from "../../../src/schedule/parseDays.js";
import { parseTime } from "../../../src/schedule/parseTime.js";
import { createScheduler, type Scheduler, type TickReport } from "../../../src/schedule/scheduler.js";
import { setSchedule, type ManagerDeps } from "../../../src/schedule/scheduleManager.js";
import type { SchedulerOptions } from "../../../src/schedule/schedulerDeps.js";
import { openSqliteStore, type SqliteStore } from "../../../src/store/openSqliteStore.js";
import type { ScheduleRecord } from "../../../src/store/store.js";
import { temporaryFolder } from "../../store/support.js";
import { FakeDiscord, FakeModerators } from "./fakeDiscord.js";
import { sampleSource } from "./sampleEssay.js";

export interface Harness {
  clock: ReturnType<typeof manualClock>;
  store: SqliteStore;
  discord: FakeDiscord;
  moderators: FakeModerators;
  source: ReturnType<typeof sampleSource>;
  scheduler: Scheduler;
  manager: ManagerDeps;
  waits: number[];
  /** Ticks at every minute boundary up to and including `until` (as cron would). */
  runUntil(until: Date | string): Promise<TickReport[]>;
  set(guildId: string, input: { time: string; zone: string; days?: string; channelId?: string; name?: string; roleId?: string; pin?: boolean; thread?: boolean }): Promise<ScheduleRecord>;
}

export interface HarnessOptions {
  dbPath: string;
  start?: Date | string;
  /** Share these with a harness from "before the restart". */
  clock?: ReturnType<typeof manualClock>;
  discord?: FakeDiscord;
  moderators?: FakeModerators;
  scheduler?: Partial<SchedulerOptions>;
}

export function harness(options: HarnessOptions): Harness {
  const clock = options.clock ?? manualClock(new Date(options.start ?? "2026-01-14T00:00:00Z"));
  const store = openSqliteStore(options.dbPath);
  const discord = options.discord ?? new FakeDiscord(() => clock.now().getTime());
  const moderators = options.moderators ?? new FakeModerators();
  const source = sampleSource();
  const waits: number[] = [];
  const scheduler = createScheduler({
    store,
    poster: discord,
    notifier: moderators,
    prompts: source,
    clock,
    random: () => 0.5,
    sleep: async (ms) => {
      waits.push(ms);
      clock.advance(ms);
    },
    ...options.scheduler,
  });
  const manager: ManagerDeps = { store, clock };
  return {
    clock,
    store,
    discord,
    moderators,
    source,
    scheduler,
    manager,
    waits,
    async runUntil(until) {
      const end = new Date(until).getTime();
      const reports: TickReport[] = [];
      let next = Math.floor(clock.now().getTime() / 60_000) * 60_000 + 60_000;
      while (next <= end) {
        clock.set(new Date(next));
        reports.push(await scheduler.tick(clock.now()));
        next = Math.max(next + 60_000, Math.floor(clock.now().getTime() / 60_000) * 60_000 + 60_000);
      }
      return reports;
    },
    async set(guildId, input) {
      const time = parseTime(input.time);
      const days = parseDays(input.days ?? "daily");
      if (!time.ok || !days.ok) throw new Error("bad test input");
      const result = await setSchedule(manager, guildId, {
        name: input.name,
        channelId: input.channelId ?? `c-${guildId}`,
        channelKind: "text",
        rule: { time: time.value, zone: input.zone, days: days.value },
        roleId: input.roleId ?? null,
        pin: input.pin ?? false,
        thread: input.thread ?? true,
      });
      if (!result.ok) throw new Error(result.error);
      return result.value.schedule;
    },
  };
}

/** Local wall-clock time of a message, for assertions ("2026-03-08 09:00"). */
export function localWallTime(at: number, zone: string): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
    .format(new Date(at))
    .replace(",", "");
}

/**
 * For a test file: a fresh folder per test, harnesses on one database file in it, all closed after
 * the test. `stop` closes one early (the "process" before a restart).
 */
export function harnessPerTest(defaults: Partial<HarnessOptions> = {}) {
  let folder: ReturnType<typeof temporaryFolder>;
  let open: Harness[] = [];
  beforeEach(() => {
    folder = temporaryFolder();
  });
  afterEach(async () => {
    for (const h of open) await h.store.close();
    open = [];
    folder.remove();
  });
  return {
    start(options: Partial<HarnessOptions> = {}): Harness {
      const h = harness({ dbPath: join(folder.path, "colloquy.db"), ...defaults, ...options });
      open.push(h);
      return h;
    },
    async stop(h: Harness): Promise<void> {
      await h.store.close();
      open = open.filter((other) => other !== h);
    },
  };
}

// Scheduler figures on SQLite, without Discord (the emulator-backed posting figures come with the
// Discord wiring): CPU per idle tick with 10,000 schedules, our own overhead for 10,000 prompts due in
// the same minute (a poster that answers at once), and the process's peak memory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PromptEssay } from "../../src/prompts/promptSource.js";
import { manualClock } from "../../src/schedule/clock.js";
import { nextFireAtFor } from "../../src/schedule/nextFireAt.js";
import { createScheduler } from "../../src/schedule/scheduler.js";
import { openSqliteStore, type SqliteStore } from "../../src/store/openSqliteStore.js";

const scheduleCount = 10_000;
const zones = ["Europe/London", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo"];

const essay: PromptEssay = {
  id: "bench",
  title: "Bench essay",
  sections: Array.from({ length: 6 }, (_, index) => ({
    id: `s${index + 1}`,
    number: index + 1,
    title: `Section ${index + 1}`,
    excerpts: [{ id: `s${index + 1}-e1`, text: "An excerpt long enough to look like one. ".repeat(10) }],
    questions: [
      { id: `s${index + 1}-q1`, text: "What is the author trying to get us to accept here?" },
      { id: `s${index + 1}-q2`, text: "What evidence supports that claim, and is it enough?" },
    ],
  })),
};

/** 10,000 schedules; `dueAt` is the instant every one of them fires (same UTC minute, different zones). */
function seed(store: SqliteStore, dueAt: Date): void {
  const activeFrom = dueAt.getTime() - 3_600_000;
  const insert = store.db.prepare(
    `INSERT INTO schedules (guild_id, name, channel_id, channel_type, time, zone, days, thread, pin, active_from, next_fire_at, created_at, updated_at)
     VALUES (?, 'main', ?, 'text', ?, ?, '1,2,3,4,5,6,7', 1, 0, ?, NULL, ?, ?)`,
  );
  // The local time in each zone of the shared instant, so every schedule is due at once.
  const localTimes = zones.map((zone) => new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(dueAt));
  store.db.transaction(() => {
    for (let index = 0; index < scheduleCount; index += 1) {
      insert.run(`g${index}`, `c${index}`, localTimes[index % zones.length], zones[index % zones.length], activeFrom, activeFrom, activeFrom);
    }
  })();
}

async function refreshAll(store: SqliteStore): Promise<void> {
  const rows = store.db.prepare("SELECT guild_id, id FROM schedules").all() as { guild_id: string; id: number }[];
  for (const row of rows) {
    const schedule = (await store.getSchedule(row.guild_id, row.id))!;
    await store.setNextFireAt(row.id, nextFireAtFor(schedule, null));
  }
}

export default async function schedulerBench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "colloquy-bench-"));
  try {
    const dueAt = new Date("2026-01-14T09:00:00Z");
    const store = openSqliteStore(join(folder, "bench.db"));
    seed(store, dueAt);
    await refreshAll(store);
    const clock = manualClock(new Date(dueAt.getTime() - 30 * 60_000));
    let posted = 0;
    const scheduler = createScheduler({
      store,
      clock,
      random: () => 0.5,
      prompts: { essayFor: () => essay },
      notifier: { async notifyModerators() {} },
      poster: {
        async post() {
          posted += 1;
          return { messageId: String(posted), threadId: `t${posted}`, pinned: false };
        },
        async findRecentPost() {
          return null;
        },
      },
    });

    // Idle: nothing due yet. Warm up, then average CPU over many ticks.
    for (let index = 0; index < 50; index += 1) await scheduler.tick(clock.now());
    const ticks = 1000;
    const cpuBefore = process.cpuUsage();
    for (let index = 0; index < ticks; index += 1) {
      const report = await scheduler.tick(clock.now());
      if (report.examined !== 0) throw new Error("idle tick examined schedules");
    }
    const cpu = process.cpuUsage(cpuBefore);
    console.log(`scheduler.idle_tick_cpu_10k: ${((cpu.user + cpu.system) / 1000 / ticks).toFixed(3)} ms`);

    // All 10,000 due in the same minute.
    clock.set(dueAt);
    const started = performance.now();
    const report = await scheduler.tick(clock.now());
    const seconds = (performance.now() - started) / 1000;
    if (report.posted !== scheduleCount || posted !== scheduleCount) throw new Error(`posted ${report.posted}/${posted} of ${scheduleCount}`);
    console.log(`scheduler.due_10k_local: ${seconds.toFixed(2)} s`);
    console.log(`scheduler.peak_rss: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    await store.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// Exactly once across real processes: two Node processes open the same SQLite file and tick the
// same minute; the database claim lets each slot through once.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, expect, it } from "vitest";
import { manualClock } from "../../src/schedule/clock.js";
import { setSchedule } from "../../src/schedule/scheduleManager.js";
import { openSqliteStore } from "../../src/store/openSqliteStore.js";
import { temporaryFolder } from "../store/support.js";

const run = promisify(execFile);
const child = fileURLToPath(new URL("./support/tickInChildProcess.ts", import.meta.url));
let folder: ReturnType<typeof temporaryFolder>;

beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => {
  folder.remove();
});

it("two processes ticking the same minute on one database file post each slot once", async () => {
  const dbPath = join(folder.path, "shared.db");
  const store = openSqliteStore(dbPath);
  const clock = manualClock(new Date("2026-01-14T08:00:00Z"));
  const schedules = 300;
  for (let index = 0; index < schedules; index += 1) {
    const result = await setSchedule({ store, clock }, `g${index}`, {
      channelId: `c${index}`,
      channelKind: "text",
      rule: { time: { hour: 9, minute: 0 }, zone: "Europe/London", days: [1, 2, 3, 4, 5, 6, 7] },
    });
    expect(result.ok).toBe(true);
  }
  await store.close();

  const startAt = new Date(Date.now() + 1500).toISOString();
  const tick = (owner: string) =>
    run(process.execPath, ["--import", "tsx", child, dbPath, "2026-01-14T09:00:00Z", owner, join(folder.path, `${owner}.jsonl`), startAt], { cwd: process.cwd() });
  const [a, b] = await Promise.all([tick("a"), tick("b")]);
  const reports = [JSON.parse(a.stdout), JSON.parse(b.stdout)] as { posted: number; alreadyClaimed: number; errors: number }[];
  const posts = ["a", "b"].flatMap((owner) =>
    readFileSync(join(folder.path, `${owner}.jsonl`), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { owner: string; channelId: string }),
  );
  expect(reports.map((report) => report.errors)).toEqual([0, 0]);
  expect(posts).toHaveLength(schedules);
  expect(new Set(posts.map((post) => post.channelId)).size).toBe(schedules);
  expect(reports[0]!.posted + reports[1]!.posted).toBe(schedules);

  const after = openSqliteStore(dbPath);
  const states = after.db.prepare("SELECT state, COUNT(*) AS n FROM slot_claims GROUP BY state").all();
  expect(states).toEqual([{ state: "posted", n: schedules }]);
  await after.close();
}, 60_000);

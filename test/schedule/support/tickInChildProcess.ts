// Run by twoProcesses.test.ts in a separate Node process: opens the shared database file, ticks
// once at the given instant, and writes every post request it made (one JSON line each) to a file.
import { appendFileSync, writeFileSync } from "node:fs";
import { createScheduler } from "../../../src/schedule/scheduler.js";
import { openSqliteStore } from "../../../src/store/openSqliteStore.js";
import { sampleSource } from "./sampleEssay.js";

const [dbPath, nowIso, ownerId, outFile, startAtIso] = process.argv.slice(2) as [string, string, string, string, string];
const store = openSqliteStore(dbPath);
writeFileSync(outFile, "");
let nextId = 0;
const scheduler = createScheduler({
  store,
  prompts: sampleSource(),
  clock: { now: () => new Date(nowIso) },
  random: () => 0.5,
  ownerId,
  logger: { info() {}, warn() {}, error: (details) => process.stderr.write(`${String((details as { err?: Error }).err)}\n`) },
  poster: {
    async post(request) {
      appendFileSync(outFile, `${JSON.stringify({ owner: ownerId, channelId: request.channelId, nonce: request.nonce })}\n`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      nextId += 1;
      return { messageId: `${ownerId}-${nextId}`, threadId: null, pinned: false };
    },
    async findRecentPost() {
      return null;
    },
  },
  notifier: { async notifyModerators() {} },
});
// Both processes start ticking at the same wall-clock moment.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(startAtIso) - Date.now())));
const report = await scheduler.tick(new Date(nowIso));
process.stdout.write(JSON.stringify(report));
await store.close();

// Opens Colloquy's SQLite database (better-sqlite3): creates the folder, sets WAL, foreign keys and a
// busy timeout, applies pending migrations, and returns the Store. Several processes may open the same
// file: the slot claim is a UNIQUE insert, so at most one of them posts a slot.
//
// Writes are group-committed (sqlite/groupCommit.ts). Durability: WAL with synchronous=NORMAL. A committed transaction survives a crash of the process
// (what restarts test); only a power cut can lose the last commits. FULL would fsync every claim and
// make 10,000 posts a minute disk-bound.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { Store } from "./store.js";
import { databasePath } from "./databasePath.js";
import { migrate, migrations } from "./sqlite/migrations.js";
import { sqliteScheduleStore } from "./sqlite/scheduleRows.js";
import { sqliteClaimStore } from "./sqlite/claimRows.js";
import { sqlitePromptStore } from "./sqlite/promptRows.js";
import { sqliteParticipationStore } from "./sqlite/participationRows.js";
import { groupCommit } from "./sqlite/groupCommit.js";

export interface SqliteStoreOptions {
  /** Working folder for relative paths (default: process.cwd()). */
  cwd?: string;
  /** Milliseconds to wait for another connection's write lock before failing. */
  busyTimeoutMs?: number;
  /** Time recorded for applied migrations. */
  now?: () => number;
}

export interface SqliteStore extends Store {
  /** The open connection, for tests and benchmarks that need to look underneath. */
  readonly db: Database.Database;
  readonly path: string;
  readonly schemaVersion: number;
}

export function openSqliteStore(url: string, options: SqliteStoreOptions = {}): SqliteStore {
  const path = databasePath(url, options.cwd);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    if (path !== ":memory:") db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    const { to } = migrate(db, path, migrations, (options.now ?? Date.now)());
    const writes = groupCommit(db);
    return {
      ...sqliteScheduleStore(db, writes),
      ...sqliteClaimStore(db, writes),
      ...sqlitePromptStore(db, writes),
      ...sqliteParticipationStore(db, writes),
      db,
      path,
      schemaVersion: to,
      async close() {
        await writes.drain();
        if (db.open) db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

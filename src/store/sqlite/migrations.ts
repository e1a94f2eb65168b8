// The SQLite schema as an ordered list of migrations. A database records the versions applied in
// schema_version; opening it applies the missing ones in one immediate transaction (so two processes
// opening the same file cannot both migrate). Never edit a released migration: add the next one.
import type Database from "better-sqlite3";

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: "schedules and slot claims",
    sql: `
      CREATE TABLE schedules (
        id              INTEGER PRIMARY KEY,
        guild_id        TEXT    NOT NULL,
        name            TEXT    NOT NULL,
        channel_id      TEXT    NOT NULL,
        channel_type    TEXT    NOT NULL CHECK (channel_type IN ('text', 'announcement', 'forum')),
        time            TEXT    NOT NULL,            -- "HH:MM", local to zone
        zone            TEXT    NOT NULL,            -- IANA name
        days            TEXT    NOT NULL,            -- ISO weekdays "1,2,3,4,5"
        role_id         TEXT,
        thread          INTEGER NOT NULL DEFAULT 1,
        pin             INTEGER NOT NULL DEFAULT 0,
        paused          INTEGER NOT NULL DEFAULT 0,
        skip_date       TEXT,
        essay_id        TEXT,
        active_from     INTEGER NOT NULL,
        next_fire_at    INTEGER,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL,
        last_error      TEXT,
        last_error_at   INTEGER,
        error_notified  INTEGER NOT NULL DEFAULT 0,
        disabled_reason TEXT,
        UNIQUE (guild_id, name)
      );
      -- The idle tick is one range scan of this index.
      CREATE INDEX schedules_next_fire ON schedules (next_fire_at, id) WHERE next_fire_at IS NOT NULL;

      CREATE TABLE slot_claims (
        id           INTEGER PRIMARY KEY,
        guild_id     TEXT    NOT NULL,
        schedule_id  INTEGER NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
        local_date   TEXT    NOT NULL,
        slot_at      INTEGER NOT NULL,
        kind         TEXT    NOT NULL CHECK (kind IN ('scheduled', 'manual')),
        state        TEXT    NOT NULL CHECK (state IN ('claimed', 'sending', 'posted', 'failed', 'missed', 'skipped')),
        nonce        TEXT    NOT NULL,
        attempt      INTEGER NOT NULL DEFAULT 0,
        claimed_by   TEXT    NOT NULL,
        claimed_at   INTEGER NOT NULL,
        sending_at   INTEGER,
        retry_at     INTEGER,
        essay_id     TEXT,
        section_id   TEXT,
        excerpt_id   TEXT,
        question_ids TEXT,                            -- JSON array
        day          INTEGER,
        message_id   TEXT,
        thread_id    TEXT,
        error        TEXT,
        updated_at   INTEGER NOT NULL,
        -- The claim: one post per schedule per local date, enforced by the database.
        UNIQUE (guild_id, schedule_id, local_date)
      );
      CREATE INDEX slot_claims_latest ON slot_claims (schedule_id, local_date);
      CREATE INDEX slot_claims_in_flight ON slot_claims (state) WHERE state IN ('claimed', 'sending');
    `,
  },
  {
    version: 2,
    description: "prompt history, rotation and /excerpt channel progress",
    sql: `
      CREATE TABLE prompt_history (
        id                  INTEGER PRIMARY KEY,
        guild_id            TEXT    NOT NULL,
        schedule_id         INTEGER REFERENCES schedules (id) ON DELETE SET NULL,
        claim_id            INTEGER REFERENCES slot_claims (id) ON DELETE SET NULL,
        local_date          TEXT    NOT NULL,
        day                 INTEGER NOT NULL,
        essay_id            TEXT    NOT NULL,
        section_id          TEXT    NOT NULL,
        excerpt_id          TEXT    NOT NULL,
        question_ids        TEXT    NOT NULL,         -- JSON array
        channel_id          TEXT    NOT NULL,
        message_id          TEXT    NOT NULL,
        thread_id           TEXT,
        pinned              INTEGER NOT NULL DEFAULT 0,
        unpinned_message_id TEXT,
        posted_at           INTEGER NOT NULL
      );
      CREATE INDEX prompt_history_schedule ON prompt_history (schedule_id, day);
      CREATE INDEX prompt_history_guild ON prompt_history (guild_id, posted_at);
      CREATE INDEX prompt_history_thread ON prompt_history (guild_id, thread_id) WHERE thread_id IS NOT NULL;
      CREATE INDEX prompt_history_message ON prompt_history (guild_id, message_id);
      -- Lets ON DELETE SET NULL find a deleted claim's history row without scanning.
      CREATE INDEX prompt_history_claim ON prompt_history (claim_id);

      CREATE TABLE prompt_rotation (
        schedule_id      INTEGER NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
        essay_id         TEXT    NOT NULL,
        guild_id         TEXT    NOT NULL,
        round            INTEGER NOT NULL,
        used_section_ids TEXT    NOT NULL,            -- JSON array
        updated_at       INTEGER NOT NULL,
        PRIMARY KEY (schedule_id, essay_id)
      );

      CREATE TABLE channel_progress (
        guild_id         TEXT    NOT NULL,
        channel_id       TEXT    NOT NULL,
        essay_id         TEXT    NOT NULL,
        round            INTEGER NOT NULL,
        seen_section_ids TEXT    NOT NULL,            -- JSON array
        updated_at       INTEGER NOT NULL,
        PRIMARY KEY (guild_id, channel_id, essay_id)
      );
    `,
  },
  {
    version: 3,
    description: "participation (ids and times only, never message content)",
    sql: `
      CREATE TABLE participation (
        prompt_id          INTEGER NOT NULL REFERENCES prompt_history (id) ON DELETE CASCADE,
        user_id            TEXT    NOT NULL,
        guild_id           TEXT    NOT NULL,
        first_answered_at  INTEGER NOT NULL,
        via                TEXT    NOT NULL CHECK (via IN ('thread', 'modal')),
        PRIMARY KEY (prompt_id, user_id)
      ) WITHOUT ROWID;
      CREATE INDEX participation_member ON participation (guild_id, user_id);
    `,
  },
];

export class SchemaTooNewError extends Error {
  constructor(where: string, found: number, known: number) {
    super(
      `The database at ${where} has schema version ${found}, but this Colloquy knows only up to ${known}: ` +
        `it was written by a newer release. Upgrade Colloquy, or set DATABASE_URL to another file.`,
    );
    this.name = "SchemaTooNewError";
  }
}

export function schemaVersion(db: Database.Database): number {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at INTEGER NOT NULL)",
  );
  const row = db.prepare("SELECT MAX(version) AS version FROM schema_version").get() as { version: number | null };
  return row.version ?? 0;
}

/** Applies the migrations newer than the database's version; returns the versions before and after. */
export function migrate(db: Database.Database, where: string, list: readonly Migration[], at: number): { from: number; to: number } {
  const known = list.reduce((highest, migration) => Math.max(highest, migration.version), 0);
  const apply = db.transaction(() => {
    const from = schemaVersion(db);
    if (from > known) throw new SchemaTooNewError(where, from, known);
    const record = db.prepare("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)");
    for (const migration of [...list].sort((a, b) => a.version - b.version)) {
      if (migration.version <= from) continue;
      db.exec(migration.sql);
      record.run(migration.version, migration.description, at);
    }
    return { from, to: Math.max(from, known) };
  });
  return apply.immediate();
}

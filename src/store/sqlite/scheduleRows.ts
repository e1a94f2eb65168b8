// SQLite side of ScheduleStore: schedule rows and their mapping to ScheduleRecord.
import type Database from "better-sqlite3";
import { formatLocalTime, parseTime } from "../../schedule/parseTime.js";
import type { IsoWeekday, LocalTime } from "../../schedule/scheduleRule.js";
import type { ChannelKind } from "../../schedule/promptPoster.js";
import type { ScheduleRecord, SchedulePatch, ScheduleSettings, ScheduleStore } from "../store.js";
import type { GroupCommit } from "./groupCommit.js";

export interface ScheduleRow {
  id: number;
  guild_id: string;
  name: string;
  channel_id: string;
  channel_type: string;
  time: string;
  zone: string;
  days: string;
  role_id: string | null;
  thread: number;
  pin: number;
  paused: number;
  skip_date: string | null;
  essay_id: string | null;
  active_from: number;
  next_fire_at: number | null;
  created_at: number;
  updated_at: number;
  last_error: string | null;
  last_error_at: number | null;
  error_notified: number;
  disabled_reason: string | null;
}

function storedTime(text: string): LocalTime {
  const parsed = parseTime(text);
  if (!parsed.ok) throw new Error(`Stored schedule time '${text}' is unreadable.`);
  return parsed.value;
}

export function scheduleFromRow(row: ScheduleRow): ScheduleRecord {
  return {
    id: row.id,
    guildId: row.guild_id,
    name: row.name,
    channelId: row.channel_id,
    channelKind: row.channel_type as ChannelKind,
    rule: {
      time: storedTime(row.time),
      zone: row.zone,
      days: row.days.split(",").map((day) => Number(day) as IsoWeekday),
    },
    roleId: row.role_id,
    thread: row.thread === 1,
    pin: row.pin === 1,
    essayId: row.essay_id,
    paused: row.paused === 1,
    skipDate: row.skip_date,
    activeFrom: row.active_from,
    nextFireAt: row.next_fire_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    errorNotified: row.error_notified === 1,
    disabledReason: row.disabled_reason,
  };
}

/** Column values of a patch (only the fields present). */
function patchColumns(patch: SchedulePatch): Record<string, string | number | null> {
  const columns: Record<string, string | number | null> = {};
  const flag = (value: boolean) => (value ? 1 : 0);
  if (patch.name !== undefined) columns.name = patch.name;
  if (patch.channelId !== undefined) columns.channel_id = patch.channelId;
  if (patch.channelKind !== undefined) columns.channel_type = patch.channelKind;
  if (patch.rule !== undefined) {
    columns.time = formatLocalTime(patch.rule.time);
    columns.zone = patch.rule.zone;
    columns.days = patch.rule.days.join(",");
  }
  if (patch.roleId !== undefined) columns.role_id = patch.roleId;
  if (patch.thread !== undefined) columns.thread = flag(patch.thread);
  if (patch.pin !== undefined) columns.pin = flag(patch.pin);
  if (patch.essayId !== undefined) columns.essay_id = patch.essayId;
  if (patch.paused !== undefined) columns.paused = flag(patch.paused);
  if (patch.skipDate !== undefined) columns.skip_date = patch.skipDate;
  if (patch.activeFrom !== undefined) columns.active_from = patch.activeFrom;
  if (patch.nextFireAt !== undefined) columns.next_fire_at = patch.nextFireAt;
  if (patch.lastError !== undefined) columns.last_error = patch.lastError;
  if (patch.lastErrorAt !== undefined) columns.last_error_at = patch.lastErrorAt;
  if (patch.errorNotified !== undefined) columns.error_notified = flag(patch.errorNotified);
  if (patch.disabledReason !== undefined) columns.disabled_reason = patch.disabledReason;
  return columns;
}

/** Applies a patch to one schedule (callers wrap it in their own transaction when it is part of more). */
export function applySchedulePatch(db: Database.Database, scheduleId: number, patch: SchedulePatch, at: number): void {
  const columns = patchColumns(patch);
  const names = Object.keys(columns);
  // Column names come from the fixed list above, never from input.
  const key = names.join(",");
  let statements = patchStatements.get(db);
  if (!statements) patchStatements.set(db, (statements = new Map()));
  let statement = statements.get(key);
  if (!statement) {
    const assignments = [...names.map((name) => `${name} = @${name}`), "updated_at = @updated_at"].join(", ");
    statement = db.prepare(`UPDATE schedules SET ${assignments} WHERE id = @id`);
    statements.set(key, statement);
  }
  statement.run({ ...columns, updated_at: at, id: scheduleId });
}

// One prepared UPDATE per combination of patched columns (a handful in practice).
const patchStatements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function sqliteScheduleStore(db: Database.Database, writes: GroupCommit): ScheduleStore {
  const insert = db.prepare(`
    INSERT INTO schedules (guild_id, name, channel_id, channel_type, time, zone, days, role_id, thread, pin, essay_id,
                           active_from, next_fire_at, created_at, updated_at)
    VALUES (@guild_id, @name, @channel_id, @channel_type, @time, @zone, @days, @role_id, @thread, @pin, @essay_id,
            @active_from, @next_fire_at, @at, @at)
    RETURNING *`);
  const byId = db.prepare("SELECT * FROM schedules WHERE guild_id = ? AND id = ?");
  const byName = db.prepare("SELECT * FROM schedules WHERE guild_id = ? AND name = ?");
  const ofGuild = db.prepare("SELECT * FROM schedules WHERE guild_id = ? ORDER BY id");
  const remove = db.prepare("DELETE FROM schedules WHERE guild_id = ? AND id = ?");
  const update = db.transaction((guildId: string, scheduleId: number, patch: SchedulePatch, at: number) => {
    if (!byId.get(guildId, scheduleId)) return null;
    applySchedulePatch(db, scheduleId, patch, at);
    return byId.get(guildId, scheduleId) as ScheduleRow;
  });

  return {
    async createSchedule(guildId: string, settings: ScheduleSettings, fields) {
      const row = await writes.write(() => insert.get({
        guild_id: guildId,
        name: settings.name,
        channel_id: settings.channelId,
        channel_type: settings.channelKind,
        time: formatLocalTime(settings.rule.time),
        zone: settings.rule.zone,
        days: settings.rule.days.join(","),
        role_id: settings.roleId,
        thread: settings.thread ? 1 : 0,
        pin: settings.pin ? 1 : 0,
        essay_id: settings.essayId,
        active_from: fields.activeFrom,
        next_fire_at: fields.nextFireAt,
        at: fields.at,
      })) as ScheduleRow;
      return scheduleFromRow(row);
    },
    async getSchedule(guildId, scheduleId) {
      const row = byId.get(guildId, scheduleId) as ScheduleRow | undefined;
      return row ? scheduleFromRow(row) : null;
    },
    async findScheduleByName(guildId, name) {
      const row = byName.get(guildId, name) as ScheduleRow | undefined;
      return row ? scheduleFromRow(row) : null;
    },
    async listSchedules(guildId) {
      return (ofGuild.all(guildId) as ScheduleRow[]).map(scheduleFromRow);
    },
    async updateSchedule(guildId, scheduleId, patch, at) {
      const row = await writes.write(() => update(guildId, scheduleId, patch, at));
      return row ? scheduleFromRow(row) : null;
    },
    async deleteSchedule(guildId, scheduleId) {
      return (await writes.write(() => remove.run(guildId, scheduleId))).changes > 0;
    },
  };
}

// SQLite side of PromptStore: the history of posted prompts, each schedule's rotation through the
// essay, and each channel's `/excerpt` progress.
import type Database from "better-sqlite3";
import { freshRotation, type RotationState } from "../../prompts/rotation.js";
import type { PromptRecord, PromptStore } from "../store.js";
import type { GroupCommit } from "./groupCommit.js";

export interface PromptRow {
  id: number;
  guild_id: string;
  schedule_id: number | null;
  claim_id: number | null;
  local_date: string;
  day: number;
  essay_id: string;
  section_id: string;
  excerpt_id: string;
  question_ids: string;
  channel_id: string;
  message_id: string;
  thread_id: string | null;
  pinned: number;
  unpinned_message_id: string | null;
  posted_at: number;
}

export function promptFromRow(row: PromptRow): PromptRecord {
  return {
    id: row.id,
    guildId: row.guild_id,
    scheduleId: row.schedule_id,
    claimId: row.claim_id,
    localDate: row.local_date,
    day: row.day,
    essayId: row.essay_id,
    sectionId: row.section_id,
    excerptId: row.excerpt_id,
    questionIds: JSON.parse(row.question_ids) as string[],
    channelId: row.channel_id,
    messageId: row.message_id,
    threadId: row.thread_id,
    pinned: row.pinned === 1,
    unpinnedMessageId: row.unpinned_message_id,
    postedAt: row.posted_at,
  };
}

function rotationFromRow(row: { round: number; ids: string } | undefined): RotationState {
  return row ? { round: row.round, usedIds: JSON.parse(row.ids) as string[] } : freshRotation;
}

export function sqlitePromptStore(db: Database.Database, writes: GroupCommit): PromptStore {
  const rotation = db.prepare("SELECT round, used_section_ids AS ids FROM prompt_rotation WHERE schedule_id = ? AND essay_id = ?");
  const maxDay = db.prepare("SELECT MAX(day) AS day FROM prompt_history WHERE schedule_id = ?");
  const lastPinned = db.prepare(
    "SELECT message_id FROM prompt_history WHERE schedule_id = ? AND pinned = 1 ORDER BY posted_at DESC, id DESC LIMIT 1",
  );
  const latest = db.prepare("SELECT * FROM prompt_history WHERE schedule_id = ? ORDER BY posted_at DESC, id DESC LIMIT 1");
  const byThread = db.prepare("SELECT * FROM prompt_history WHERE guild_id = ? AND thread_id = ? ORDER BY id DESC LIMIT 1");
  const byMessage = db.prepare("SELECT * FROM prompt_history WHERE guild_id = ? AND message_id = ? ORDER BY id DESC LIMIT 1");
  const since = db.prepare("SELECT * FROM prompt_history WHERE guild_id = ? AND posted_at >= ? ORDER BY posted_at, id");
  const progress = db.prepare(
    "SELECT round, seen_section_ids AS ids FROM channel_progress WHERE guild_id = ? AND channel_id = ? AND essay_id = ?",
  );
  const saveProgress = db.prepare(`
    INSERT INTO channel_progress (guild_id, channel_id, essay_id, round, seen_section_ids, updated_at)
    VALUES (@guild_id, @channel_id, @essay_id, @round, @ids, @at)
    ON CONFLICT (guild_id, channel_id, essay_id) DO UPDATE SET round = excluded.round,
      seen_section_ids = excluded.seen_section_ids, updated_at = excluded.updated_at`);
  const one = (row: unknown) => (row ? promptFromRow(row as PromptRow) : null);

  return {
    async getRotation(scheduleId, essayId) {
      return rotationFromRow(rotation.get(scheduleId, essayId) as { round: number; ids: string } | undefined);
    },
    async nextDayNumber(scheduleId) {
      return ((maxDay.get(scheduleId) as { day: number | null }).day ?? 0) + 1;
    },
    async lastPinnedMessageId(scheduleId) {
      return (lastPinned.get(scheduleId) as { message_id: string } | undefined)?.message_id ?? null;
    },
    async latestPrompt(scheduleId) {
      return one(latest.get(scheduleId));
    },
    async findPromptByThread(guildId, threadId) {
      return one(byThread.get(guildId, threadId));
    },
    async findPromptByMessage(guildId, messageId) {
      return one(byMessage.get(guildId, messageId));
    },
    async listPrompts(guildId, from) {
      return (since.all(guildId, from) as PromptRow[]).map(promptFromRow);
    },
    async getChannelProgress(guildId, channelId, essayId) {
      return rotationFromRow(progress.get(guildId, channelId, essayId) as { round: number; ids: string } | undefined);
    },
    async saveChannelProgress(guildId, channelId, essayId, state, at) {
      await writes.write(() =>
        saveProgress.run({ guild_id: guildId, channel_id: channelId, essay_id: essayId, round: state.round, ids: JSON.stringify(state.usedIds), at }),
      );
    },
  };
}

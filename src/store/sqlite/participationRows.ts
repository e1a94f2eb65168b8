// SQLite side of ParticipationStore: who answered which prompt and when (never what they wrote),
// one row per member per prompt, and erasure of a member's rows on request.
import type Database from "better-sqlite3";
import type { AnswerRecord, AnswerVia, ParticipationStore } from "../store.js";
import type { GroupCommit } from "./groupCommit.js";

interface AnswerRow {
  guild_id: string;
  prompt_id: number;
  user_id: string;
  first_answered_at: number;
  via: string;
}

function answerFromRow(row: AnswerRow): AnswerRecord {
  return { guildId: row.guild_id, promptId: row.prompt_id, userId: row.user_id, firstAnsweredAt: row.first_answered_at, via: row.via as AnswerVia };
}

export function sqliteParticipationStore(db: Database.Database, writes: GroupCommit): ParticipationStore {
  // Only prompts of the same guild can be answered: the SELECT guards against a forged prompt id.
  const insert = db.prepare(`
    INSERT INTO participation (prompt_id, user_id, guild_id, first_answered_at, via)
    SELECT id, @user_id, guild_id, @at, @via FROM prompt_history WHERE id = @prompt_id AND guild_id = @guild_id
    ON CONFLICT (prompt_id, user_id) DO NOTHING`);
  const since = db.prepare(`
    SELECT a.* FROM participation a JOIN prompt_history p ON p.id = a.prompt_id
    WHERE p.guild_id = ? AND p.posted_at >= ? ORDER BY a.first_answered_at`);
  const sinceForMember = db.prepare(`
    SELECT a.* FROM participation a JOIN prompt_history p ON p.id = a.prompt_id
    WHERE a.guild_id = ? AND a.user_id = ? AND p.posted_at >= ? ORDER BY a.first_answered_at`);
  const erase = db.prepare("DELETE FROM participation WHERE guild_id = ? AND user_id = ?");

  return {
    async recordAnswer(answer) {
      const result = await writes.write(() =>
        insert.run({ prompt_id: answer.promptId, user_id: answer.userId, guild_id: answer.guildId, at: answer.firstAnsweredAt, via: answer.via }),
      );
      return result.changes === 1;
    },
    async listAnswers(guildId, from, userId) {
      const rows = userId === undefined ? since.all(guildId, from) : sinceForMember.all(guildId, userId, from);
      return (rows as AnswerRow[]).map(answerFromRow);
    },
    async eraseMember(guildId, userId) {
      return (await writes.write(() => erase.run(guildId, userId))).changes;
    },
  };
}

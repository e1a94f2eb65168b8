// SQLite side of ClaimStore: the database-side claim on a slot (an INSERT that fails when the slot
// is taken) and every state change after it, each in one transaction with the rows it implies.
// Writes go through group commit (groupCommit.ts), whose transactions are IMMEDIATE: a deferred one
// that reads and then writes fails at once with "database is locked" when another process wrote in
// between, instead of waiting its turn.
import type Database from "better-sqlite3";
import type { ClaimRecord, ClaimSelection, ClaimState, ClaimStore, DueSchedule, NewClaim, PromptRecord } from "../store.js";
import { applySchedulePatch, scheduleFromRow, type ScheduleRow } from "./scheduleRows.js";
import { promptFromRow, type PromptRow } from "./promptRows.js";
import type { GroupCommit } from "./groupCommit.js";

interface ClaimRow {
  id: number;
  guild_id: string;
  schedule_id: number;
  local_date: string;
  slot_at: number;
  kind: string;
  state: string;
  nonce: string;
  attempt: number;
  claimed_by: string;
  claimed_at: number;
  sending_at: number | null;
  retry_at: number | null;
  essay_id: string | null;
  section_id: string | null;
  excerpt_id: string | null;
  question_ids: string | null;
  day: number | null;
  message_id: string | null;
  thread_id: string | null;
  error: string | null;
  updated_at: number;
}

function claimFromRow(row: ClaimRow): ClaimRecord {
  const selection: ClaimSelection | null =
    row.essay_id !== null && row.section_id !== null && row.excerpt_id !== null && row.question_ids !== null && row.day !== null
      ? {
          essayId: row.essay_id,
          sectionId: row.section_id,
          excerptId: row.excerpt_id,
          questionIds: JSON.parse(row.question_ids) as string[],
          day: row.day,
        }
      : null;
  return {
    id: row.id,
    guildId: row.guild_id,
    scheduleId: row.schedule_id,
    localDate: row.local_date,
    slotAt: row.slot_at,
    kind: row.kind as ClaimRecord["kind"],
    state: row.state as ClaimState,
    nonce: row.nonce,
    attempt: row.attempt,
    claimedBy: row.claimed_by,
    claimedAt: row.claimed_at,
    sendingAt: row.sending_at,
    retryAt: row.retry_at,
    selection,
    messageId: row.message_id,
    threadId: row.thread_id,
    error: row.error,
    updatedAt: row.updated_at,
  };
}

export function sqliteClaimStore(db: Database.Database, writes: GroupCommit): ClaimStore {
  const dueFirstPage = db.prepare(`
    SELECT * FROM schedules
    WHERE next_fire_at IS NOT NULL AND next_fire_at <= @now
    ORDER BY next_fire_at, id LIMIT @limit`);
  const dueNextPage = db.prepare(`
    SELECT * FROM schedules
    WHERE next_fire_at IS NOT NULL AND next_fire_at <= @now AND (next_fire_at, id) > (@after_at, @after_id)
    ORDER BY next_fire_at, id LIMIT @limit`);
  const latest = db.prepare("SELECT * FROM slot_claims WHERE schedule_id = ? ORDER BY local_date DESC LIMIT 1");
  const recent = db.prepare("SELECT * FROM slot_claims WHERE schedule_id = ? ORDER BY local_date DESC LIMIT ?");
  const byId = db.prepare("SELECT * FROM slot_claims WHERE id = ?");
  const insert = db.prepare(`
    INSERT INTO slot_claims (guild_id, schedule_id, local_date, slot_at, kind, state, nonce, claimed_by, claimed_at, updated_at)
    VALUES (@guild_id, @schedule_id, @local_date, @slot_at, @kind, @state, @nonce, @claimed_by, @at, @at)
    ON CONFLICT DO NOTHING
    RETURNING *`);
  const sending = db.prepare(`
    UPDATE slot_claims
    SET state = 'sending', attempt = attempt + 1, sending_at = @at, retry_at = NULL, updated_at = @at,
        essay_id = @essay_id, section_id = @section_id, excerpt_id = @excerpt_id, question_ids = @question_ids, day = @day
    WHERE id = @id
    RETURNING *`);
  const posted = db.prepare(`
    UPDATE slot_claims SET state = 'posted', message_id = @message_id, thread_id = @thread_id, error = NULL,
                           retry_at = NULL, updated_at = @at
    WHERE id = @id`);
  const unposted = db.prepare(`
    UPDATE slot_claims SET state = @state, error = @error, retry_at = @retry_at, updated_at = @at WHERE id = @id`);
  const insertPrompt = db.prepare(`
    INSERT INTO prompt_history (guild_id, schedule_id, claim_id, local_date, day, essay_id, section_id, excerpt_id,
                                question_ids, channel_id, message_id, thread_id, pinned, unpinned_message_id, posted_at)
    VALUES (@guild_id, @schedule_id, @claim_id, @local_date, @day, @essay_id, @section_id, @excerpt_id,
            @question_ids, @channel_id, @message_id, @thread_id, @pinned, @unpinned_message_id, @posted_at)
    RETURNING *`);
  const saveRotation = db.prepare(`
    INSERT INTO prompt_rotation (schedule_id, essay_id, guild_id, round, used_section_ids, updated_at)
    VALUES (@schedule_id, @essay_id, @guild_id, @round, @used, @at)
    ON CONFLICT (schedule_id, essay_id) DO UPDATE SET round = excluded.round, used_section_ids = excluded.used_section_ids,
                                                      updated_at = excluded.updated_at`);
  const release = db.prepare("DELETE FROM slot_claims WHERE id = ?");
  const inFlight = db.prepare(`
    SELECT * FROM slot_claims
    WHERE state IN ('claimed', 'sending') AND (claimed_by = ? OR updated_at < ?)
    ORDER BY slot_at, id`);
  const nextFire = db.prepare("UPDATE schedules SET next_fire_at = ? WHERE id = ?");

  const recordUnpostedSlots = db.transaction(
    (guildId: string, scheduleId: number, slots: readonly { localDate: string; slotAt: number; nonce: string }[], state: string, by: string, at: number) => {
      let inserted = 0;
      for (const slot of slots) {
        const row = insert.get({
          guild_id: guildId,
          schedule_id: scheduleId,
          local_date: slot.localDate,
          slot_at: slot.slotAt,
          kind: "scheduled",
          state,
          nonce: slot.nonce,
          claimed_by: by,
          at,
        });
        if (row) inserted += 1;
      }
      return inserted;
    },
  );

  const recordPosted = db.transaction((outcome: Parameters<ClaimStore["recordPosted"]>[0]): PromptRecord => {
    const { prompt, at } = outcome;
    if (outcome.claimId !== null) {
      posted.run({ id: outcome.claimId, message_id: prompt.messageId, thread_id: prompt.threadId, at });
    }
    const row = insertPrompt.get({
      guild_id: prompt.guildId,
      schedule_id: prompt.scheduleId,
      claim_id: outcome.claimId,
      local_date: prompt.localDate,
      day: prompt.day,
      essay_id: prompt.essayId,
      section_id: prompt.sectionId,
      excerpt_id: prompt.excerptId,
      question_ids: JSON.stringify(prompt.questionIds),
      channel_id: prompt.channelId,
      message_id: prompt.messageId,
      thread_id: prompt.threadId,
      pinned: prompt.pinned ? 1 : 0,
      unpinned_message_id: prompt.unpinnedMessageId,
      posted_at: prompt.postedAt,
    }) as PromptRow;
    if (prompt.scheduleId !== null) {
      saveRotation.run({
        schedule_id: prompt.scheduleId,
        essay_id: prompt.essayId,
        guild_id: prompt.guildId,
        round: outcome.rotation.round,
        used: JSON.stringify(outcome.rotation.usedIds),
        at,
      });
      applySchedulePatch(db, prompt.scheduleId, outcome.schedulePatch, at);
    }
    return promptFromRow(row);
  });

  const recordUnposted = db.transaction((outcome: Parameters<ClaimStore["recordUnposted"]>[0]) => {
    const claim = byId.get(outcome.claimId) as ClaimRow | undefined;
    if (!claim) return;
    unposted.run({ id: outcome.claimId, state: outcome.state, error: outcome.error, retry_at: outcome.retryAt, at: outcome.at });
    applySchedulePatch(db, claim.schedule_id, outcome.schedulePatch, outcome.at);
  });

  const latestOf = (scheduleId: number) => {
    const row = latest.get(scheduleId) as ClaimRow | undefined;
    return row ? claimFromRow(row) : null;
  };

  return {
    async dueSchedules(now, after, limit) {
      const rows = (
        after === null
          ? dueFirstPage.all({ now, limit })
          : dueNextPage.all({ now, limit, after_at: after.nextFireAt, after_id: after.scheduleId })
      ) as ScheduleRow[];
      return rows.map((row): DueSchedule => ({ schedule: scheduleFromRow(row), latestClaim: latestOf(row.id) }));
    },
    async claimSlot(claim: NewClaim) {
      const row = await writes.write(() => insert.get({
        guild_id: claim.guildId,
        schedule_id: claim.scheduleId,
        local_date: claim.localDate,
        slot_at: claim.slotAt,
        kind: claim.kind,
        state: "claimed",
        nonce: claim.nonce,
        claimed_by: claim.claimedBy,
        at: claim.at,
      })) as ClaimRow | undefined;
      return row ? claimFromRow(row) : null;
    },
    async recordUnpostedSlots(guildId, scheduleId, slots, state, by, at) {
      return slots.length === 0 ? 0 : writes.write(() => recordUnpostedSlots(guildId, scheduleId, slots, state, by, at));
    },
    async markSending(claimId, selection, at) {
      const row = (await writes.write(() => sending.get({
        id: claimId,
        at,
        essay_id: selection.essayId,
        section_id: selection.sectionId,
        excerpt_id: selection.excerptId,
        question_ids: JSON.stringify(selection.questionIds),
        day: selection.day,
      }))) as ClaimRow | undefined;
      if (!row) throw new Error(`Slot claim ${claimId} no longer exists.`);
      return claimFromRow(row);
    },
    async recordPosted(outcome) {
      return writes.write(() => recordPosted(outcome));
    },
    async recordUnposted(outcome) {
      await writes.write(() => recordUnposted(outcome));
    },
    async releaseClaim(claimId) {
      await writes.write(() => release.run(claimId));
    },
    async inFlightClaims(ownerId, staleBefore) {
      return (inFlight.all(ownerId, staleBefore) as ClaimRow[]).map(claimFromRow);
    },
    async getClaim(claimId) {
      const row = byId.get(claimId) as ClaimRow | undefined;
      return row ? claimFromRow(row) : null;
    },
    async latestClaim(scheduleId) {
      return latestOf(scheduleId);
    },
    async recentClaims(scheduleId, limit) {
      return (recent.all(scheduleId, limit) as ClaimRow[]).map(claimFromRow);
    },
    async setNextFireAt(scheduleId, nextFireAt) {
      await writes.write(() => nextFire.run(nextFireAt, scheduleId));
    },
  };
}

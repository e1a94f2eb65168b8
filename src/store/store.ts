// Colloquy's persistence port: everything the daily prompts, /excerpt progress and participation
// stats keep between restarts. The database, not memory, is the source of truth (claims included),
// so a restart or a second process never posts twice.
//
// Why every method returns a Promise although SQLite (better-sqlite3) is synchronous: a PostgreSQL
// implementation (the scale-out step) is necessarily asynchronous, and an async interface makes
// callers await from day one, so swapping the implementation changes no caller. Each method is one
// unit of work: every multi-row change (recording a post, its history, rotation and schedule
// together) happens inside the method in one transaction, so no transaction ever spans an await.
// Instants are epoch milliseconds (INTEGER in SQLite, bigint in PostgreSQL); dates are "YYYY-MM-DD".
import type { RotationState } from "../prompts/rotation.js";
import type { ChannelKind } from "../schedule/promptPoster.js";
import type { ScheduleRule } from "../schedule/scheduleRule.js";

/** What a moderator configures with `/schedule set`. */
export interface ScheduleSettings {
  /** Unique within the guild; several schedules per guild are allowed (see docs/scheduling.md). */
  name: string;
  channelId: string;
  channelKind: ChannelKind;
  rule: ScheduleRule;
  roleId: string | null;
  thread: boolean;
  pin: boolean;
  /** Which essay to post from; null = the guild's default essay. */
  essayId: string | null;
}

export interface ScheduleRecord extends ScheduleSettings {
  id: number;
  guildId: string;
  paused: boolean;
  skipDate: string | null;
  /** Slots before this instant are not owed (set on creation, change of time/zone/days, resume). */
  activeFrom: number;
  /** When the scheduler should next look at this schedule; null when paused or disabled. Indexed. */
  nextFireAt: number | null;
  createdAt: number;
  updatedAt: number;
  lastError: string | null;
  lastErrorAt: number | null;
  /** Moderators were told about the current error episode. */
  errorNotified: boolean;
  /** Set after a 403/404: no posting until a moderator changes or resumes the schedule. */
  disabledReason: string | null;
}

/** Fields the engine and the moderator operations change. */
export type SchedulePatch = Partial<
  ScheduleSettings &
    Pick<
      ScheduleRecord,
      "paused" | "skipDate" | "activeFrom" | "nextFireAt" | "lastError" | "lastErrorAt" | "errorNotified" | "disabledReason"
    >
>;

export type ClaimState = "claimed" | "sending" | "posted" | "failed" | "missed" | "skipped";

/** What a claimed slot will post, fixed before the first send so a repost sends the same prompt. */
export interface ClaimSelection {
  essayId: string;
  sectionId: string;
  excerptId: string;
  questionIds: string[];
  day: number;
}

export interface ClaimRecord {
  id: number;
  guildId: string;
  scheduleId: number;
  localDate: string;
  slotAt: number;
  kind: "scheduled" | "manual";
  state: ClaimState;
  nonce: string;
  /** Send attempts made so far. */
  attempt: number;
  /** Owner id of the process that claimed it (one process today; shards or hosts later). */
  claimedBy: string;
  claimedAt: number;
  /** Last time a send was attempted: how old the nonce is for Discord's dedupe window. */
  sendingAt: number | null;
  /** For a failed claim that will be tried again later today. */
  retryAt: number | null;
  selection: ClaimSelection | null;
  messageId: string | null;
  threadId: string | null;
  error: string | null;
  updatedAt: number;
}

export interface NewClaim {
  guildId: string;
  scheduleId: number;
  localDate: string;
  slotAt: number;
  kind: "scheduled" | "manual";
  nonce: string;
  claimedBy: string;
  at: number;
}

export interface UnpostedSlot {
  localDate: string;
  slotAt: number;
  nonce: string;
}

export interface DueSchedule {
  schedule: ScheduleRecord;
  /** The claim with the latest local date, if any. */
  latestClaim: ClaimRecord | null;
}

/** Keyset cursor for paging through due schedules. */
export interface DueCursor {
  nextFireAt: number;
  scheduleId: number;
}

export interface PromptRecord {
  id: number;
  guildId: string;
  /** Null once the schedule is cleared (the history and its participation stay). */
  scheduleId: number | null;
  claimId: number | null;
  localDate: string;
  day: number;
  essayId: string;
  sectionId: string;
  excerptId: string;
  questionIds: string[];
  channelId: string;
  messageId: string;
  threadId: string | null;
  pinned: boolean;
  /** The previously pinned prompt that this post unpinned. */
  unpinnedMessageId: string | null;
  postedAt: number;
}

export type NewPrompt = Omit<PromptRecord, "id">;

export interface PostedOutcome {
  /** Null for an extra `/prompt now` post that took no slot. */
  claimId: number | null;
  prompt: NewPrompt;
  /** Rotation of the schedule after this post. */
  rotation: RotationState;
  schedulePatch: SchedulePatch;
  at: number;
}

export interface UnpostedOutcome {
  claimId: number;
  state: "failed" | "missed";
  error: string;
  /** Try again at this instant (still the same local day); null = final. */
  retryAt: number | null;
  schedulePatch: SchedulePatch;
  at: number;
}

export type AnswerVia = "thread" | "modal";

/** One member's participation in one prompt: ids and times only, never what they wrote. */
export interface AnswerRecord {
  guildId: string;
  promptId: number;
  userId: string;
  firstAnsweredAt: number;
  via: AnswerVia;
}

export interface ScheduleStore {
  createSchedule(guildId: string, settings: ScheduleSettings, fields: { activeFrom: number; nextFireAt: number | null; at: number }): Promise<ScheduleRecord>;
  getSchedule(guildId: string, scheduleId: number): Promise<ScheduleRecord | null>;
  findScheduleByName(guildId: string, name: string): Promise<ScheduleRecord | null>;
  listSchedules(guildId: string): Promise<ScheduleRecord[]>;
  updateSchedule(guildId: string, scheduleId: number, patch: SchedulePatch, at: number): Promise<ScheduleRecord | null>;
  /** Removes the schedule and its claims; its prompt history and participation stay for stats. */
  deleteSchedule(guildId: string, scheduleId: number): Promise<boolean>;
}

export interface ClaimStore {
  /** Schedules whose nextFireAt ≤ now, in (nextFireAt, id) order: one indexed range query. */
  dueSchedules(now: number, after: DueCursor | null, limit: number): Promise<DueSchedule[]>;
  /** The database-side claim: inserts the slot, or returns null if any process already claimed it. */
  claimSlot(claim: NewClaim): Promise<ClaimRecord | null>;
  /** Records missed or skipped slots (never posted) in one transaction; existing ones are left alone. */
  recordUnpostedSlots(guildId: string, scheduleId: number, slots: readonly UnpostedSlot[], state: "missed" | "skipped", by: string, at: number): Promise<number>;
  /** Marks the claim as being sent (state sending, attempt + 1) with the prompt it sends. */
  markSending(claimId: number, selection: ClaimSelection, at: number): Promise<ClaimRecord>;
  /** Claim → posted, prompt history row, rotation and schedule: one transaction. */
  recordPosted(outcome: PostedOutcome): Promise<PromptRecord>;
  /** Claim → failed or missed, and the schedule patch: one transaction. */
  recordUnposted(outcome: UnpostedOutcome): Promise<void>;
  /** Gives a slot back (a failed `/prompt now`), so the scheduled post can still happen. */
  releaseClaim(claimId: number): Promise<void>;
  /** Claims left claimed/sending by this owner, or by anyone before `staleBefore` (a crashed process). */
  inFlightClaims(ownerId: string, staleBefore: number): Promise<ClaimRecord[]>;
  getClaim(claimId: number): Promise<ClaimRecord | null>;
  latestClaim(scheduleId: number): Promise<ClaimRecord | null>;
  recentClaims(scheduleId: number, limit: number): Promise<ClaimRecord[]>;
  setNextFireAt(scheduleId: number, nextFireAt: number | null): Promise<void>;
}

export interface PromptStore {
  getRotation(scheduleId: number, essayId: string): Promise<RotationState>;
  /** 1 + the highest day number this schedule has posted. */
  nextDayNumber(scheduleId: number): Promise<number>;
  /** The message of the schedule's most recent pinned prompt, to unpin when the next is pinned. */
  lastPinnedMessageId(scheduleId: number): Promise<string | null>;
  latestPrompt(scheduleId: number): Promise<PromptRecord | null>;
  findPromptByThread(guildId: string, threadId: string): Promise<PromptRecord | null>;
  findPromptByMessage(guildId: string, messageId: string): Promise<PromptRecord | null>;
  /** The guild's prompts posted at or after `since`, oldest first. */
  listPrompts(guildId: string, since: number): Promise<PromptRecord[]>;
  /** `/excerpt` with no option: which sections this channel has seen of an essay. */
  getChannelProgress(guildId: string, channelId: string, essayId: string): Promise<RotationState>;
  saveChannelProgress(guildId: string, channelId: string, essayId: string, state: RotationState, at: number): Promise<void>;
}

export interface ParticipationStore {
  /** True when this is the member's first answer to that prompt (counted once, whatever the route). */
  recordAnswer(answer: AnswerRecord): Promise<boolean>;
  /** The guild's answers to prompts posted at or after `since`, optionally of one member. */
  listAnswers(guildId: string, since: number, userId?: string): Promise<AnswerRecord[]>;
  /** Deletes everything recorded about a member in a guild; returns the number of rows removed. */
  eraseMember(guildId: string, userId: string): Promise<number>;
}

export interface Store extends ScheduleStore, ClaimStore, PromptStore, ParticipationStore {
  close(): Promise<void>;
}

// The emulator's internal records: what it knows about guilds, channels, roles, members and
// messages. Routes and the gateway turn these into Discord's JSON shapes (see serialize.ts);
// keeping permissions as bigints and members in maps keeps permission checks cheap.
import type { APIAllowedMentions, APIMessage } from "discord.js";

export interface UserRecord {
  id: string;
  username: string;
  globalName: string | null;
  bot: boolean;
}

export interface RoleRecord {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
  color: number;
  hoist: boolean;
  mentionable: boolean;
  /** Set on the role Discord creates for a bot when it joins (a "managed" role). */
  botId: string | null;
}

export interface MemberRecord {
  userId: string;
  roleIds: string[];
  nick: string | null;
  joinedAt: string;
}

/** A permission overwrite: type 0 targets a role, type 1 a member. */
export interface OverwriteRecord {
  id: string;
  type: 0 | 1;
  allow: bigint;
  deny: bigint;
}

export interface ThreadState {
  ownerId: string;
  archived: boolean;
  locked: boolean;
  autoArchiveDuration: number;
  archiveTimestamp: string;
  createTimestamp: string;
  messageCount: number;
  totalMessageSent: number;
  memberIds: Set<string>;
}

export interface ChannelRecord {
  id: string;
  guildId: string;
  /** Discord channel type: 0 text, 5 announcement, 15 forum, 10/11/12 threads. */
  type: number;
  name: string;
  position: number;
  parentId: string | null;
  topic: string | null;
  nsfw: boolean;
  rateLimitPerUser: number;
  overwrites: OverwriteRecord[];
  lastMessageId: string | null;
  lastPinTimestamp: string | null;
  flags: number;
  /** Present for threads (types 10, 11, 12) only. */
  thread: ThreadState | null;
}

export interface GuildRecord {
  id: string;
  name: string;
  ownerId: string;
  joinedAt: string;
  roles: Map<string, RoleRecord>;
  members: Map<string, MemberRecord>;
  /** Guild channels (not threads), in creation order. */
  channelIds: Set<string>;
  threadIds: Set<string>;
  /** Where Discord posts joins and boosts; null when none is set (or it was deleted). */
  systemChannelId: string | null;
  /** A Community server's moderator-only updates channel; null when none. */
  publicUpdatesChannelId: string | null;
}

/** Who would actually be notified by a message, after `allowed_mentions` and role settings. */
export interface Pings {
  users: string[];
  roles: string[];
  everyone: boolean;
}

export type MessageSource = "bot" | "member" | "interaction";

export interface StoredMessage {
  /** The message as Discord would return it to its author (full content). */
  message: APIMessage;
  guildId: string;
  channelId: string;
  authorId: string;
  source: MessageSource;
  /** Ephemeral interaction responses live here but are not part of the channel's history. */
  ephemeral: boolean;
  nonce: string | number | null;
  allowedMentions: APIAllowedMentions | null;
  pinged: Pings;
  pinnedAt: string | null;
  deleted: boolean;
  /** Position in the emulator's creation order; lets waiters ask for "posted since". */
  sequence: number;
}

// New channel and thread records with Discord's defaults.
import type { ChannelRecord, OverwriteRecord } from "./records.js";

export const CHANNEL_TYPE_BY_NAME = { text: 0, announcement: 5, forum: 15 } as const;

export function newGuildChannel(fields: {
  id: string;
  guildId: string;
  type: number;
  name: string;
  position: number;
  topic?: string | null;
  overwrites?: OverwriteRecord[];
}): ChannelRecord {
  return {
    id: fields.id,
    guildId: fields.guildId,
    type: fields.type,
    name: fields.name,
    position: fields.position,
    parentId: null,
    topic: fields.topic ?? null,
    nsfw: false,
    rateLimitPerUser: 0,
    overwrites: fields.overwrites ?? [],
    lastMessageId: null,
    lastPinTimestamp: null,
    flags: 0,
    thread: null,
  };
}

export function newThread(fields: {
  id: string;
  parent: ChannelRecord;
  type: number;
  name: string;
  ownerId: string;
  autoArchiveDuration: number;
  rateLimitPerUser?: number;
  timestamp: string;
}): ChannelRecord {
  return {
    id: fields.id,
    guildId: fields.parent.guildId,
    type: fields.type,
    name: fields.name,
    position: 0,
    parentId: fields.parent.id,
    topic: null,
    nsfw: fields.parent.nsfw,
    rateLimitPerUser: fields.rateLimitPerUser ?? 0,
    overwrites: [],
    lastMessageId: null,
    lastPinTimestamp: null,
    flags: 0,
    thread: {
      ownerId: fields.ownerId,
      archived: false,
      locked: false,
      autoArchiveDuration: fields.autoArchiveDuration,
      archiveTimestamp: fields.timestamp,
      createTimestamp: fields.timestamp,
      messageCount: 0,
      totalMessageSent: 0,
      memberIds: new Set([fields.ownerId]),
    },
  };
}

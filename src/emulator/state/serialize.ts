// Turns the emulator's records into the JSON objects Discord sends: users, roles, members,
// channels, threads and guilds (the GUILD_CREATE shape, which REST guild reads share).
import type { APIGuildMember, APIOverwrite, APIRole, APIThreadMetadata, APIUser, GuildMemberFlags, RoleFlags } from "discord.js";

// Empty bit fields: the enums name only the set bits.
const NO_ROLE_FLAGS = 0 as RoleFlags;
const NO_MEMBER_FLAGS = 0 as GuildMemberFlags;
import type { ChannelRecord, GuildRecord, MemberRecord, RoleRecord, UserRecord } from "./records.js";

export interface ChannelPayload {
  id: string;
  type: number;
  guild_id: string;
  name: string;
  position?: number;
  parent_id: string | null;
  permission_overwrites?: APIOverwrite[];
  topic?: string | null;
  nsfw?: boolean;
  rate_limit_per_user: number;
  last_message_id: string | null;
  last_pin_timestamp?: string | null;
  flags: number;
  available_tags?: [];
  default_reaction_emoji?: null;
  default_sort_order?: null;
  default_forum_layout?: number;
  default_thread_rate_limit_per_user?: number;
  owner_id?: string;
  thread_metadata?: APIThreadMetadata;
  message_count?: number;
  member_count?: number;
  total_message_sent?: number;
  applied_tags?: string[];
}

export interface GuildPayload {
  id: string;
  name: string;
  icon: null;
  splash: null;
  discovery_splash: null;
  banner: null;
  description: null;
  owner_id: string;
  afk_channel_id: null;
  afk_timeout: number;
  verification_level: number;
  default_message_notifications: number;
  explicit_content_filter: number;
  mfa_level: number;
  nsfw_level: number;
  premium_tier: number;
  premium_progress_bar_enabled: boolean;
  system_channel_id: string | null;
  system_channel_flags: number;
  rules_channel_id: null;
  public_updates_channel_id: string | null;
  safety_alerts_channel_id: null;
  preferred_locale: string;
  features: string[];
  roles: APIRole[];
  emojis: [];
  stickers: [];
  application_id: null;
  vanity_url_code: null;
  max_members: number;
}

export interface GuildCreatePayload extends GuildPayload {
  joined_at: string;
  large: boolean;
  unavailable: false;
  member_count: number;
  members: APIGuildMember[];
  channels: ChannelPayload[];
  threads: ChannelPayload[];
  voice_states: [];
  presences: [];
  stage_instances: [];
  guild_scheduled_events: [];
  soundboard_sounds: [];
}

export function userPayload(user: UserRecord): APIUser {
  return {
    id: user.id,
    username: user.username,
    discriminator: "0",
    global_name: user.globalName,
    avatar: null,
    ...(user.bot ? { bot: true } : {}),
  };
}

export function rolePayload(role: RoleRecord): APIRole {
  return {
    id: role.id,
    name: role.name,
    color: role.color,
    colors: { primary_color: role.color, secondary_color: null, tertiary_color: null },
    hoist: role.hoist,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions.toString(),
    managed: role.botId !== null,
    mentionable: role.mentionable,
    flags: NO_ROLE_FLAGS,
    ...(role.botId ? { tags: { bot_id: role.botId } } : {}),
  };
}

export function memberPayload(member: MemberRecord, user: UserRecord): APIGuildMember {
  return {
    user: userPayload(user),
    nick: member.nick,
    avatar: null,
    banner: null,
    roles: [...member.roleIds],
    joined_at: member.joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: NO_MEMBER_FLAGS,
    pending: false,
    communication_disabled_until: null,
  };
}

export function overwritePayload(channel: ChannelRecord): APIOverwrite[] {
  return channel.overwrites.map((o) => ({ id: o.id, type: o.type, allow: o.allow.toString(), deny: o.deny.toString() }));
}

export function channelPayload(channel: ChannelRecord): ChannelPayload {
  const base = {
    id: channel.id,
    type: channel.type,
    guild_id: channel.guildId,
    name: channel.name,
    parent_id: channel.parentId,
    rate_limit_per_user: channel.rateLimitPerUser,
    last_message_id: channel.lastMessageId,
    flags: channel.flags,
  };
  const thread = channel.thread;
  if (thread) {
    return {
      ...base,
      owner_id: thread.ownerId,
      thread_metadata: {
        archived: thread.archived,
        auto_archive_duration: thread.autoArchiveDuration,
        archive_timestamp: thread.archiveTimestamp,
        locked: thread.locked,
        create_timestamp: thread.createTimestamp,
      },
      message_count: thread.messageCount,
      member_count: Math.min(thread.memberIds.size, 50),
      total_message_sent: thread.totalMessageSent,
      last_pin_timestamp: channel.lastPinTimestamp,
      applied_tags: [],
    };
  }
  const payload: ChannelPayload = {
    ...base,
    position: channel.position,
    permission_overwrites: overwritePayload(channel),
    topic: channel.topic,
    nsfw: channel.nsfw,
    last_pin_timestamp: channel.lastPinTimestamp,
  };
  if (channel.type === 15) {
    payload.available_tags = [];
    payload.default_reaction_emoji = null;
    payload.default_sort_order = null;
    payload.default_forum_layout = 0;
    payload.default_thread_rate_limit_per_user = 0;
  }
  return payload;
}

export function guildPayload(guild: GuildRecord): GuildPayload {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_progress_bar_enabled: false,
    system_channel_id: guild.systemChannelId,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: guild.publicUpdatesChannelId,
    safety_alerts_channel_id: null,
    preferred_locale: "en-US",
    // Only Community servers have an updates channel.
    features: guild.publicUpdatesChannelId === null ? [] : ["COMMUNITY"],
    roles: [...guild.roles.values()].map(rolePayload),
    emojis: [],
    stickers: [],
    application_id: null,
    vanity_url_code: null,
    max_members: 500_000,
  };
}

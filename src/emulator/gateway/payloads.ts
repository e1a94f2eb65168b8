// Gateway payload bodies: READY, GUILD_CREATE, and messages as dispatched (with guild_id and
// the author's member, and with content removed for bots without the Message Content intent).
import { PermissionFlagsBits } from "discord.js";
import type { ChannelRecord, GuildRecord, StoredMessage } from "../state/records.js";
import { channelPayload, guildPayload, memberPayload, userPayload, type GuildCreatePayload } from "../state/serialize.js";
import type { EmulatorState } from "../state/store.js";

export function readyPayload(
  state: EmulatorState,
  sessionId: string,
  resumeUrl: string,
  shard: [number, number],
  guilds: readonly GuildRecord[],
): Record<string, unknown> {
  return {
    v: 10,
    user: { ...userPayload(state.botUser), verified: true, mfa_enabled: false, flags: 0 },
    guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: sessionId,
    session_type: "normal",
    resume_gateway_url: resumeUrl,
    shard,
    application: { id: state.applicationId, flags: 0 },
    user_settings: {},
    private_channels: [],
    presences: [],
    relationships: [],
    guild_join_requests: [],
    geo_ordered_rtc_regions: [],
    _trace: ["discord-emulator"],
  };
}

export function guildCreatePayload(state: EmulatorState, guild: GuildRecord): GuildCreatePayload {
  const channels: ChannelRecord[] = [];
  for (const id of guild.channelIds) {
    const channel = state.channels.get(id);
    if (channel) channels.push(channel);
  }
  const threads: ChannelRecord[] = [];
  for (const id of guild.threadIds) {
    const thread = state.channels.get(id);
    if (thread?.thread && !thread.thread.archived && botCanView(state, thread)) threads.push(thread);
  }
  const botMember = guild.members.get(state.botUser.id);
  return {
    ...guildPayload(guild),
    joined_at: botMember?.joinedAt ?? guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: guild.members.size,
    // Without the presence intent Discord sends only the bot's own member here.
    members: botMember ? [memberPayload(botMember, state.botUser)] : [],
    channels: channels.map(channelPayload),
    threads: threads.map(channelPayload),
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export function botCanView(state: EmulatorState, channel: ChannelRecord): boolean {
  return (state.botPermissionsIn(channel) & PermissionFlagsBits.ViewChannel) !== 0n;
}

export function messageDispatch(state: EmulatorState, stored: StoredMessage): Record<string, unknown> {
  const guild = state.guilds.get(stored.guildId);
  const member = guild?.members.get(stored.authorId);
  const payload: Record<string, unknown> = { ...stored.message, guild_id: stored.guildId };
  if (member && stored.source !== "interaction") {
    const { user: _user, ...partialMember } = memberPayload(member, state.userOrThrow(member.userId));
    payload.member = partialMember;
  }
  return payload;
}

/**
 * Without the Message Content intent Discord blanks content, embeds, attachments and
 * components, except in the bot's own messages and messages that mention it.
 */
export function withoutContent(state: EmulatorState, stored: StoredMessage, payload: Record<string, unknown>): Record<string, unknown> {
  if (stored.authorId === state.botUser.id || stored.pinged.users.includes(state.botUser.id)) return payload;
  return { ...payload, content: "", embeds: [], attachments: [], components: [] };
}

// Turns a GuildSeed (names) into records (snowflakes): roles, the bot's managed role and
// membership, members, channels and their overwrites, the system and Community updates channels.
import type { GuildSeed, OverwriteSeed } from "../guildBuilder.js";
import { resolvePermissions } from "../permissions.js";
import { CHANNEL_TYPE_BY_NAME, newGuildChannel } from "./channelFactory.js";
import type { ChannelRecord, GuildRecord, MemberRecord, OverwriteRecord, RoleRecord } from "./records.js";
import type { EmulatorState } from "./store.js";

export function seedGuild(state: EmulatorState, seed: GuildSeed): GuildRecord {
  const guildId = seed.id ?? state.ids.next();
  const joinedAt = state.timestamp();
  const owner = state.addUser(`${seed.name} owner`);
  const guild: GuildRecord = {
    id: guildId,
    name: seed.name,
    ownerId: owner.id,
    joinedAt,
    roles: new Map(),
    members: new Map(),
    channelIds: new Set(),
    threadIds: new Set(),
    systemChannelId: null,
    publicUpdatesChannelId: null,
  };
  const everyone = newRole(guildId, "@everyone", 0, { permissions: resolvePermissions(seed.everyone ?? []) });
  guild.roles.set(everyone.id, everyone);
  for (const [index, roleSeed] of (seed.roles ?? []).entries()) {
    const role = newRole(roleSeed.id ?? state.ids.next(), roleSeed.name, index + 1, {
      permissions: resolvePermissions(roleSeed.permissions ?? []),
      mentionable: roleSeed.mentionable ?? false,
      color: roleSeed.color ?? 0,
      hoist: roleSeed.hoist ?? false,
    });
    guild.roles.set(role.id, role);
  }
  guild.members.set(owner.id, { userId: owner.id, roleIds: [], nick: null, joinedAt });
  if (seed.bot !== false) {
    const bot = seed.bot ?? {};
    const managed = newRole(state.ids.next(), state.botUser.username, guild.roles.size, {
      permissions: resolvePermissions(bot.permissions ?? []),
      botId: state.botUser.id,
    });
    guild.roles.set(managed.id, managed);
    const roleIds = [managed.id, ...(bot.roles ?? []).map((name) => roleIdByName(guild, name))];
    guild.members.set(state.botUser.id, { userId: state.botUser.id, roleIds, nick: null, joinedAt });
  }
  for (const memberSeed of seed.members ?? []) {
    const user = state.addUser(memberSeed.username, { id: memberSeed.id });
    const member: MemberRecord = {
      userId: user.id,
      roleIds: (memberSeed.roles ?? []).map((name) => roleIdByName(guild, name)),
      nick: memberSeed.nick ?? null,
      joinedAt,
    };
    guild.members.set(user.id, member);
  }
  const channels = (seed.channels ?? []).map((channelSeed, position) =>
    newGuildChannel({
      id: channelSeed.id ?? state.ids.next(),
      guildId,
      type: CHANNEL_TYPE_BY_NAME[channelSeed.type],
      name: channelSeed.name,
      position,
      topic: channelSeed.topic,
      overwrites: (channelSeed.overwrites ?? []).map((o) => resolveOverwrite(state, guild, o)),
    }),
  );
  guild.systemChannelId = seed.systemChannel === undefined ? null : noticeChannelId(guild, channels, seed.systemChannel, "system channel");
  guild.publicUpdatesChannelId = seed.publicUpdatesChannel === undefined ? null : noticeChannelId(guild, channels, seed.publicUpdatesChannel, "public updates channel");
  state.addGuild(guild, channels);
  return guild;
}

/** The id of the guild's system or updates channel, by name or id: Discord accepts only one of the guild's text channels. */
export function noticeChannelId(guild: GuildRecord, channels: readonly ChannelRecord[], nameOrId: string, what: string): string {
  const channel = channels.find((candidate) => candidate.id === nameOrId || candidate.name === nameOrId);
  if (!channel) throw new Error(`Guild "${guild.name}" has no channel "${nameOrId}" to be its ${what}`);
  if (channel.type !== CHANNEL_TYPE_BY_NAME.text) throw new Error(`The ${what} of "${guild.name}" must be a text channel; #${channel.name} is not`);
  return channel.id;
}

export function newRole(
  id: string,
  name: string,
  position: number,
  fields: Partial<Omit<RoleRecord, "id" | "name" | "position">>,
): RoleRecord {
  return {
    id,
    name,
    position,
    permissions: fields.permissions ?? 0n,
    color: fields.color ?? 0,
    hoist: fields.hoist ?? false,
    mentionable: fields.mentionable ?? false,
    botId: fields.botId ?? null,
  };
}

export function roleIdByName(guild: GuildRecord, name: string): string {
  if (name === "@everyone") return guild.id;
  for (const role of guild.roles.values()) if (role.name === name) return role.id;
  throw new Error(`Guild "${guild.name}" has no role named "${name}"`);
}

export function memberIdByName(state: EmulatorState, guild: GuildRecord, username: string): string {
  for (const member of guild.members.values()) {
    if (state.users.get(member.userId)?.username === username) return member.userId;
  }
  throw new Error(`Guild "${guild.name}" has no member named "${username}"`);
}

export function resolveOverwrite(state: EmulatorState, guild: GuildRecord, seed: OverwriteSeed): OverwriteRecord {
  const allow = resolvePermissions(seed.allow ?? []);
  const deny = resolvePermissions(seed.deny ?? []);
  if ("role" in seed) return { id: roleIdByName(guild, seed.role), type: 0, allow, deny };
  if ("member" in seed) return { id: memberIdByName(state, guild, seed.member), type: 1, allow, deny };
  return { id: state.botUser.id, type: 1, allow, deny };
}

// Discord's permission arithmetic: a member's permissions in a guild and in a channel,
// computed from @everyone, their roles and the channel's overwrites the way Discord documents
// it (topics/permissions: "Permission Hierarchy" and "Implicit Permissions").
import { PermissionFlagsBits } from "discord.js";
import type { ChannelRecord, GuildRecord, MemberRecord, OverwriteRecord } from "./state/records.js";

export type PermissionName = keyof typeof PermissionFlagsBits;
/** Permissions as flag names (`["ViewChannel", "SendMessages"]`) or as a bit set. */
export type PermissionInput = readonly PermissionName[] | bigint;

export const Permission = PermissionFlagsBits;

export const ALL_PERMISSIONS: bigint = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

/** What Discord gives @everyone in a new server (text-related part). */
export const DEFAULT_EVERYONE_PERMISSIONS: readonly PermissionName[] = [
  "ViewChannel",
  "CreateInstantInvite",
  "ChangeNickname",
  "SendMessages",
  "SendMessagesInThreads",
  "CreatePublicThreads",
  "CreatePrivateThreads",
  "EmbedLinks",
  "AttachFiles",
  "AddReactions",
  "UseExternalEmojis",
  "UseExternalStickers",
  "ReadMessageHistory",
  "UseApplicationCommands",
  "SendVoiceMessages",
  "SendPolls",
  "UseExternalApps",
];

/** What the bot's own (managed) role gets unless a seed says otherwise. */
export const DEFAULT_BOT_PERMISSIONS: readonly PermissionName[] = [
  "ViewChannel",
  "SendMessages",
  "SendMessagesInThreads",
  "CreatePublicThreads",
  "EmbedLinks",
  "ReadMessageHistory",
  "PinMessages",
];

export function resolvePermissions(input: PermissionInput): bigint {
  if (typeof input === "bigint") return input;
  let bits = 0n;
  for (const name of input) {
    const bit = PermissionFlagsBits[name];
    if (bit === undefined) throw new Error(`Unknown permission name "${String(name)}"`);
    bits |= bit;
  }
  return bits;
}

export function permissionNames(bits: bigint): PermissionName[] {
  return (Object.keys(PermissionFlagsBits) as PermissionName[]).filter((name) => (bits & PermissionFlagsBits[name]) !== 0n);
}

/** Guild-level permissions: @everyone plus every role of the member; owners and admins get all. */
export function guildPermissions(guild: GuildRecord, member: MemberRecord): bigint {
  if (member.userId === guild.ownerId) return ALL_PERMISSIONS;
  let bits = guild.roles.get(guild.id)?.permissions ?? 0n;
  for (const roleId of member.roleIds) bits |= guild.roles.get(roleId)?.permissions ?? 0n;
  return (bits & PermissionFlagsBits.Administrator) !== 0n ? ALL_PERMISSIONS : bits;
}

/**
 * Permissions in a channel. `channel` must be a guild channel; for a thread pass its parent
 * (threads inherit their parent's overwrites) and `inThread: true`, because in a thread it is
 * Send Messages in Threads that carries the sending extras.
 */
export function channelPermissions(
  guild: GuildRecord,
  channel: ChannelRecord,
  member: MemberRecord,
  inThread = false,
): bigint {
  const base = guildPermissions(guild, member);
  if ((base & PermissionFlagsBits.Administrator) !== 0n) return ALL_PERMISSIONS;
  let bits = applyOverwrite(base, channel.overwrites.find((o) => o.id === guild.id));
  let roleAllow = 0n;
  let roleDeny = 0n;
  for (const overwrite of channel.overwrites) {
    if (overwrite.type === 0 && overwrite.id !== guild.id && member.roleIds.includes(overwrite.id)) {
      roleAllow |= overwrite.allow;
      roleDeny |= overwrite.deny;
    }
  }
  bits = (bits & ~roleDeny) | roleAllow;
  bits = applyOverwrite(bits, channel.overwrites.find((o) => o.type === 1 && o.id === member.userId));
  return implicitPermissions(bits, inThread ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages);
}

function applyOverwrite(bits: bigint, overwrite: OverwriteRecord | undefined): bigint {
  return overwrite ? (bits & ~overwrite.deny) | overwrite.allow : bits;
}

// Without View Channel nothing else counts; without Send Messages the sending extras don't either.
function implicitPermissions(bits: bigint, sendBit: bigint): bigint {
  if ((bits & PermissionFlagsBits.ViewChannel) === 0n) return 0n;
  if ((bits & sendBit) === 0n) {
    return (
      bits &
      ~(PermissionFlagsBits.SendTTSMessages |
        PermissionFlagsBits.MentionEveryone |
        PermissionFlagsBits.EmbedLinks |
        PermissionFlagsBits.AttachFiles)
    );
  }
  return bits;
}

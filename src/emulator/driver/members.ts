// Members as tests name them: an existing member by id or username, or a new one created on
// the spot (with roles by name), as if they had just joined.
import { resolvePermissions } from "../permissions.js";
import { roleIdByName } from "../state/seedGuild.js";
import type { GuildRecord, MemberRecord, UserRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";

/** A member by username (`"ada"`), by id, or a description of one to create. */
export type UserRef = string | { id?: string; username?: string; roles?: readonly string[] };

export const DEFAULT_MEMBER_NAME = "member";

export function ensureMember(state: EmulatorState, guild: GuildRecord, ref: UserRef | undefined): { user: UserRecord; member: MemberRecord } {
  const wanted = typeof ref === "string" ? { username: ref, id: state.users.has(ref) ? ref : undefined } : (ref ?? {});
  const existing = findMember(state, guild, wanted.id, wanted.username ?? (wanted.id ? undefined : DEFAULT_MEMBER_NAME));
  if (existing) return existing;
  const user = state.users.get(wanted.id ?? "") ?? state.addUser(wanted.username ?? DEFAULT_MEMBER_NAME, { id: wanted.id });
  const roles = typeof ref === "object" ? (ref.roles ?? []) : [];
  const member: MemberRecord = {
    userId: user.id,
    roleIds: roles.map((name) => roleIdByName(guild, name)),
    nick: null,
    joinedAt: state.timestamp(),
  };
  state.addMember(guild, member);
  return { user, member };
}

function findMember(
  state: EmulatorState,
  guild: GuildRecord,
  id: string | undefined,
  username: string | undefined,
): { user: UserRecord; member: MemberRecord } | undefined {
  if (id !== undefined) {
    const member = guild.members.get(id);
    const user = state.users.get(id);
    return member && user ? { user, member } : undefined;
  }
  for (const member of guild.members.values()) {
    const user = state.users.get(member.userId);
    if (user && user.username === username) return { user, member };
  }
  return undefined;
}

/** Optional explicit permissions for the invoking member, overriding what roles give them. */
export function permissionOverride(input: Parameters<typeof resolvePermissions>[0] | undefined): bigint | null {
  return input === undefined ? null : resolvePermissions(input);
}

import { describe, expect, it } from "vitest";
import { PermissionFlagsBits as P } from "discord.js";
import { ALL_PERMISSIONS, channelPermissions, guildPermissions } from "../../src/emulator/permissions.js";
import type { ChannelRecord, GuildRecord, MemberRecord, OverwriteRecord } from "../../src/emulator/state/records.js";
import { newGuildChannel } from "../../src/emulator/state/channelFactory.js";
import { newRole } from "../../src/emulator/state/seedGuild.js";

const GUILD = "100";
const READERS = "200";
const HELPERS = "300";
const ADA = "400";

function guild(everyone: bigint, roles: Record<string, bigint> = {}): GuildRecord {
  const record: GuildRecord = {
    id: GUILD,
    name: "g",
    ownerId: "999",
    joinedAt: "",
    roles: new Map(),
    members: new Map(),
    channelIds: new Set(),
    threadIds: new Set(),
    systemChannelId: null,
    publicUpdatesChannelId: null,
  };
  record.roles.set(GUILD, newRole(GUILD, "@everyone", 0, { permissions: everyone }));
  for (const [id, bits] of Object.entries(roles)) record.roles.set(id, newRole(id, id, 1, { permissions: bits }));
  return record;
}

const member = (roleIds: string[], userId = ADA): MemberRecord => ({ userId, roleIds, nick: null, joinedAt: "" });
const channel = (overwrites: OverwriteRecord[]): ChannelRecord =>
  newGuildChannel({ id: "500", guildId: GUILD, type: 0, name: "c", position: 0, overwrites });
const BASIC = P.ViewChannel | P.SendMessages | P.EmbedLinks;

describe("Discord's permission hierarchy", () => {
  it("adds role permissions to @everyone's", () => {
    expect(guildPermissions(guild(P.ViewChannel, { [READERS]: P.SendMessages }), member([READERS]))).toBe(P.ViewChannel | P.SendMessages);
  });

  it("gives owners and administrators everything", () => {
    expect(guildPermissions(guild(0n), member([], "999"))).toBe(ALL_PERMISSIONS);
    expect(channelPermissions(guild(0n, { [HELPERS]: P.Administrator }), channel([{ id: GUILD, type: 0, allow: 0n, deny: BASIC }]), member([HELPERS]))).toBe(
      ALL_PERMISSIONS,
    );
  });

  it("applies @everyone's overwrite, then the roles' (allow beats deny among roles), then the member's", () => {
    const g = guild(BASIC, { [READERS]: 0n, [HELPERS]: 0n });
    const c = channel([
      { id: GUILD, type: 0, allow: 0n, deny: P.SendMessages },
      { id: READERS, type: 0, allow: P.SendMessages, deny: 0n },
      { id: HELPERS, type: 0, allow: 0n, deny: P.SendMessages },
    ]);
    expect(channelPermissions(g, c, member([])) & P.SendMessages).toBe(0n);
    expect(channelPermissions(g, c, member([READERS, HELPERS])) & P.SendMessages).toBe(P.SendMessages);
    const withMemberDeny = channel([...c.overwrites, { id: ADA, type: 1, allow: 0n, deny: P.SendMessages }]);
    expect(channelPermissions(g, withMemberDeny, member([READERS])) & P.SendMessages).toBe(0n);
  });

  it("takes everything away without View Channel, and the sending extras without Send Messages", () => {
    const g = guild(BASIC | P.AttachFiles | P.ReadMessageHistory);
    expect(channelPermissions(g, channel([{ id: GUILD, type: 0, allow: 0n, deny: P.ViewChannel }]), member([]))).toBe(0n);
    const readOnly = channelPermissions(g, channel([{ id: GUILD, type: 0, allow: 0n, deny: P.SendMessages }]), member([]));
    expect(readOnly & (P.EmbedLinks | P.AttachFiles)).toBe(0n);
    expect(readOnly & P.ReadMessageHistory).toBe(P.ReadMessageHistory);
  });

  it("in a thread, lets Send Messages in Threads carry the extras even when Send Messages is denied", () => {
    const g = guild(BASIC | P.SendMessagesInThreads);
    const parent = channel([{ id: GUILD, type: 0, allow: 0n, deny: P.SendMessages }]);
    expect(channelPermissions(g, parent, member([]), true) & P.EmbedLinks).toBe(P.EmbedLinks);
    expect(channelPermissions(g, parent, member([]), false) & P.EmbedLinks).toBe(0n);
  });
});

// A guild as tests and the sandbox see it: find its channels, roles and members by name or id,
// add channels, roles and members (dispatched as CHANNEL_CREATE, GUILD_ROLE_CREATE,
// GUILD_MEMBER_ADD), change its system or updates channel (GUILD_UPDATE), or remove the bot from
// it (GUILD_DELETE).
import type { ChannelOptions, SeedChannelType } from "../guildBuilder.js";
import { resolvePermissions, type PermissionInput } from "../permissions.js";
import { CHANNEL_TYPE_BY_NAME, newGuildChannel } from "../state/channelFactory.js";
import type { GuildRecord } from "../state/records.js";
import { newRole, noticeChannelId, resolveOverwrite, roleIdByName } from "../state/seedGuild.js";
import type { EmulatorState } from "../state/store.js";
import { ChannelHandle } from "./channelHandle.js";
import { MemberHandle } from "./memberHandle.js";
import { ensureMember } from "./members.js";
import { RoleHandle } from "./roleHandle.js";

export class GuildHandle {
  constructor(
    private readonly state: EmulatorState,
    readonly record: GuildRecord,
  ) {}

  get id(): string {
    return this.record.id;
  }

  get name(): string {
    return this.record.name;
  }

  channel(nameOrId: string): ChannelHandle {
    const ids = [...this.record.channelIds, ...this.record.threadIds];
    const record = ids.map((id) => this.state.channels.get(id)).find((c) => c && (c.id === nameOrId || c.name === nameOrId));
    if (!record) throw new Error(`Guild "${this.name}" has no channel "${nameOrId}"`);
    return new ChannelHandle(this.state, record);
  }

  channels(): ChannelHandle[] {
    return [...this.record.channelIds].flatMap((id) => {
      const record = this.state.channels.get(id);
      return record ? [new ChannelHandle(this.state, record)] : [];
    });
  }

  role(nameOrId: string): RoleHandle {
    const record = this.record.roles.get(nameOrId) ?? this.record.roles.get(roleIdByName(this.record, nameOrId));
    if (!record) throw new Error(`Guild "${this.name}" has no role "${nameOrId}"`);
    return new RoleHandle(this.state, this.record, record);
  }

  get everyone(): RoleHandle {
    return this.role(this.record.id);
  }

  /** The bot's managed role (the one Discord creates when the bot is invited). */
  get botRole(): RoleHandle {
    const record = [...this.record.roles.values()].find((role) => role.botId === this.state.botUser.id);
    if (!record) throw new Error(`The bot has no managed role in "${this.name}"`);
    return new RoleHandle(this.state, this.record, record);
  }

  member(usernameOrId: string): MemberHandle {
    for (const member of this.record.members.values()) {
      const user = this.state.users.get(member.userId);
      if (user && (user.id === usernameOrId || user.username === usernameOrId)) return new MemberHandle(this.state, this.record, member, user);
    }
    throw new Error(`Guild "${this.name}" has no member "${usernameOrId}"`);
  }

  get bot(): MemberHandle {
    return this.member(this.state.botUser.id);
  }

  addChannel(name: string, type: SeedChannelType, options: ChannelOptions = {}): ChannelHandle {
    const record = newGuildChannel({
      id: options.id ?? this.state.ids.next(),
      guildId: this.id,
      type: CHANNEL_TYPE_BY_NAME[type],
      name,
      position: this.record.channelIds.size,
      topic: options.topic,
      overwrites: (options.overwrites ?? []).map((o) => resolveOverwrite(this.state, this.record, o)),
    });
    this.state.addChannel(record);
    return new ChannelHandle(this.state, record);
  }

  addRole(name: string, options: { permissions?: PermissionInput; mentionable?: boolean; id?: string } = {}): RoleHandle {
    const record = newRole(options.id ?? this.state.ids.next(), name, this.record.roles.size, {
      permissions: resolvePermissions(options.permissions ?? []),
      mentionable: options.mentionable ?? false,
    });
    this.state.addRole(this.record, record);
    return new RoleHandle(this.state, this.record, record);
  }

  addMember(username: string, options: { roles?: readonly string[]; id?: string } = {}): MemberHandle {
    const { user, member } = ensureMember(this.state, this.record, { username, ...options });
    return new MemberHandle(this.state, this.record, member, user);
  }

  /** Sets (by name or id) or unsets the channel Discord posts joins and boosts in (GUILD_UPDATE). */
  setSystemChannel(nameOrId: string | null): void {
    this.record.systemChannelId = nameOrId === null ? null : noticeChannelId(this.record, this.channelRecords(), nameOrId, "system channel");
    this.state.guildChanged(this.record);
  }

  /** Sets or unsets the Community updates channel (GUILD_UPDATE). */
  setPublicUpdatesChannel(nameOrId: string | null): void {
    this.record.publicUpdatesChannelId = nameOrId === null ? null : noticeChannelId(this.record, this.channelRecords(), nameOrId, "public updates channel");
    this.state.guildChanged(this.record);
  }

  private channelRecords() {
    return this.channels().map((channel) => channel.record);
  }

  /** The bot is removed from the guild (GUILD_DELETE). */
  remove(): void {
    this.state.removeGuild(this.record);
  }
}

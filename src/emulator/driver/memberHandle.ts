// A member as tests and the sandbox see it: their mention, and role changes (dispatched as
// GUILD_MEMBER_UPDATE; for the bot's own member regardless of intents).
import type { GuildRecord, MemberRecord, UserRecord } from "../state/records.js";
import { roleIdByName } from "../state/seedGuild.js";
import type { EmulatorState } from "../state/store.js";

export class MemberHandle {
  constructor(
    private readonly state: EmulatorState,
    private readonly guild: GuildRecord,
    readonly record: MemberRecord,
    readonly user: UserRecord,
  ) {}

  get id(): string {
    return this.user.id;
  }

  get username(): string {
    return this.user.username;
  }

  /** `<@id>`, as a message would ping them. */
  get mention(): string {
    return `<@${this.id}>`;
  }

  /** Replaces the member's roles, by name (GUILD_MEMBER_UPDATE). */
  setRoles(roleNames: readonly string[]): this {
    const managed = this.record.roleIds.filter((id) => this.guild.roles.get(id)?.botId);
    this.record.roleIds = [...new Set([...managed, ...roleNames.map((name) => roleIdByName(this.guild, name))])];
    this.state.memberChanged(this.guild, this.record);
    return this;
  }

  addRole(roleName: string): this {
    const roleId = roleIdByName(this.guild, roleName);
    if (!this.record.roleIds.includes(roleId)) this.record.roleIds = [...this.record.roleIds, roleId];
    this.state.memberChanged(this.guild, this.record);
    return this;
  }

  removeRole(roleName: string): this {
    const roleId = roleIdByName(this.guild, roleName);
    this.record.roleIds = this.record.roleIds.filter((id) => id !== roleId);
    this.state.memberChanged(this.guild, this.record);
    return this;
  }
}

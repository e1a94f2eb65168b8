// A role as tests and the sandbox see it: its mention, and permission or mentionability changes
// (dispatched as GUILD_ROLE_UPDATE).
import { resolvePermissions, type PermissionInput } from "../permissions.js";
import type { GuildRecord, RoleRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";

export class RoleHandle {
  constructor(
    private readonly state: EmulatorState,
    private readonly guild: GuildRecord,
    readonly record: RoleRecord,
  ) {}

  get id(): string {
    return this.record.id;
  }

  get name(): string {
    return this.record.name;
  }

  /** `<@&id>`, as a message would ping it. */
  get mention(): string {
    return `<@&${this.id}>`;
  }

  setPermissions(permissions: PermissionInput): this {
    this.record.permissions = resolvePermissions(permissions);
    this.state.roleChanged(this.guild, this.record);
    return this;
  }

  grant(permissions: PermissionInput): this {
    return this.setPermissions(this.record.permissions | resolvePermissions(permissions));
  }

  revoke(permissions: PermissionInput): this {
    return this.setPermissions(this.record.permissions & ~resolvePermissions(permissions));
  }

  setMentionable(mentionable: boolean): this {
    this.record.mentionable = mentionable;
    this.state.roleChanged(this.guild, this.record);
    return this;
  }
}

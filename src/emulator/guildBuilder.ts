// Describes a guild to seed into the emulator: roles (with @everyone's permissions), the bot's
// own role and membership, channels of type text / announcement / forum with permission
// overwrites, members, and which channels are the system and Community updates channels.
// Names stand in for ids; the emulator assigns snowflakes.
import { DEFAULT_BOT_PERMISSIONS, DEFAULT_EVERYONE_PERMISSIONS, type PermissionInput } from "./permissions.js";

export type SeedChannelType = "text" | "announcement" | "forum";

/** An overwrite on a role (by name, "@everyone" included), a member (by username) or the bot. */
export type OverwriteSeed =
  | { role: string; allow?: PermissionInput; deny?: PermissionInput }
  | { member: string; allow?: PermissionInput; deny?: PermissionInput }
  | { bot: true; allow?: PermissionInput; deny?: PermissionInput };

export interface ChannelSeed {
  name: string;
  type: SeedChannelType;
  id?: string;
  topic?: string;
  overwrites?: readonly OverwriteSeed[];
}

export interface RoleSeed {
  name: string;
  id?: string;
  permissions?: PermissionInput;
  mentionable?: boolean;
  color?: number;
  hoist?: boolean;
}

export interface MemberSeed {
  username: string;
  id?: string;
  /** Role names. */
  roles?: readonly string[];
  nick?: string;
}

export interface BotSeed {
  /** Permissions of the bot's managed role (the one Discord creates when it is invited). */
  permissions?: PermissionInput;
  /** Other roles (by name) the bot has besides its managed role. */
  roles?: readonly string[];
}

export interface GuildSeed {
  name: string;
  id?: string;
  everyone?: PermissionInput;
  roles?: readonly RoleSeed[];
  /** The bot's membership; `false` seeds a guild the bot is not in (yet). */
  bot?: BotSeed | false;
  channels?: readonly ChannelSeed[];
  members?: readonly MemberSeed[];
  /** Name of the text channel Discord posts joins and boosts in (`system_channel_id`). */
  systemChannel?: string;
  /** Name of the Community server's moderator-only updates channel (`public_updates_channel_id`). */
  publicUpdatesChannel?: string;
}

export type ChannelOptions = Omit<ChannelSeed, "name" | "type">;

/** Fluent construction of a GuildSeed: `buildGuild("Study group").role("Readers", { mentionable: true }).text("general")`. */
export class GuildBuilder {
  private readonly seed: {
    name: string;
    id?: string;
    everyone: PermissionInput;
    roles: RoleSeed[];
    bot: BotSeed | false;
    channels: ChannelSeed[];
    members: MemberSeed[];
    systemChannel?: string;
    publicUpdatesChannel?: string;
  };

  constructor(name: string, options: { id?: string } = {}) {
    this.seed = {
      name,
      id: options.id,
      everyone: DEFAULT_EVERYONE_PERMISSIONS,
      roles: [],
      bot: { permissions: DEFAULT_BOT_PERMISSIONS },
      channels: [],
      members: [],
    };
  }

  /** Permissions of @everyone (default: Discord's defaults for a new server). */
  everyone(permissions: PermissionInput): this {
    this.seed.everyone = permissions;
    return this;
  }

  role(name: string, options: Omit<RoleSeed, "name"> = {}): this {
    this.seed.roles.push({ name, ...options });
    return this;
  }

  /** The bot's managed-role permissions and extra roles; `false` leaves the bot out of the guild. */
  bot(options: BotSeed | false): this {
    this.seed.bot = options === false ? false : { permissions: DEFAULT_BOT_PERMISSIONS, ...options };
    return this;
  }

  text(name: string, options: ChannelOptions = {}): this {
    return this.channel(name, "text", options);
  }

  announcement(name: string, options: ChannelOptions = {}): this {
    return this.channel(name, "announcement", options);
  }

  forum(name: string, options: ChannelOptions = {}): this {
    return this.channel(name, "forum", options);
  }

  channel(name: string, type: SeedChannelType, options: ChannelOptions = {}): this {
    this.seed.channels.push({ name, type, ...options });
    return this;
  }

  member(username: string, options: Omit<MemberSeed, "username"> = {}): this {
    this.seed.members.push({ username, ...options });
    return this;
  }

  /** Server Settings → Overview → System Messages Channel: one of this guild's text channels, by name. */
  systemChannel(name: string): this {
    this.seed.systemChannel = name;
    return this;
  }

  /** The Community updates channel (moderators only), by name; makes the guild a Community server. */
  publicUpdatesChannel(name: string): this {
    this.seed.publicUpdatesChannel = name;
    return this;
  }

  toSeed(): GuildSeed {
    return {
      ...this.seed,
      roles: [...this.seed.roles],
      channels: [...this.seed.channels],
      members: [...this.seed.members],
    };
  }
}

export function buildGuild(name: string, options: { id?: string } = {}): GuildBuilder {
  return new GuildBuilder(name, options);
}

export function toGuildSeed(seed: GuildSeed | GuildBuilder): GuildSeed {
  return seed instanceof GuildBuilder ? seed.toSeed() : seed;
}

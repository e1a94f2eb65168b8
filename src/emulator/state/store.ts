// The emulated Discord's state: users, guilds, channels (threads included), messages and the
// bot's identity. Every change goes through a method here that emits an event, so the gateway
// can dispatch it and tests can await it.
import { EventBus } from "../events.js";
import { SnowflakeFactory } from "../ids.js";
import { channelPermissions } from "../permissions.js";
import { unknownChannel } from "../errors.js";
import { MessageStore } from "./messageStore.js";
import type { ChannelRecord, GuildRecord, MemberRecord, RoleRecord, StoredMessage, UserRecord } from "./records.js";

export interface StateEvents {
  guildCreate: GuildRecord;
  guildUpdate: GuildRecord;
  guildDelete: GuildRecord;
  channelCreate: ChannelRecord;
  channelUpdate: ChannelRecord;
  channelDelete: ChannelRecord;
  threadCreate: { thread: ChannelRecord; newlyCreated: boolean };
  threadUpdate: ChannelRecord;
  roleCreate: { guildId: string; role: RoleRecord };
  roleUpdate: { guildId: string; role: RoleRecord };
  memberAdd: { guildId: string; member: MemberRecord };
  memberUpdate: { guildId: string; member: MemberRecord };
  messageCreate: StoredMessage;
  messageUpdate: StoredMessage;
  messageDelete: StoredMessage;
  pinsUpdate: { guildId: string; channelId: string; lastPinTimestamp: string | null };
}

export class EmulatorState {
  readonly users = new Map<string, UserRecord>();
  readonly guilds = new Map<string, GuildRecord>();
  readonly channels = new Map<string, ChannelRecord>();
  readonly messages = new MessageStore();
  readonly events = new EventBus<StateEvents>();
  readonly ids: SnowflakeFactory;
  readonly botUser: UserRecord;
  /** The bot's application; for bots made today its id is the bot user's id. */
  readonly applicationId: string;

  constructor(
    readonly now: () => number,
    bot: { id?: string; username: string; applicationId?: string },
  ) {
    this.ids = new SnowflakeFactory(now);
    const botId = bot.id ?? this.ids.next();
    this.botUser = { id: botId, username: bot.username, globalName: null, bot: true };
    this.applicationId = bot.applicationId ?? botId;
    this.users.set(botId, this.botUser);
  }

  timestamp(): string {
    return new Date(this.now()).toISOString();
  }

  // ---- lookups -------------------------------------------------------------------------

  /** The channel or thread, or a 404 Unknown Channel error. */
  requireChannel(channelId: string): ChannelRecord {
    const channel = this.channels.get(channelId);
    if (!channel) throw unknownChannel();
    return channel;
  }

  guildOf(channel: ChannelRecord): GuildRecord {
    const guild = this.guilds.get(channel.guildId);
    if (!guild) throw unknownChannel();
    return guild;
  }

  /** The channel whose overwrites govern this one (a thread's parent, else itself). */
  permissionSource(channel: ChannelRecord): ChannelRecord {
    if (!channel.thread || !channel.parentId) return channel;
    return this.channels.get(channel.parentId) ?? channel;
  }

  /** A user's permissions in a channel or thread; 0 when they aren't a member of its guild. */
  permissionsIn(channel: ChannelRecord, userId: string): bigint {
    const guild = this.guilds.get(channel.guildId);
    const member = guild?.members.get(userId);
    if (!guild || !member) return 0n;
    return channelPermissions(guild, this.permissionSource(channel), member, channel.thread !== null);
  }

  botPermissionsIn(channel: ChannelRecord): bigint {
    return this.permissionsIn(channel, this.botUser.id);
  }

  userOrThrow(userId: string): UserRecord {
    const user = this.users.get(userId);
    if (!user) throw new Error(`Unknown user ${userId}`);
    return user;
  }

  /** Guilds the bot is in, in the order they were added. */
  botGuilds(): GuildRecord[] {
    return [...this.guilds.values()].filter((guild) => guild.members.has(this.botUser.id));
  }

  // ---- users, guilds, roles, members -------------------------------------------------

  addUser(username: string, options: { id?: string; bot?: boolean; globalName?: string | null } = {}): UserRecord {
    const user: UserRecord = {
      id: options.id ?? this.ids.next(),
      username,
      globalName: options.globalName ?? null,
      bot: options.bot ?? false,
    };
    this.users.set(user.id, user);
    return user;
  }

  addGuild(guild: GuildRecord, channels: readonly ChannelRecord[]): void {
    this.guilds.set(guild.id, guild);
    for (const channel of channels) {
      this.channels.set(channel.id, channel);
      (channel.thread ? guild.threadIds : guild.channelIds).add(channel.id);
    }
    this.events.emit("guildCreate", guild);
  }

  /** The guild's own settings changed (its system or updates channel). */
  guildChanged(guild: GuildRecord): void {
    this.events.emit("guildUpdate", guild);
  }

  removeGuild(guild: GuildRecord): void {
    this.guilds.delete(guild.id);
    for (const id of [...guild.channelIds, ...guild.threadIds]) {
      this.channels.delete(id);
      this.messages.dropChannel(id);
    }
    this.events.emit("guildDelete", guild);
  }

  addRole(guild: GuildRecord, role: RoleRecord): void {
    guild.roles.set(role.id, role);
    this.events.emit("roleCreate", { guildId: guild.id, role });
  }

  roleChanged(guild: GuildRecord, role: RoleRecord): void {
    this.events.emit("roleUpdate", { guildId: guild.id, role });
  }

  addMember(guild: GuildRecord, member: MemberRecord): void {
    guild.members.set(member.userId, member);
    this.events.emit("memberAdd", { guildId: guild.id, member });
  }

  memberChanged(guild: GuildRecord, member: MemberRecord): void {
    this.events.emit("memberUpdate", { guildId: guild.id, member });
  }

  // ---- channels and threads ----------------------------------------------------------

  addChannel(channel: ChannelRecord): void {
    const guild = this.guildOf(channel);
    this.channels.set(channel.id, channel);
    if (channel.thread) {
      guild.threadIds.add(channel.id);
      this.events.emit("threadCreate", { thread: channel, newlyCreated: true });
    } else {
      guild.channelIds.add(channel.id);
      this.events.emit("channelCreate", channel);
    }
  }

  channelChanged(channel: ChannelRecord): void {
    this.events.emit(channel.thread ? "threadUpdate" : "channelUpdate", channel);
  }

  deleteChannel(channel: ChannelRecord): void {
    const guild = this.guildOf(channel);
    const doomed = [channel];
    for (const threadId of guild.threadIds) {
      const thread = this.channels.get(threadId);
      if (thread?.parentId === channel.id) doomed.push(thread);
    }
    for (const gone of doomed) {
      this.channels.delete(gone.id);
      guild.channelIds.delete(gone.id);
      guild.threadIds.delete(gone.id);
      this.messages.dropChannel(gone.id);
    }
    this.events.emit("channelDelete", channel);
    // Discord unsets a deleted system or updates channel and tells the bot with GUILD_UPDATE.
    if (guild.systemChannelId === channel.id || guild.publicUpdatesChannelId === channel.id) {
      if (guild.systemChannelId === channel.id) guild.systemChannelId = null;
      if (guild.publicUpdatesChannelId === channel.id) guild.publicUpdatesChannelId = null;
      this.guildChanged(guild);
    }
  }

  // ---- messages ------------------------------------------------------------------------

  addMessage(stored: StoredMessage): void {
    this.messages.add(stored);
    if (!stored.ephemeral) {
      const channel = this.channels.get(stored.channelId);
      if (channel) {
        channel.lastMessageId = stored.message.id;
        if (channel.thread && stored.message.id !== channel.id) {
          channel.thread.messageCount += 1;
          channel.thread.totalMessageSent += 1;
        }
      }
    }
    this.events.emit("messageCreate", stored);
  }

  messageChanged(stored: StoredMessage): void {
    this.events.emit("messageUpdate", stored);
  }

  deleteMessage(stored: StoredMessage): void {
    const wasPinned = stored.pinnedAt !== null;
    this.messages.markDeleted(stored);
    const channel = this.channels.get(stored.channelId);
    if (channel?.thread && !stored.ephemeral) channel.thread.messageCount = Math.max(0, channel.thread.messageCount - 1);
    this.events.emit("messageDelete", stored);
    if (wasPinned && channel) this.pinsChanged(channel);
  }

  pinsChanged(channel: ChannelRecord): void {
    const latest = this.messages.pinned(channel.id)[0];
    channel.lastPinTimestamp = latest?.pinnedAt ?? null;
    this.events.emit("pinsUpdate", { guildId: channel.guildId, channelId: channel.id, lastPinTimestamp: channel.lastPinTimestamp });
  }
}

// A channel or thread as tests and the sandbox see it: its history, pins, threads and the bot's
// permissions there; changes (overwrites, name, archiving, deletion) go through the state and
// are dispatched as Discord would (CHANNEL_UPDATE, THREAD_UPDATE, CHANNEL_DELETE).
import type { OverwriteSeed } from "../guildBuilder.js";
import { permissionNames, type PermissionName } from "../permissions.js";
import type { ChannelRecord, StoredMessage } from "../state/records.js";
import { resolveOverwrite } from "../state/seedGuild.js";
import type { EmulatorState } from "../state/store.js";
import type { UserRef } from "./members.js";
import { memberPosts } from "./memberPosts.js";

export class ChannelHandle {
  constructor(
    private readonly state: EmulatorState,
    readonly record: ChannelRecord,
  ) {}

  get id(): string {
    return this.record.id;
  }

  get name(): string {
    return this.record.name;
  }

  get type(): number {
    return this.record.type;
  }

  get guildId(): string {
    return this.record.guildId;
  }

  /** `<#id>`, as a message would mention it. */
  get mention(): string {
    return `<#${this.id}>`;
  }

  /** Messages in the channel's history, oldest first (ephemeral replies and deleted ones excluded). */
  messages(): StoredMessage[] {
    return this.state.messages.list(this.id, { limit: 100 }).reverse();
  }

  lastMessage(): StoredMessage | undefined {
    return this.state.messages.list(this.id, { limit: 1 })[0];
  }

  pinned(): StoredMessage[] {
    return this.state.messages.pinned(this.id);
  }

  /** Threads started in this channel, oldest first. */
  threads(): ChannelHandle[] {
    const guild = this.state.guildOf(this.record);
    return [...guild.threadIds].flatMap((id) => {
      const thread = this.state.channels.get(id);
      return thread && thread.parentId === this.id ? [new ChannelHandle(this.state, thread)] : [];
    });
  }

  /** The bot's permissions here, as flag names. */
  botPermissions(): PermissionName[] {
    return permissionNames(this.state.botPermissionsIn(this.record));
  }

  /** Replaces every permission overwrite (CHANNEL_UPDATE). */
  setOverwrites(overwrites: readonly OverwriteSeed[]): this {
    const guild = this.state.guildOf(this.record);
    this.record.overwrites = overwrites.map((o) => resolveOverwrite(this.state, guild, o));
    this.state.channelChanged(this.record);
    return this;
  }

  /** Adds or replaces the overwrite for one role, member or the bot (CHANNEL_UPDATE). */
  overwrite(overwrite: OverwriteSeed): this {
    const resolved = resolveOverwrite(this.state, this.state.guildOf(this.record), overwrite);
    this.record.overwrites = [...this.record.overwrites.filter((o) => o.id !== resolved.id), resolved];
    this.state.channelChanged(this.record);
    return this;
  }

  rename(name: string): this {
    this.record.name = name;
    this.state.channelChanged(this.record);
    return this;
  }

  /** Archives a thread (THREAD_UPDATE). */
  archive(): this {
    if (!this.record.thread) throw new Error(`#${this.name} is not a thread`);
    this.record.thread.archived = true;
    this.record.thread.archiveTimestamp = this.state.timestamp();
    this.state.channelChanged(this.record);
    return this;
  }

  /** Deletes the channel and its threads (CHANNEL_DELETE / THREAD_DELETE). */
  delete(): void {
    this.state.deleteChannel(this.record);
  }

  /** A member writes here (MESSAGE_CREATE). */
  post(user: UserRef | undefined, content: string): StoredMessage {
    return memberPosts(this.state, { channelId: this.id, user, content });
  }
}

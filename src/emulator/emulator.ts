// The running emulator as tests and the sandbox drive it: the server's contents (guilds,
// channels, messages, commands), the users' actions (commands, buttons, modals, posts), waiters,
// recorded requests, faults and gateway controls. Made by startEmulator(); see docs/emulator.md.
import type { APIApplicationCommand, APIApplicationCommandOptionChoice } from "discord.js";
import { EventBus, type WaitOptions } from "./events.js";
import type { FaultInjector } from "./faults.js";
import { EmulatorGateway } from "./gateway/controls.js";
import type { GatewayServer } from "./gateway/server.js";
import { toGuildSeed, type GuildBuilder, type GuildSeed } from "./guildBuilder.js";
import { ChannelHandle } from "./driver/channelHandle.js";
import { GuildHandle } from "./driver/guildHandle.js";
import { memberPosts, type MemberPostInput } from "./driver/memberPosts.js";
import type { AutocompleteInput, ComponentInput, InteractionDriver, ModalInput, RunCommandInput } from "./interactions/driver.js";
import type { InteractionOutcome } from "./interactions/outcome.js";
import type { RecordedRequest, RequestLog } from "./requestLog.js";
import type { CommandRegistry } from "./state/commands.js";
import type { MessageSource, StoredMessage } from "./state/records.js";
import { seedGuild } from "./state/seedGuild.js";
import type { EmulatorState, StateEvents } from "./state/store.js";

export interface EmulatorEvents extends StateEvents {
  /** A REST request was answered. */
  request: RecordedRequest;
}

export interface MessageFilter {
  channelId?: string;
  authorId?: string;
  source?: MessageSource;
  /** Only messages created after this mark (see `emulator.mark()`); earlier ones already posted count too. */
  since?: number;
  predicate?: (stored: StoredMessage) => boolean;
}

export interface RequestViolation {
  request: RecordedRequest;
  violations: readonly string[];
}

export class Emulator {
  /** Pass as discord.js `rest.api`. */
  readonly apiUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUserId: string;
  readonly requests: RequestLog;
  readonly faults: FaultInjector;
  readonly gateway: EmulatorGateway;
  readonly events = new EventBus<EmulatorEvents>();
  /** The raw state, for what the handles don't cover. */
  readonly state: EmulatorState;
  private readonly commandRegistry: CommandRegistry;
  private readonly interactions: InteractionDriver;
  private readonly closeServer: () => Promise<void>;

  /** Made by startEmulator(). */
  constructor(parts: {
    apiUrl: string;
    token: string;
    state: EmulatorState;
    requests: RequestLog;
    faults: FaultInjector;
    gateway: GatewayServer;
    commands: CommandRegistry;
    interactions: InteractionDriver;
    close: () => Promise<void>;
  }) {
    this.apiUrl = parts.apiUrl;
    this.token = parts.token;
    this.state = parts.state;
    this.applicationId = parts.state.applicationId;
    this.botUserId = parts.state.botUser.id;
    this.requests = parts.requests;
    this.faults = parts.faults;
    this.gateway = new EmulatorGateway(parts.gateway);
    this.commandRegistry = parts.commands;
    this.interactions = parts.interactions;
    this.closeServer = parts.close;
    const forward = <K extends keyof StateEvents>(event: K) =>
      this.state.events.on(event, (payload) => this.events.emit(event, payload as EmulatorEvents[K]));
    for (const event of STATE_EVENTS) forward(event);
  }

  // ---- the server's contents ------------------------------------------------------------

  guild(nameOrId: string): GuildHandle {
    const record = this.state.guilds.get(nameOrId) ?? [...this.state.guilds.values()].find((g) => g.name === nameOrId);
    if (!record) throw new Error(`No guild "${nameOrId}" in the emulator`);
    return new GuildHandle(this.state, record);
  }

  guilds(): GuildHandle[] {
    return [...this.state.guilds.values()].map((record) => new GuildHandle(this.state, record));
  }

  /** Any channel or thread by id. */
  channel(id: string): ChannelHandle {
    const record = this.state.channels.get(id);
    if (!record) throw new Error(`No channel ${id} in the emulator`);
    return new ChannelHandle(this.state, record);
  }

  /** Adds a guild; if the bot is in it, connected sessions get GUILD_CREATE (a guild joining). */
  addGuild(seed: GuildSeed | GuildBuilder): GuildHandle {
    return new GuildHandle(this.state, seedGuild(this.state, toGuildSeed(seed)));
  }

  message(id: string): StoredMessage | undefined {
    return this.state.messages.get(id);
  }

  /** Registered application commands: global, or for one guild. */
  commands(guildId: string | null = null): APIApplicationCommand[] {
    return this.commandRegistry.list(guildId);
  }

  // ---- driving the bot ---------------------------------------------------------------------

  runCommand(input: RunCommandInput): Promise<InteractionOutcome> {
    return this.interactions.runCommand(input);
  }

  autocomplete(input: AutocompleteInput): Promise<APIApplicationCommandOptionChoice[]> {
    return this.interactions.autocomplete(input);
  }

  clickButton(input: Omit<ComponentInput, "values">): Promise<InteractionOutcome> {
    return this.interactions.clickButton(input);
  }

  /** Picks values in a select menu (or presses a button). */
  clickComponent(input: ComponentInput): Promise<InteractionOutcome> {
    return this.interactions.clickComponent(input);
  }

  submitModal(input: ModalInput): Promise<InteractionOutcome> {
    return this.interactions.submitModal(input);
  }

  memberPosts(input: MemberPostInput): StoredMessage {
    return memberPosts(this.state, input);
  }

  // ---- awaiting what the bot does ----------------------------------------------------------

  on<K extends keyof EmulatorEvents>(event: K, listener: (payload: EmulatorEvents[K]) => void): () => void {
    return this.events.on(event, listener);
  }

  waitFor<K extends keyof EmulatorEvents>(
    event: K,
    predicate?: (payload: EmulatorEvents[K]) => boolean,
    options?: WaitOptions,
  ): Promise<EmulatorEvents[K]> {
    return this.events.waitFor(event, predicate, options);
  }

  /** A position in the stream of messages: `waitForMessage({ since: mark })` also counts messages already posted after it. */
  mark(): number {
    return this.state.messages.currentSequence;
  }

  /** Resolves with the first message (bot's or member's) matching the filter. */
  waitForMessage(filter: MessageFilter, options: WaitOptions = {}): Promise<StoredMessage> {
    const matches = (stored: StoredMessage) =>
      (filter.channelId === undefined || stored.channelId === filter.channelId) &&
      (filter.authorId === undefined || stored.authorId === filter.authorId) &&
      (filter.source === undefined || stored.source === filter.source) &&
      (filter.since === undefined || stored.sequence > filter.since) &&
      (filter.predicate === undefined || filter.predicate(stored));
    if (filter.since !== undefined) {
      const already = this.state.messages.since(filter.since).find((stored) => !stored.deleted && matches(stored));
      if (already) return Promise.resolve(already);
    }
    const description = `a message${filter.channelId ? ` in channel ${filter.channelId}` : ""}`;
    return this.events.waitFor("messageCreate", matches, { description, ...options });
  }

  /** Requests the validator hook objected to. */
  violations(): RequestViolation[] {
    return this.requests.all.filter((request) => request.violations.length > 0).map((request) => ({ request, violations: request.violations }));
  }

  async close(): Promise<void> {
    this.faults.clear();
    await this.closeServer();
  }
}

const STATE_EVENTS: readonly (keyof StateEvents)[] = [
  "guildCreate",
  "guildUpdate",
  "guildDelete",
  "channelCreate",
  "channelUpdate",
  "channelDelete",
  "threadCreate",
  "threadUpdate",
  "roleCreate",
  "roleUpdate",
  "memberAdd",
  "memberUpdate",
  "messageCreate",
  "messageUpdate",
  "messageDelete",
  "pinsUpdate",
];

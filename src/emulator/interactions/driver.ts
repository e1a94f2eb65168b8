// The test driver's side of interactions: builds INTERACTION_CREATE payloads with everything
// discord.js needs (member with permissions, app_permissions from the bot's real permissions
// in the channel, entitlements, authorizing_integration_owners, the channel object), sends
// them through the gateway and returns the outcome once the bot has called back.
import type { APIApplicationCommandOptionChoice, APIMessage } from "discord.js";
import { InteractionType } from "discord.js";
import { ensureMember, permissionOverride, type UserRef } from "../driver/members.js";
import type { EmulatorServices } from "../http/context.js";
import type { GatewayServer } from "../gateway/server.js";
import type { PermissionInput } from "../permissions.js";
import type { ChannelRecord, GuildRecord, MemberRecord, StoredMessage, UserRecord } from "../state/records.js";
import { channelPayload, memberPayload } from "../state/serialize.js";
import { buildCommandOptions, type CommandInput } from "./commandOptions.js";
import { componentsWithIds, modalSubmitComponents, type ModalFieldValue } from "./components.js";
import { InteractionOutcome } from "./outcome.js";
import { TOKEN_LIFETIME_MS, type InteractionRecord } from "./registry.js";

export interface InteractionPlace {
  channelId: string;
  /** Who interacts (default: a member called "member", created if needed). */
  user?: UserRef;
  /** The member's permissions as Discord reports them, instead of what their roles give. */
  memberPermissions?: PermissionInput;
  /** How long to wait for the bot's callback (default: the response window plus a little). */
  timeoutMs?: number;
}

export interface RunCommandInput extends InteractionPlace, CommandInput {}

export interface AutocompleteInput extends InteractionPlace, CommandInput {
  focused: string;
}

/** A message, its id, or an interaction outcome (meaning the message it answered with). */
export type MessageRef = string | APIMessage | StoredMessage | InteractionOutcome;

export interface ComponentInput {
  message: MessageRef;
  customId: string;
  /** Chosen values, for select menus. */
  values?: readonly string[];
  user?: UserRef;
  memberPermissions?: PermissionInput;
  timeoutMs?: number;
}

export interface ModalInput {
  customId: string;
  fields: Readonly<Record<string, ModalFieldValue>>;
  user?: UserRef;
  /** The interaction the bot answered with the modal (default: the latest such modal). */
  from?: InteractionOutcome;
  timeoutMs?: number;
}

interface Invocation {
  guild: GuildRecord;
  channel: ChannelRecord;
  user: UserRecord;
  member: MemberRecord;
  memberPermissions: bigint | null;
}

export class InteractionDriver {
  private readonly answeredModals = new WeakSet<InteractionOutcome>();

  constructor(
    private readonly services: EmulatorServices,
    private readonly gateway: GatewayServer,
  ) {}

  /** Sends a slash command (type 2); resolves once the bot has called back. */
  async runCommand(input: RunCommandInput): Promise<InteractionOutcome> {
    const place = this.place(input.channelId, input.user, input.memberPermissions);
    const data = this.commandData(place, input);
    return this.send(place, InteractionType.ApplicationCommand, data, null, input.timeoutMs);
  }

  /** Sends an autocomplete request (type 4) and resolves with the choices the bot offered. */
  async autocomplete(input: AutocompleteInput): Promise<APIApplicationCommandOptionChoice[]> {
    const place = this.place(input.channelId, input.user, input.memberPermissions);
    const data = this.commandData(place, input);
    const outcome = await this.send(place, InteractionType.ApplicationCommandAutocomplete, data, null, input.timeoutMs);
    return outcome.choices ?? [];
  }

  /** Presses a button or picks from a select menu (type 3) on a message. */
  async clickComponent(input: ComponentInput): Promise<InteractionOutcome> {
    const stored = this.findMessage(input.message);
    const component = componentsWithIds(stored.message.components).find((c) => c.custom_id === input.customId);
    if (!component) {
      const available = componentsWithIds(stored.message.components).map((c) => c.custom_id);
      throw new Error(`Message ${stored.message.id} has no component "${input.customId}" (it has: ${available.join(", ") || "none"})`);
    }
    if ((component as { disabled?: boolean }).disabled) throw new Error(`Component "${input.customId}" is disabled`);
    const place = this.place(stored.channelId, input.user, input.memberPermissions);
    const data = {
      custom_id: component.custom_id,
      component_type: component.type,
      ...(component.type === 2 ? {} : { values: [...(input.values ?? [])] }),
    };
    return this.send(place, InteractionType.MessageComponent, data, stored, input.timeoutMs);
  }

  clickButton(input: Omit<ComponentInput, "values">): Promise<InteractionOutcome> {
    return this.clickComponent(input);
  }

  /** Submits the modal the bot opened (type 5), filling its fields by custom_id. */
  async submitModal(input: ModalInput): Promise<InteractionOutcome> {
    const opened = input.from ?? this.findOpenModal(input.customId, input.user);
    const modal = opened.modal;
    if (!modal || modal.custom_id !== input.customId) {
      throw new Error(`Interaction ${opened.id} did not open a modal "${input.customId}"`);
    }
    if (this.answeredModals.has(opened)) throw new Error(`Modal "${input.customId}" was already submitted`);
    this.answeredModals.add(opened);
    const record = this.services.interactions.get(opened.id);
    const source = record?.sourceMessageId ? this.services.state.messages.get(record.sourceMessageId) ?? null : null;
    const place = this.place(opened.channelId, input.user ?? { id: opened.userId }, undefined);
    const data = { custom_id: modal.custom_id, components: modalSubmitComponents(modal.components, input.fields) };
    return this.send(place, InteractionType.ModalSubmit, data, source, input.timeoutMs);
  }

  // ---- building blocks -------------------------------------------------------------------

  private place(channelId: string, user: UserRef | undefined, permissions: PermissionInput | undefined): Invocation {
    const { state } = this.services;
    const channel = state.channels.get(channelId);
    if (!channel) throw new Error(`No channel ${channelId} in the emulator`);
    const guild = state.guildOf(channel);
    const { user: userRecord, member } = ensureMember(state, guild, user);
    return { guild, channel, user: userRecord, member, memberPermissions: permissionOverride(permissions) };
  }

  private commandData(place: Invocation, input: CommandInput & { focused?: string }): Record<string, unknown> {
    const commandName = input.name.trim().split(/\s+/)[0] ?? "";
    const command = this.services.commands.resolve(place.guild.id, commandName);
    const built = buildCommandOptions(this.services.state, place.guild, place.channel, command, input, place.user.id);
    return {
      id: command?.id ?? this.services.state.ids.next(),
      name: built.commandName,
      type: 1,
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
      ...(built.options.length > 0 ? { options: built.options } : {}),
      ...(Object.keys(built.resolved).length > 0 ? { resolved: built.resolved } : {}),
    };
  }

  private findMessage(ref: MessageRef): StoredMessage {
    const id =
      typeof ref === "string"
        ? ref
        : ref instanceof InteractionOutcome
          ? ref.original?.id
          : "message" in ref && "sequence" in ref
            ? ref.message.id
            : (ref as APIMessage).id;
    const stored = id ? this.services.state.messages.get(id) : undefined;
    if (!stored || stored.deleted) throw new Error(`No message ${id ?? "(the interaction has no response message)"} to click on`);
    return stored;
  }

  private findOpenModal(customId: string, user: UserRef | undefined): InteractionOutcome {
    const userId = typeof user === "object" ? user.id : undefined;
    for (const record of this.services.interactions.newestFirst()) {
      const outcome = record.outcome;
      if (outcome.modal?.custom_id !== customId || this.answeredModals.has(outcome)) continue;
      if (userId !== undefined && outcome.userId !== userId) continue;
      return outcome;
    }
    throw new Error(`The bot has not opened a modal "${customId}" (it answers an interaction with callback type 9)`);
  }

  private async send(
    place: Invocation,
    type: number,
    data: Record<string, unknown>,
    source: StoredMessage | null,
    timeoutMs: number | undefined,
  ): Promise<InteractionOutcome> {
    const { state, interactions, settings } = this.services;
    const id = state.ids.next();
    const token = interactions.newToken();
    const sentAt = performance.now();
    const outcome = new InteractionOutcome(id, token, type, place.guild.id, place.channel.id, place.user.id, sentAt);
    const record: InteractionRecord = {
      id,
      token,
      type,
      guildId: place.guild.id,
      channelId: place.channel.id,
      userId: place.user.id,
      sourceMessageId: source?.message.id ?? null,
      sentAt,
      expiresAt: state.now() + TOKEN_LIFETIME_MS,
      acknowledged: false,
      originalMessageId: null,
      followUpIds: new Set(),
      outcome,
    };
    interactions.add(record);
    const payload = this.payload(place, id, token, type, data, source);
    const delivered = this.gateway.dispatchToGuild(place.guild.id, "INTERACTION_CREATE", 0, () => payload);
    if (delivered === 0) throw new Error("No bot session is connected to the emulator's gateway for this guild");
    const waitMs = timeoutMs ?? settings.interactionResponseWindowMs + 250;
    try {
      await outcome.waitForCallback({ timeoutMs: waitMs });
    } catch {
      throw new Error(
        `The application did not respond: no callback to interaction ${id} within ${waitMs} ms ` +
          `(Discord shows "The application did not respond" after ${settings.interactionResponseWindowMs} ms)`,
      );
    }
    return outcome;
  }

  private payload(
    place: Invocation,
    id: string,
    token: string,
    type: number,
    data: Record<string, unknown>,
    source: StoredMessage | null,
  ): Record<string, unknown> {
    const { state } = this.services;
    const memberPermissions = (place.memberPermissions ?? state.permissionsIn(place.channel, place.user.id)).toString();
    return {
      id,
      application_id: state.applicationId,
      type,
      token,
      version: 1,
      data,
      guild_id: place.guild.id,
      guild: { id: place.guild.id, locale: "en-US", features: [] },
      channel_id: place.channel.id,
      channel: { ...channelPayload(place.channel), permissions: memberPermissions },
      member: { ...memberPayload(place.member, place.user), permissions: memberPermissions },
      app_permissions: state.botPermissionsIn(place.channel).toString(),
      locale: "en-US",
      guild_locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: { "0": place.guild.id },
      context: 0,
      attachment_size_limit: 10_485_760,
      ...(source ? { message: source.message } : {}),
    };
  }
}

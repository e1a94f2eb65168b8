// Builds stored messages the way Discord fills them in: author, timestamps, embeds marked
// "rich", the mentions that would really ping, replies (type 19 with the referenced message),
// thread positions and interaction metadata.
import {
  EmbedType,
  MessageReferenceType,
  MessageType,
  PermissionFlagsBits,
  type APIEmbed,
  type APIMessage,
  type APIMessageInteractionMetadata,
} from "discord.js";
import { computePings } from "../mentions.js";
import type { MessageBody } from "../messageBody.js";
import type { ChannelRecord, MessageSource, StoredMessage, UserRecord } from "./records.js";
import { userPayload } from "./serialize.js";
import type { EmulatorState } from "./store.js";

export interface NewMessage {
  channel: ChannelRecord;
  author: UserRecord;
  body: MessageBody;
  source: MessageSource;
  /** Discord message type (0 default, 20 chat-input command response); a reply's 19 is worked out from `message_reference`. */
  type?: number;
  ephemeral?: boolean;
  /** Forum starter messages share their thread's id. */
  id?: string;
  interactionMetadata?: APIMessageInteractionMetadata;
}

export function buildMessage(state: EmulatorState, input: NewMessage): StoredMessage {
  const { channel, author, body } = input;
  const guild = state.guildOf(channel);
  const content = body.content ?? "";
  const allowedMentions = body.allowed_mentions ?? null;
  const authorPermissions = state.permissionsIn(channel, author.id);
  const repliedTo = input.type === undefined ? replyTarget(state, body) : undefined;
  const pinged = computePings(content, {
    allowedMentions,
    canMentionEveryone: (authorPermissions & PermissionFlagsBits.MentionEveryone) !== 0n,
    isKnownRole: (id) => guild.roles.has(id),
    isMentionableRole: (id) => guild.roles.get(id)?.mentionable ?? false,
    isKnownUser: (id) => state.users.has(id),
    repliedUserId: repliedTo && repliedTo.authorId !== author.id ? repliedTo.authorId : null,
  });
  const message: APIMessage = {
    id: input.id ?? state.ids.next(),
    channel_id: channel.id,
    author: userPayload(author),
    content,
    timestamp: state.timestamp(),
    edited_timestamp: null,
    tts: body.tts ?? false,
    mention_everyone: pinged.everyone,
    mentions: pinged.users.map((id) => userPayload(state.userOrThrow(id))),
    mention_roles: pinged.roles,
    attachments: [],
    embeds: (body.embeds ?? []).map(richEmbed),
    pinned: false,
    type: input.type ?? (repliedTo === undefined ? 0 : MessageType.Reply),
    flags: body.flags ?? 0,
    components: (body.components ?? []) as APIMessage["components"],
  };
  if (body.nonce !== undefined) message.nonce = body.nonce;
  if (body.message_reference) message.message_reference = body.message_reference;
  // A reply carries the message it answers (null once that was deleted), as Discord sends it.
  if (repliedTo !== undefined) message.referenced_message = repliedTo && !repliedTo.deleted ? referencedSnapshot(repliedTo.message) : null;
  if (input.source === "interaction") {
    message.webhook_id = state.applicationId;
    message.application_id = state.applicationId;
  }
  if (input.interactionMetadata) message.interaction_metadata = input.interactionMetadata;
  if (channel.thread && !input.ephemeral) message.position = channel.thread.totalMessageSent;
  return {
    message,
    guildId: guild.id,
    channelId: channel.id,
    authorId: author.id,
    source: input.source,
    ephemeral: input.ephemeral ?? false,
    nonce: body.nonce ?? null,
    allowedMentions,
    pinged,
    pinnedAt: null,
    deleted: false,
    sequence: state.messages.nextSequence(),
  };
}

/** Applies an edit (PATCH) the way Discord does: fields present replace, others stay. */
export function applyEdit(state: EmulatorState, stored: StoredMessage, body: MessageBody): void {
  const message = stored.message;
  if (body.content !== undefined) message.content = body.content;
  if (body.embeds !== undefined) message.embeds = body.embeds.map(richEmbed);
  if (body.components !== undefined) message.components = body.components as APIMessage["components"];
  if (body.flags !== undefined) message.flags = body.flags;
  if (body.allowed_mentions !== undefined) stored.allowedMentions = body.allowed_mentions;
  message.edited_timestamp = state.timestamp();
}

/**
 * For a reply (a `message_reference` of type 0 "default" naming a message): the message replied
 * to, or null when it is unknown. Undefined when this is not a reply (a forward, a system message).
 */
function replyTarget(state: EmulatorState, body: MessageBody): StoredMessage | null | undefined {
  const reference = body.message_reference;
  if (!reference?.message_id || (reference.type ?? MessageReferenceType.Default) !== MessageReferenceType.Default) return undefined;
  return state.messages.get(reference.message_id) ?? null;
}

/** The replied-to message as a reply carries it: one level deep (its own reference is not nested). */
function referencedSnapshot(message: APIMessage): APIMessage {
  const { referenced_message: _nested, ...snapshot } = structuredClone(message);
  return snapshot;
}

function richEmbed(embed: APIEmbed): APIEmbed {
  return { type: EmbedType.Rich, ...embed };
}

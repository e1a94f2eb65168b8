// POST /interactions/{id}/{token}/callback: the bot's first answer to an interaction. Like
// Discord: only within the response window (3 s), only once, only a callback type that fits the
// interaction; 204, or with ?with_response=true the interaction callback response object.
import { InteractionResponseType, InteractionType, MessageType } from "discord.js";
import { alreadyAcknowledged, invalidFormBody, unknownInteraction, unknownMessage } from "../errors.js";
import { noContent, ok, type RouteContext, type RouteDefinition } from "../http/context.js";
import { checkAllowedMentions } from "../mentions.js";
import { checkMessageLimits, isObject, readMessageBody } from "../messageBody.js";
import type { InteractionRecord } from "../interactions/registry.js";
import { applyEdit, buildMessage } from "../state/messageFactory.js";
import type { StoredMessage } from "../state/records.js";

const EPHEMERAL = 64;
const LOADING = 128;

const ALLOWED_CALLBACKS: Record<number, readonly number[]> = {
  [InteractionType.ApplicationCommand]: [4, 5, 9],
  [InteractionType.MessageComponent]: [4, 5, 6, 7, 9],
  [InteractionType.ApplicationCommandAutocomplete]: [8],
  [InteractionType.ModalSubmit]: [4, 5, 6, 7],
};

function handleCallback(context: RouteContext) {
  const { interactions, settings } = context.services;
  const record = interactions.get(context.params.interaction_id ?? "");
  if (!record || record.token !== context.params.interaction_token) throw unknownInteraction();
  if (record.acknowledged) throw alreadyAcknowledged();
  // Too late: Discord has already shown "The application did not respond" and forgotten it.
  if (context.request.receivedAt - record.sentAt > settings.interactionResponseWindowMs) throw unknownInteraction();
  const body = isObject(context.body) ? context.body : {};
  const type = body.type;
  if (typeof type !== "number" || !(ALLOWED_CALLBACKS[record.type] ?? []).includes(type)) {
    throw invalidFormBody("type", "INTERACTION_RESPONSE_TYPE_INVALID", "Interaction response type is not valid for this interaction.");
  }
  const data = body.data;
  const original = answer(context, record, type, data);
  record.acknowledged = true;
  record.originalMessageId = original?.message.id ?? null;
  context.afterResponse(() => record.outcome.recordCallback({ type, data, at: context.request.receivedAt }, original?.message ?? null));

  if (context.query.with_response !== "true") return noContent();
  const message = original?.message;
  return ok({
    interaction: {
      id: record.id,
      type: record.type,
      ...(message
        ? {
            response_message_id: message.id,
            response_message_loading: ((message.flags ?? 0) & LOADING) !== 0,
            response_message_ephemeral: ((message.flags ?? 0) & EPHEMERAL) !== 0,
          }
        : {}),
    },
    resource: { type, ...(message && (type === 4 || type === 5 || type === 7) ? { message } : {}) },
  });
}

/** Carries out the callback; returns the message @original now refers to, if any. */
function answer(context: RouteContext, record: InteractionRecord, type: number, data: unknown): StoredMessage | null {
  const { state } = context.services;
  const channel = state.requireChannel(record.channelId);
  const user = state.userOrThrow(record.userId);
  const metadata = {
    id: record.id,
    type: record.type,
    user: { id: user.id, username: user.username, discriminator: "0", global_name: user.globalName, avatar: null },
    authorizing_integration_owners: { "0": record.guildId },
  } as StoredMessage["message"]["interaction_metadata"];
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource:
    case InteractionResponseType.DeferredChannelMessageWithSource: {
      const body = readMessageBody(data);
      const deferred = type === InteractionResponseType.DeferredChannelMessageWithSource;
      if (deferred) {
        body.flags = ((body.flags ?? 0) & EPHEMERAL) | LOADING;
        delete body.content;
      } else {
        const error = checkAllowedMentions(body.allowed_mentions) ?? checkMessageLimits(body, true, context.files.length > 0);
        if (error) throw error;
      }
      const stored = buildMessage(state, {
        channel,
        author: state.botUser,
        body,
        source: "interaction",
        type: record.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
        ephemeral: ((body.flags ?? 0) & EPHEMERAL) !== 0,
        interactionMetadata: metadata,
      });
      state.addMessage(stored);
      return stored;
    }
    case InteractionResponseType.DeferredMessageUpdate:
    case InteractionResponseType.UpdateMessage: {
      const source = record.sourceMessageId ? state.messages.get(record.sourceMessageId) : undefined;
      if (!source) throw unknownMessage();
      if (type === InteractionResponseType.UpdateMessage) {
        const body = readMessageBody(data);
        const error = checkMessageLimits(body, false);
        if (error) throw error;
        applyEdit(state, source, body);
        state.messageChanged(source);
      }
      return source;
    }
    default:
      // Autocomplete results (8) and modals (9) carry no message; the outcome keeps their data.
      return null;
  }
}

export const interactionRoutes: RouteDefinition[] = [
  {
    method: "POST",
    route: "/interactions/{interaction_id}/{interaction_token}/callback",
    auth: "none",
    handle: handleCallback,
  },
];

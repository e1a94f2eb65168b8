// Channel messages: create (with nonce/enforce_nonce), history (limit/before/after/around),
// read, edit and delete, with Discord's permission answers.
import { PermissionFlagsBits } from "discord.js";
import { ApiError, invalidFormBody, missingAccess, missingPermissions, nonTextChannel, threadArchived, unknownMessage } from "../errors.js";
import { noContent, ok, type RouteContext, type RouteDefinition } from "../http/context.js";
import { checkMessageLimits, readMessageBody } from "../messageBody.js";
import { applyEdit } from "../state/messageFactory.js";
import type { ChannelRecord, StoredMessage } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { botHas, viewableChannel } from "./access.js";
import { checkBotCanPost, storeBotMessage } from "./createMessage.js";

const NON_TEXT_TYPES = new Set([2, 4, 13, 15, 16]);

/** The channel (which the bot must see) and the message of the path. */
function target(context: RouteContext): { state: EmulatorState; channel: ChannelRecord; stored: StoredMessage } {
  const { state } = context.services;
  const channel = viewableChannel(state, context.params.channel_id);
  const stored = state.messages.inChannel(channel.id, context.params.message_id ?? "");
  if (!stored) throw unknownMessage();
  return { state, channel, stored };
}

function readLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw invalidFormBody("limit", "NUMBER_TYPE_MAX", "int value should be between 1 and 100.");
  }
  return limit;
}

export const messageRoutes: RouteDefinition[] = [
  {
    method: "POST",
    route: "/channels/{channel_id}/messages",
    auth: "bot",
    handle: (context) => {
      const { state } = context.services;
      const channel = viewableChannel(state, context.params.channel_id);
      if (NON_TEXT_TYPES.has(channel.type)) throw nonTextChannel();
      const body = readMessageBody(context.body);
      checkBotCanPost(context.services, channel, body, context.files.length > 0);
      if (channel.thread?.locked && !botHas(state, channel, PermissionFlagsBits.ManageThreads)) throw threadArchived();
      if (body.enforce_nonce && body.nonce !== undefined) {
        const earlier = state.messages.findByNonce(state.botUser.id, body.nonce, state.now());
        if (earlier) return ok(earlier.message);
      }
      if (channel.thread?.archived) {
        // Posting in an archived (unlocked) thread unarchives it, as on Discord.
        channel.thread.archived = false;
        channel.thread.archiveTimestamp = state.timestamp();
        state.channelChanged(channel);
      }
      return ok(storeBotMessage(context.services, channel, body).message);
    },
  },
  {
    method: "GET",
    route: "/channels/{channel_id}/messages",
    auth: "bot",
    handle: ({ services: { state }, params, query }) => {
      const channel = viewableChannel(state, params.channel_id);
      const limit = readLimit(query.limit);
      // Without Read Message History Discord answers an empty list, not an error.
      if (!botHas(state, channel, PermissionFlagsBits.ReadMessageHistory)) return ok([]);
      const found = state.messages.list(channel.id, { limit, before: query.before, after: query.after, around: query.around });
      return ok(found.map((stored) => stored.message));
    },
  },
  {
    method: "GET",
    route: "/channels/{channel_id}/messages/{message_id}",
    auth: "bot",
    handle: (context) => {
      const { state, channel, stored } = target(context);
      if (!botHas(state, channel, PermissionFlagsBits.ReadMessageHistory)) throw missingAccess();
      return ok(stored.message);
    },
  },
  {
    method: "PATCH",
    route: "/channels/{channel_id}/messages/{message_id}",
    auth: "bot",
    handle: (context) => {
      const { state, channel, stored } = target(context);
      if (stored.authorId !== state.botUser.id) {
        throw new ApiError(403, 50005, "Cannot edit a message authored by another user");
      }
      const body = readMessageBody(context.body);
      const limitError = checkMessageLimits(body, false);
      if (limitError) throw limitError;
      if (body.embeds?.length && !botHas(state, channel, PermissionFlagsBits.EmbedLinks)) throw missingPermissions();
      applyEdit(state, stored, body);
      state.messageChanged(stored);
      return ok(stored.message);
    },
  },
  {
    method: "DELETE",
    route: "/channels/{channel_id}/messages/{message_id}",
    auth: "bot",
    handle: (context) => {
      const { state, channel, stored } = target(context);
      if (stored.authorId !== state.botUser.id && !botHas(state, channel, PermissionFlagsBits.ManageMessages)) {
        throw missingPermissions();
      }
      state.deleteMessage(stored);
      return noContent();
    },
  },
];

// Pins, on both the older routes (/channels/{id}/pins) and the current ones
// (/channels/{id}/messages/pins). Pinning needs Pin Messages and Read Message History (the
// split from Manage Messages, 2025) and, as on Discord, posts a "pinned a message" system message.
import { MessageType, PermissionFlagsBits } from "discord.js";
import { ApiError, invalidFormBody, unknownMessage } from "../errors.js";
import { noContent, ok, type RouteContext, type RouteDefinition } from "../http/context.js";
import { buildMessage } from "../state/messageFactory.js";
import type { ChannelRecord, StoredMessage } from "../state/records.js";
import { requireBotPermissions, viewableChannel } from "./access.js";

const MAX_PINS = 250;
const PIN_PERMISSIONS = PermissionFlagsBits.PinMessages | PermissionFlagsBits.ReadMessageHistory;

function pinTarget(context: RouteContext): { channel: ChannelRecord; stored: StoredMessage } {
  const { state } = context.services;
  const channel = viewableChannel(state, context.params.channel_id);
  requireBotPermissions(state, channel, PIN_PERMISSIONS);
  const stored = state.messages.inChannel(channel.id, context.params.message_id ?? "");
  if (!stored) throw unknownMessage();
  return { channel, stored };
}

function pin(context: RouteContext) {
  const { state } = context.services;
  const { channel, stored } = pinTarget(context);
  if (stored.pinnedAt) return noContent();
  if (state.messages.pinned(channel.id).length >= MAX_PINS) {
    throw new ApiError(400, 30003, `Maximum number of pins reached (${MAX_PINS})`);
  }
  state.messages.pin(stored, state.timestamp());
  state.messageChanged(stored);
  state.pinsChanged(channel);
  const notice = buildMessage(state, {
    channel,
    author: state.botUser,
    body: { message_reference: { message_id: stored.message.id, channel_id: channel.id, guild_id: channel.guildId } },
    source: "bot",
    type: MessageType.ChannelPinnedMessage,
  });
  state.addMessage(notice);
  return noContent();
}

function unpin(context: RouteContext) {
  const { state } = context.services;
  const { channel, stored } = pinTarget(context);
  if (state.messages.unpin(stored)) {
    state.messageChanged(stored);
    state.pinsChanged(channel);
  }
  return noContent();
}

function pinnedIn(context: RouteContext): StoredMessage[] {
  const { state } = context.services;
  const channel = viewableChannel(state, context.params.channel_id);
  requireBotPermissions(state, channel, PermissionFlagsBits.ReadMessageHistory);
  return state.messages.pinned(channel.id);
}

export const pinRoutes: RouteDefinition[] = [
  { method: "PUT", route: "/channels/{channel_id}/messages/pins/{message_id}", auth: "bot", handle: pin },
  { method: "DELETE", route: "/channels/{channel_id}/messages/pins/{message_id}", auth: "bot", handle: unpin },
  { method: "PUT", route: "/channels/{channel_id}/pins/{message_id}", auth: "bot", handle: pin },
  { method: "DELETE", route: "/channels/{channel_id}/pins/{message_id}", auth: "bot", handle: unpin },
  {
    method: "GET",
    route: "/channels/{channel_id}/pins",
    auth: "bot",
    handle: (context) => ok(pinnedIn(context).map((stored) => stored.message)),
  },
  {
    method: "GET",
    route: "/channels/{channel_id}/messages/pins",
    auth: "bot",
    handle: (context) => {
      const limit = context.query.limit === undefined ? 50 : Number(context.query.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
        throw invalidFormBody("limit", "NUMBER_TYPE_MAX", "int value should be between 1 and 50.");
      }
      const before = context.query.before;
      const pinned = pinnedIn(context).filter((stored) => before === undefined || (stored.pinnedAt ?? "") < before);
      return ok({
        items: pinned.slice(0, limit).map((stored) => ({ pinned_at: stored.pinnedAt, message: stored.message })),
        has_more: pinned.length > limit,
      });
    },
  },
];

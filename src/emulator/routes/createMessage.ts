// Creating a message as the bot in a channel or thread, shared by POST /channels/{id}/messages
// and forum posts: Discord's permission checks (send, embed links), body limits, and storage.
import { PermissionFlagsBits } from "discord.js";
import { checkAllowedMentions } from "../mentions.js";
import { checkMessageLimits, type MessageBody } from "../messageBody.js";
import type { EmulatorServices } from "../http/context.js";
import { buildMessage } from "../state/messageFactory.js";
import type { ChannelRecord, StoredMessage } from "../state/records.js";
import { requireBotPermissions, sendPermission } from "./access.js";

export function checkBotCanPost(services: EmulatorServices, channel: ChannelRecord, body: MessageBody, hasFiles: boolean): void {
  const { state } = services;
  requireBotPermissions(state, channel, sendPermission(channel));
  // Discord refuses a bot's embeds without Embed Links (403) rather than dropping them.
  if (body.embeds?.length) requireBotPermissions(state, channel, PermissionFlagsBits.EmbedLinks);
  if (hasFiles) requireBotPermissions(state, channel, PermissionFlagsBits.AttachFiles);
  const mentionsError = checkAllowedMentions(body.allowed_mentions);
  if (mentionsError) throw mentionsError;
  const limitError = checkMessageLimits(body, true, hasFiles);
  if (limitError) throw limitError;
}

export function storeBotMessage(
  services: EmulatorServices,
  channel: ChannelRecord,
  body: MessageBody,
  options: { id?: string } = {},
): StoredMessage {
  const { state } = services;
  const stored = buildMessage(state, { channel, author: state.botUser, body, source: "bot", id: options.id });
  state.addMessage(stored);
  if (body.nonce !== undefined) {
    state.messages.rememberNonce(state.botUser.id, body.nonce, stored.message.id, state.now() + services.settings.nonceWindowMs);
  }
  return stored;
}

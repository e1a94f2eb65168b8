// Threads: from a message (the thread takes the message's id), forum posts (a thread with its
// starter message), threads without a message, thread membership, and a guild's active threads.
import { MessageType, PermissionFlagsBits, type APIMessage } from "discord.js";
import { ApiError, invalidFormBody, threadAlreadyCreated, unknownMessage } from "../errors.js";
import { created, noContent, ok, type EmulatorServices, type RouteContext, type RouteDefinition } from "../http/context.js";
import { isObject, readMessageBody } from "../messageBody.js";
import { newThread } from "../state/channelFactory.js";
import { buildMessage } from "../state/messageFactory.js";
import type { ChannelRecord } from "../state/records.js";
import { channelPayload } from "../state/serialize.js";
import { requireBotPermissions, viewableChannel } from "./access.js";
import { checkBotCanPost, storeBotMessage } from "./createMessage.js";

const ARCHIVE_DURATIONS = new Set([60, 1440, 4320, 10080]);
const wrongChannelType = () => new ApiError(400, 50024, "Cannot execute action on this channel type");

interface ThreadFields {
  name: string;
  autoArchiveDuration: number;
  rateLimitPerUser: number;
}

function readThreadFields(body: unknown): ThreadFields {
  const fields = isObject(body) ? body : {};
  const name = fields.name;
  if (typeof name !== "string" || name.length < 1 || name.length > 100) {
    throw invalidFormBody("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
  }
  const rateLimit = typeof fields.rate_limit_per_user === "number" ? fields.rate_limit_per_user : 0;
  return { name, autoArchiveDuration: archiveDuration(fields.auto_archive_duration ?? 1440), rateLimitPerUser: rateLimit };
}

/** A thread's auto-archive duration: 60, 1440, 4320 or 10080 minutes, or 400 Invalid Form Body. */
export function archiveDuration(value: unknown): number {
  if (typeof value !== "number" || !ARCHIVE_DURATIONS.has(value)) {
    throw invalidFormBody("auto_archive_duration", "BASE_TYPE_CHOICES", "Value must be one of {60, 1440, 4320, 10080}.");
  }
  return value;
}

function startThread(services: EmulatorServices, parent: ChannelRecord, id: string, type: number, fields: ThreadFields): ChannelRecord {
  const { state } = services;
  const thread = newThread({
    id,
    parent,
    type,
    name: fields.name,
    ownerId: state.botUser.id,
    autoArchiveDuration: fields.autoArchiveDuration,
    rateLimitPerUser: fields.rateLimitPerUser,
    timestamp: state.timestamp(),
  });
  state.addChannel(thread);
  return thread;
}

function threadFromMessage(context: RouteContext) {
  const { state } = context.services;
  const parent = viewableChannel(state, context.params.channel_id);
  if (parent.type !== 0 && parent.type !== 5) throw wrongChannelType();
  requireBotPermissions(state, parent, PermissionFlagsBits.CreatePublicThreads);
  const stored = state.messages.inChannel(parent.id, context.params.message_id ?? "");
  if (!stored) throw unknownMessage();
  if (stored.message.thread || state.channels.has(stored.message.id)) throw threadAlreadyCreated();
  const fields = readThreadFields(context.body);
  // A thread started from a message has the message's id; announcement channels get type 10.
  const thread = startThread(context.services, parent, stored.message.id, parent.type === 5 ? 10 : 11, fields);
  stored.message.thread = channelPayload(thread) as unknown as APIMessage["thread"];
  stored.message.flags = (stored.message.flags ?? 0) | 32;
  state.messageChanged(stored);
  return created(channelPayload(thread));
}

function threadInChannel(context: RouteContext) {
  const { state } = context.services;
  const parent = viewableChannel(state, context.params.channel_id);
  const body = isObject(context.body) ? context.body : {};
  const fields = readThreadFields(body);
  if (parent.type === 15) {
    // A forum post: "Send Messages" is what lets a member create posts in a forum.
    if (!isObject(body.message)) throw invalidFormBody("message", "BASE_TYPE_REQUIRED", "This field is required");
    const starter = readMessageBody(body.message);
    checkBotCanPost(context.services, parent, starter, context.files.length > 0);
    const thread = startThread(context.services, parent, state.ids.next(), 11, fields);
    const message = storeBotMessage(context.services, thread, starter, { id: thread.id });
    return created({ ...channelPayload(thread), message: message.message });
  }
  if (parent.type !== 0 && parent.type !== 5) throw wrongChannelType();
  // Discord's default for a thread without a message is a private thread (type 12).
  const type = typeof body.type === "number" ? body.type : 12;
  if (parent.type === 5 ? type !== 10 : type !== 11 && type !== 12) throw wrongChannelType();
  requireBotPermissions(
    state,
    parent,
    type === 12 ? PermissionFlagsBits.CreatePrivateThreads : PermissionFlagsBits.CreatePublicThreads,
  );
  const thread = startThread(context.services, parent, state.ids.next(), type, fields);
  if (type !== 12) {
    state.addMessage(
      buildMessage(state, {
        channel: parent,
        author: state.botUser,
        body: { content: thread.name, message_reference: { channel_id: thread.id, guild_id: parent.guildId } },
        source: "bot",
        type: MessageType.ThreadCreated,
      }),
    );
  }
  return created(channelPayload(thread));
}

function threadMember(threadId: string, userId: string, joinedAt: string) {
  return { id: threadId, user_id: userId, join_timestamp: joinedAt, flags: 0 };
}

function threadOf(context: RouteContext): ChannelRecord & { thread: NonNullable<ChannelRecord["thread"]> } {
  const channel = viewableChannel(context.services.state, context.params.channel_id);
  if (!channel.thread) throw wrongChannelType();
  return channel as ChannelRecord & { thread: NonNullable<ChannelRecord["thread"]> };
}

function setBotMembership(context: RouteContext, member: boolean) {
  const { memberIds } = threadOf(context).thread;
  const botId = context.services.state.botUser.id;
  if (member) memberIds.add(botId);
  else memberIds.delete(botId);
  return noContent();
}

export const threadRoutes: RouteDefinition[] = [
  { method: "POST", route: "/channels/{channel_id}/messages/{message_id}/threads", auth: "bot", handle: threadFromMessage },
  { method: "POST", route: "/channels/{channel_id}/threads", auth: "bot", handle: threadInChannel },
  { method: "PUT", route: "/channels/{channel_id}/thread-members/@me", auth: "bot", handle: (c) => setBotMembership(c, true) },
  { method: "DELETE", route: "/channels/{channel_id}/thread-members/@me", auth: "bot", handle: (c) => setBotMembership(c, false) },
  {
    method: "GET",
    route: "/channels/{channel_id}/thread-members",
    auth: "bot",
    handle: (context) => {
      const thread = threadOf(context);
      return ok([...thread.thread.memberIds].map((userId) => threadMember(thread.id, userId, thread.thread.createTimestamp)));
    },
  },
  {
    method: "GET",
    route: "/channels/{channel_id}/thread-members/{user_id}",
    auth: "bot",
    handle: (context) => {
      const thread = threadOf(context);
      const userId = context.params.user_id ?? "";
      if (!thread.thread.memberIds.has(userId)) throw new ApiError(404, 10007, "Unknown Member");
      return ok(threadMember(thread.id, userId, thread.thread.createTimestamp));
    },
  },
  {
    method: "GET",
    route: "/guilds/{guild_id}/threads/active",
    auth: "bot",
    handle: ({ services: { state }, params }) => {
      const guild = state.guilds.get(params.guild_id ?? "");
      if (!guild) throw new ApiError(404, 10004, "Unknown Guild");
      const threads = [...guild.threadIds]
        .map((id) => state.channels.get(id))
        .filter((thread): thread is ChannelRecord => thread?.thread?.archived === false);
      const botId = state.botUser.id;
      return ok({
        threads: threads.map(channelPayload),
        members: threads
          .filter((thread) => thread.thread?.memberIds.has(botId))
          .map((thread) => threadMember(thread.id, botId, thread.thread?.createTimestamp ?? "")),
      });
    },
  },
];

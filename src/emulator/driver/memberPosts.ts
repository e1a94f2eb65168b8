// A member writing in a channel or thread, or replying to a message there (Discord's Reply): the
// message is stored and dispatched as MESSAGE_CREATE (content blanked for bots without the Message
// Content intent, as on Discord — unless it mentions the bot, which a reply to the bot's message
// does while the member leaves Discord's "@ON" reply ping switched on).
import { MessageReferenceType, PermissionFlagsBits, type APIAllowedMentions } from "discord.js";
import { buildMessage } from "../state/messageFactory.js";
import type { ChannelRecord, StoredMessage } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { ensureMember, type UserRef } from "./members.js";

export interface MemberPostInput {
  channelId: string;
  user?: UserRef;
  content: string;
  allowedMentions?: APIAllowedMentions;
  /** Reply to this message (an id or a stored message) in the same channel: a type-19 message with `message_reference`. */
  replyTo?: string | StoredMessage;
  /** Whether the reply pings the replied-to author (Discord's "@ON" switch; on by default, as in Discord's app). */
  mentionRepliedAuthor?: boolean;
}

export function memberPosts(state: EmulatorState, input: MemberPostInput): StoredMessage {
  const channel = state.channels.get(input.channelId);
  if (!channel) throw new Error(`No channel ${input.channelId} in the emulator`);
  const guild = state.guildOf(channel);
  const { user } = ensureMember(state, guild, input.user);
  const needed =
    PermissionFlagsBits.ViewChannel |
    (channel.thread ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages);
  if ((state.permissionsIn(channel, user.id) & needed) !== needed) {
    throw new Error(`${user.username} may not send messages in #${channel.name} (check the seed's permissions)`);
  }
  if (channel.type === 15) throw new Error(`#${channel.name} is a forum: members post in its threads`);
  const reply = input.replyTo === undefined ? null : replyFields(state, channel, input);
  const allowedMentions = reply ? reply.allowedMentions : input.allowedMentions;
  const stored = buildMessage(state, {
    channel,
    author: user,
    body: {
      content: input.content,
      ...(allowedMentions ? { allowed_mentions: allowedMentions } : {}),
      ...(reply ? { message_reference: reply.reference } : {}),
    },
    source: "member",
  });
  if (channel.thread) {
    channel.thread.memberIds.add(user.id);
    if (channel.thread.archived && !channel.thread.locked) {
      channel.thread.archived = false;
      state.channelChanged(channel);
    }
  }
  state.addMessage(stored);
  return stored;
}

/** What Discord's app sends for a reply: the reference, and `replied_user` as the ping switch says. */
function replyFields(state: EmulatorState, channel: ChannelRecord, input: MemberPostInput) {
  const id = typeof input.replyTo === "string" ? input.replyTo : (input.replyTo as StoredMessage).message.id;
  const target = state.messages.get(id);
  // Discord's app only offers Reply on a message on screen: one that exists, in this channel, for everyone.
  if (!target || target.deleted || target.ephemeral) throw new Error(`There is no message ${id} to reply to`);
  if (target.channelId !== channel.id) throw new Error(`Message ${id} is not in #${channel.name}: a reply goes in the same channel as the message`);
  const ping = input.mentionRepliedAuthor ?? true;
  // Without an explicit list the app parses every mention, as a plain message does.
  const base: APIAllowedMentions = input.allowedMentions ?? { parse: ["users", "roles", "everyone"] as APIAllowedMentions["parse"] };
  return {
    reference: { type: MessageReferenceType.Default, message_id: id, channel_id: channel.id, guild_id: channel.guildId },
    allowedMentions: { ...base, replied_user: ping },
  };
}

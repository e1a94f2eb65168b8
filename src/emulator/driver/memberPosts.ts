// A member writing in a channel or thread: the message is stored and dispatched as
// MESSAGE_CREATE (content blanked for bots without the Message Content intent, as on Discord).
import { PermissionFlagsBits, type APIAllowedMentions } from "discord.js";
import { buildMessage } from "../state/messageFactory.js";
import type { StoredMessage } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { ensureMember, type UserRef } from "./members.js";

export interface MemberPostInput {
  channelId: string;
  user?: UserRef;
  content: string;
  allowedMentions?: APIAllowedMentions;
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
  const stored = buildMessage(state, {
    channel,
    author: user,
    body: { content: input.content, ...(input.allowedMentions ? { allowed_mentions: input.allowedMentions } : {}) },
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

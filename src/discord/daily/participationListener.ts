// Counts who took part in a daily prompt from what members post (MESSAGE_CREATE, Guild Messages
// intent): a message in a prompt's thread or forum post, or a reply to the prompt message itself
// (when the schedule opens no thread). Only ids and times are used; the bot never has the Message
// Content intent, so it never sees what members wrote. Bots, webhooks and system messages are ignored.
import { Events, type Client, type Message } from "discord.js";
import type { Logger } from "../../logging/createLogger.js";
import type { ParticipationStore, PromptRecord, PromptStore } from "../../store/store.js";
import { describeError } from "../describeError.js";

export type ParticipationDeps = {
  store: Pick<PromptStore, "findPromptByThread" | "findPromptByMessage"> & Pick<ParticipationStore, "recordAnswer">;
  logger: Pick<Logger, "debug" | "warn">;
};

/** The prompt a member's message answers, if any. */
export async function promptAnswered(store: ParticipationDeps["store"], message: Message<true>): Promise<PromptRecord | null> {
  if (message.channel.isThread()) return store.findPromptByThread(message.guildId, message.channelId);
  const repliedTo = message.reference?.messageId;
  return repliedTo ? store.findPromptByMessage(message.guildId, repliedTo) : null;
}

export async function countParticipation(deps: ParticipationDeps, message: Message): Promise<boolean> {
  if (!message.inGuild() || message.author.bot || message.system || message.webhookId) return false;
  const prompt = await promptAnswered(deps.store, message);
  if (!prompt) return false;
  const first = await deps.store.recordAnswer({
    guildId: message.guildId,
    promptId: prompt.id,
    userId: message.author.id,
    firstAnsweredAt: message.createdTimestamp,
    via: "thread",
  });
  deps.logger.debug({ guildId: message.guildId, promptId: prompt.id, userId: message.author.id, first }, "answer counted");
  return first;
}

/** Attaches the listener; returns a function that detaches it. */
export function listenForParticipation(client: Client, deps: ParticipationDeps): () => void {
  const listener = (message: Message) => {
    countParticipation(deps, message).catch((error: unknown) =>
      deps.logger.warn({ guildId: message.guildId, channelId: message.channelId, err: describeError(error) }, "could not count an answer"),
    );
  };
  client.on(Events.MessageCreate, listener);
  return () => client.off(Events.MessageCreate, listener);
}

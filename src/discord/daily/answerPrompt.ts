// The prompt's "Answer" button and the form it opens: the member writes their answer (up to 4,000
// characters), Colloquy posts it in the prompt's thread (or, when the schedule opens none, as a
// reply to the prompt), attributed to them with mentions disabled so nothing in it pings anyone,
// and counts their participation once, however many times they answer.
import {
  ComponentType,
  DiscordAPIError,
  RESTJSONErrorCodes,
  PermissionFlagsBits,
  Routes,
  TextInputStyle,
  type APIMessage,
  type APIModalInteractionResponseCallbackData,
  type MessageComponentInteraction,
  type ModalSubmitInteraction,
} from "discord.js";
import type { BotContext } from "../../bot/botContext.js";
import type { PromptRecord } from "../../store/store.js";
import { truncateAtBoundary } from "../../text/truncateAtBoundary.js";
import { replyWith, type Answer } from "../answer.js";
import type { ComponentHandler, ModalHandler } from "../commandModule.js";
import { encodeCustomId } from "../customIds.js";
import { EMBED_COLOUR } from "../render/messageView.js";
import { ANSWER_ACTIONS } from "../render/promptMessage.js";
import { UserError } from "../userError.js";
import { botAccessIn } from "./botPermissionsIn.js";

export const ANSWER_FIELD = "answer";
export const ANSWER_MIN_LENGTH = 2;
export const ANSWER_MAX_LENGTH = 4000;

const CANNOT_POST =
  "Colloquy can't post in this prompt's thread any more (it was deleted or locked, or Colloquy lost its permission there), so your answer was not posted. Please tell a moderator.";

/** The refusal, with what the member wrote so it is not lost (only they see it; it is never logged). */
function cannotPost(text: string): UserError {
  return new UserError(`${CANNOT_POST}\n\nWhat you wrote:\n${truncateAtBoundary(text, 1500)}`);
}

async function promptOf(context: BotContext, guildId: string | null, messageId: string | undefined): Promise<PromptRecord> {
  const prompt = guildId && messageId ? await context.store.findPromptByMessage(guildId, messageId) : null;
  if (!prompt) {
    throw new UserError("Colloquy can't find this prompt any more (it may still be being posted, or its schedule's history was removed). Try again in a minute, or answer in the thread.");
  }
  return prompt;
}

export function answerModal(prompt: PromptRecord, question: string | null): APIModalInteractionResponseCallbackData {
  return {
    custom_id: encodeCustomId(ANSWER_ACTIONS.modal, prompt.messageId),
    title: truncateAtBoundary(`Your answer · Day ${prompt.day}`, 45),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: ANSWER_FIELD,
            label: "Your answer",
            style: TextInputStyle.Paragraph,
            required: true,
            min_length: ANSWER_MIN_LENGTH,
            max_length: ANSWER_MAX_LENGTH,
            ...(question ? { placeholder: truncateAtBoundary(question, 100) } : {}),
          },
        ],
      },
    ],
  };
}

/** The prompt's main question, read from its embed (the form shows it as a hint). */
function questionOn(interaction: MessageComponentInteraction): string | null {
  return interaction.message.embeds[0]?.fields.find((field) => field.name === "Question")?.value ?? null;
}

export const answerButton: ComponentHandler = {
  async handle(interaction, _args, context) {
    const prompt = await promptOf(context, interaction.guildId, interaction.message.id);
    return { kind: "modal", modal: answerModal(prompt, questionOn(interaction)) };
  },
};

function link(guildId: string, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
}

export const answerForm: ModalHandler = {
  async handle(interaction: ModalSubmitInteraction, args, context): Promise<Answer> {
    const prompt = await promptOf(context, interaction.guildId, args[0]);
    const text = interaction.fields.getTextInputValue(ANSWER_FIELD).trim();
    if (text.length < ANSWER_MIN_LENGTH) throw new UserError("Your answer was empty. Press Answer again and write a few words.");
    const target = prompt.threadId ?? prompt.channelId;
    // Checked on the channel the prompt is in: an archived thread is not in the cache after a
    // restart, yet posting in it is fine (Discord reopens it).
    const access = botAccessIn(interaction.client, prompt.guildId, prompt.channelId);
    const send = prompt.threadId ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
    if (access.state === "gone" || (access.state === "known" && !access.permissions.has(PermissionFlagsBits.ViewChannel | send))) {
      throw cannotPost(text);
    }
    let posted: APIMessage;
    try {
      posted = (await interaction.client.rest.post(Routes.channelMessages(target), {
        body: {
          // The attribution mentions the member so everyone sees who answered; no mention in it or in their text pings.
          content: `**Answer from <@${interaction.user.id}>**`,
          embeds: [{ description: text, color: EMBED_COLOUR }],
          allowed_mentions: { parse: [] },
          ...(prompt.threadId ? {} : { message_reference: { message_id: prompt.messageId, fail_if_not_exists: false } }),
        },
      })) as APIMessage;
    } catch (error) {
      if (error instanceof DiscordAPIError && (error.status === 403 || error.status === 404 || error.code === RESTJSONErrorCodes.ThreadLocked || error.code === RESTJSONErrorCodes.InvalidActionOnArchivedThread)) {
        throw cannotPost(text);
      }
      throw error;
    }
    const first = await context.store.recordAnswer({
      guildId: prompt.guildId,
      promptId: prompt.id,
      userId: interaction.user.id,
      firstAnsweredAt: context.clock.now().getTime(),
      via: "modal",
    });
    const where = link(prompt.guildId, target, posted.id);
    return replyWith(
      { content: first ? `Thanks! Your answer is posted: ${where}` : `Thanks! Your answer is posted: ${where} (you had already taken part in this prompt, so it counts once).` },
      { ephemeral: true },
    );
  },
  deferAs: () => "ephemeral",
};

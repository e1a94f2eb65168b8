// The daily prompt as members see it: "Daily prompt · Day N · Section k of M", the section's title
// and excerpt as a quote, the main question and one follow-up, and an "Answer" button. The same
// view is posted by the scheduler and shown by /prompt preview, so the preview is exact.
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from "discord.js";
import type { PromptContent } from "../../prompts/promptContent.js";
import { truncateAtBoundary } from "../../text/truncateAtBoundary.js";
import { encodeCustomId } from "../customIds.js";
import { fitEmbed } from "./fitEmbed.js";
import { LIMITS } from "./limits.js";
import { blockQuote, plainText } from "./markdownText.js";
import { EMBED_COLOUR } from "./messageView.js";

/** Custom-id action of the prompt's Answer button and of the modal it opens (commands/prompt.ts). */
export const ANSWER_ACTIONS = { button: "answer", modal: "answer-form" } as const;

/** Where the answers go, said in the footer so members know what to do. */
export type AnswerPlace = "thread" | "reply";

export interface PromptMessageBody {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
}

/** Thread names are limited to 100 characters: the question, cut at a word boundary. */
export function threadNameFor(question: string): string {
  const oneLine = question.replace(/\s+/g, " ").trim();
  return truncateAtBoundary(oneLine === "" ? "Daily prompt" : oneLine, 100);
}

export function promptEmbed(content: PromptContent, answerPlace: AnswerPlace): APIEmbed {
  const heading = `**${plainText(content.sectionTitle)}**`;
  const excerpt = plainText(content.excerpt);
  // Leave room for the "> " the quote adds to every line.
  const room = LIMITS.embedDescription - heading.length - 2 - 2 * (excerpt.split("\n").length + 1);
  const fields = [{ name: "Question", value: plainText(content.question) }];
  if (content.followUp) fields.push({ name: "Follow-up", value: plainText(content.followUp) });
  const where = answerPlace === "thread" ? "Answer in the thread, or press Answer." : "Reply to this message, or press Answer.";
  return fitEmbed({
    title: `Daily prompt · Day ${content.day} · Section ${content.sectionNumber} of ${content.sectionCount}`,
    description: `${heading}\n\n${blockQuote(truncateAtBoundary(excerpt, room))}`,
    color: EMBED_COLOUR,
    fields,
    footer: { text: `${content.essayTitle} · ${where}` },
  });
}

/**
 * The Answer button. Its custom id carries the post's nonce: Discord returns no nonces when
 * listing messages, so this is the mark by which the bot finds its own post after a restart.
 */
export function answerButtonRow(nonce: string, options: { disabled?: boolean } = {}): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: "Answer",
        custom_id: encodeCustomId(ANSWER_ACTIONS.button, nonce),
        ...(options.disabled ? { disabled: true } : {}),
      },
    ],
  };
}

/** The nonce an Answer button carries, or null when the components have none. */
export function nonceOfComponents(components: readonly unknown[] | undefined): string | null {
  const prefix = encodeCustomId(ANSWER_ACTIONS.button, "x").slice(0, -1);
  for (const row of components ?? []) {
    for (const component of (row as { components?: { custom_id?: string }[] }).components ?? []) {
      if (component.custom_id?.startsWith(prefix)) return component.custom_id.slice(prefix.length);
    }
  }
  return null;
}

/** The message body of a prompt: the role ping (only when a role is configured), the embed, the button. */
export function promptMessage(content: PromptContent, options: { roleId: string | null; nonce: string; answerPlace: AnswerPlace; preview?: boolean }): PromptMessageBody {
  return {
    ...(options.roleId ? { content: `<@&${options.roleId}>` } : {}),
    embeds: [promptEmbed(content, options.answerPlace)],
    components: [answerButtonRow(options.nonce, { disabled: options.preview ?? false })],
  };
}

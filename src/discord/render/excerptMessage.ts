// The /excerpt card: the reading's title, "Section 3 of 6 · title", the passage as a quote, the
// questions to discuss, the paragraph range in the footer, and the buttons Next section, More
// questions and Another excerpt. Used by /excerpt and by its buttons.
import type { ExcerptView } from "../../library/excerptView.js";
import type { Reading } from "../../library/reading.js";
import { encodeCustomId } from "../customIds.js";
import { buttonRows } from "./buttonRows.js";
import { fitEmbed } from "./fitEmbed.js";
import { LIMITS } from "./limits.js";
import { blockQuote, plainText } from "./markdownText.js";
import { EMBED_COLOUR, type MessageView } from "./messageView.js";
import { questionLines } from "./questionLines.js";
import { truncateAtBoundary } from "../../text/truncateAtBoundary.js";

/** Custom-id actions of the excerpt card's buttons (handled in commands/excerpt.ts). */
export const EXCERPT_BUTTONS = { next: "next", more: "more", another: "another" } as const;

/**
 * Cards of a section's excerpts, made once per reading: a reading's text and questions do not
 * change while it is loaded (new questions come as a new Reading), and rendering is most of the
 * work of an /excerpt reply. Search results (with their own footer) and sentence runs are made
 * each time.
 */
const madeCards = new WeakMap<Reading, Map<string, MessageView>>();

export function excerptMessage(view: ExcerptView): MessageView {
  const index = view.passage.excerptIndex;
  if (view.search || index === null) return makeCard(view);
  let cards = madeCards.get(view.reading);
  if (!cards) madeCards.set(view.reading, (cards = new Map()));
  const key = `${view.section.id}:${index}`;
  const made = cards.get(key) ?? makeCard(view);
  cards.set(key, made);
  return made;
}

function makeCard(view: ExcerptView): MessageView {
  const { section, passage } = view;
  const heading = `**Section ${section.number} of ${view.sectionCount} · ${plainText(section.title)}**`;
  const text = plainText(passage.text);
  // The quote adds "> " to every line; leave room for it so the cut never loses a prefix.
  const quoteRoom = LIMITS.embedDescription - heading.length - 2 - 2 * (text.split("\n").length + 1);
  const description = `${heading}\n\n${blockQuote(truncateAtBoundary(text, quoteRoom))}`;
  const fields = view.questions.length > 0 ? [{ name: "Discuss", value: questionLines(view.questions, LIMITS.fieldValue) }] : [];
  const embed = fitEmbed({
    title: view.essayTitle,
    description,
    color: EMBED_COLOUR,
    fields,
    footer: { text: footerText(view) },
  });
  return { embeds: [embed], components: excerptButtons(view) };
}

function footerText(view: ExcerptView): string {
  const [first, last] = view.passage.paragraphs;
  const parts = [first === last ? `Paragraph ${first + 1}` : `Paragraphs ${first + 1}–${last + 1}`];
  if (view.passage.excerptIndex !== null && view.excerptCount > 1) parts.push(`excerpt ${view.passage.excerptIndex + 1} of ${view.excerptCount}`);
  if (view.search) {
    const words = view.search.words.map((word) => `“${word}”`).join(" ");
    const others = view.search.otherSectionNumbers;
    parts.push(others.length > 0 ? `${words} also in section${others.length > 1 ? "s" : ""} ${listNumbers(others)}` : `found by search for ${words}`);
  }
  return parts.join(" · ");
}

function listNumbers(numbers: readonly number[]): string {
  const shown = numbers.slice(0, 10).map(String);
  const rest = numbers.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.join(", ");
}

function excerptButtons(view: ExcerptView) {
  const { essayId, section, passage } = view;
  const nextExcerpt = passage.excerptIndex === null ? 0 : (passage.excerptIndex + 1) % Math.max(1, view.excerptCount);
  const anotherUseful = view.excerptCount > 1 || (passage.excerptIndex === null && view.excerptCount > 0);
  return buttonRows([
    { label: "Next section", customId: encodeCustomId(EXCERPT_BUTTONS.next, essayId, section.id), style: "primary" },
    { label: "More questions", customId: encodeCustomId(EXCERPT_BUTTONS.more, essayId, section.id, `${passage.sentences[0]}-${passage.sentences[1]}`) },
    { label: "Another excerpt", customId: encodeCustomId(EXCERPT_BUTTONS.another, essayId, section.id, nextExcerpt), disabled: !anotherUseful },
  ]);
}

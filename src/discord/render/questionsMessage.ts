// The questions of one section with their types (/questions and the "More questions" button),
// and questions on the whole reading below them.
import type { Section } from "../../essay/types.js";
import type { Question } from "../../questions/types.js";
import { fitEmbed } from "./fitEmbed.js";
import { LIMITS } from "./limits.js";
import { plainText } from "./markdownText.js";
import { EMBED_COLOUR, type MessageView } from "./messageView.js";
import { questionLines } from "./questionLines.js";

export interface QuestionsInput {
  essayTitle: string;
  section: Section;
  sectionCount: number;
  sectionQuestions: readonly Question[];
  essayQuestions: readonly Question[];
}

export function questionsMessage(input: QuestionsInput): MessageView {
  const { section } = input;
  const description =
    input.sectionQuestions.length > 0
      ? questionLines(input.sectionQuestions, LIMITS.embedDescription, { withTypes: true })
      : "No more questions for this section. Try the questions on the whole reading below, or use /excerpt to read on.";
  const fields =
    input.essayQuestions.length > 0
      ? [{ name: "On the whole reading", value: questionLines(input.essayQuestions, LIMITS.fieldValue, { withTypes: true }) }]
      : [];
  return {
    embeds: [
      fitEmbed({
        title: `Questions · Section ${section.number} of ${input.sectionCount} · ${plainText(section.title)}`,
        description,
        color: EMBED_COLOUR,
        fields,
        footer: { text: input.essayTitle },
      }),
    ],
  };
}

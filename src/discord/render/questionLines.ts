// Discussion questions as a numbered Markdown list that fits a given room (an embed field or
// description): each question gets an equal share, cut at a word boundary when it must be.
import type { Question, QuestionType } from "../../questions/types.js";
import { truncateAtBoundary } from "../../text/truncateAtBoundary.js";
import { plainText } from "./markdownText.js";

const typeLabels: Readonly<Record<QuestionType, string>> = {
  thesis: "Thesis",
  purpose: "Purpose",
  clarify: "Clarify",
  explanation: "Explanation",
  evidence: "Evidence",
  assumption: "Assumption",
  tension: "Tension",
  certainty: "Certainty",
  perspective: "Perspective",
  implication: "Implication",
  example: "Example",
  evaluate: "Evaluate",
  connect: "Connect",
};

export function questionTypeLabel(type: QuestionType): string {
  return typeLabels[type] ?? type;
}

/** "1. text" lines, or "1. **Tension** · text" with `withTypes`, together at most `room` characters. */
export function questionLines(questions: readonly Question[], room: number, options: { withTypes?: boolean; startAt?: number } = {}): string {
  if (questions.length === 0) return "";
  const lines = questions.map((question, index) => {
    const type = options.withTypes ? `**${questionTypeLabel(question.type)}** · ` : "";
    return { prefix: `${(options.startAt ?? 1) + index}. ${type}`, text: plainText(question.text) };
  });
  const share = Math.floor((room - (lines.length - 1)) / lines.length);
  return lines.map(({ prefix, text }) => prefix + truncateAtBoundary(text, Math.max(1, share - prefix.length))).join("\n");
}

// The daily prompt as data, free of Discord: what the posting adapter renders into an embed
// ("Daily prompt · Day N · Section k of M", the excerpt, the main question, one follow-up).
import type { PromptChoice } from "./choosePrompt.js";
import type { PromptEssay } from "./promptSource.js";

export interface PromptContent {
  essayId: string;
  essayTitle: string;
  sectionId: string;
  sectionNumber: number;
  sectionCount: number;
  sectionTitle: string;
  excerptId: string;
  excerpt: string;
  questionIds: string[];
  question: string;
  followUp: string | null;
  /** 1 for the schedule's first prompt, counting every prompt it has posted. */
  day: number;
}

/** What a choice stands for in this essay, or null when the essay no longer has those ids. */
export function buildPromptContent(
  essay: PromptEssay,
  choice: Pick<PromptChoice, "sectionId" | "excerptId" | "questionIds">,
  day: number,
): PromptContent | null {
  const section = essay.sections.find((candidate) => candidate.id === choice.sectionId);
  const excerpt = section?.excerpts.find((candidate) => candidate.id === choice.excerptId);
  if (!section || !excerpt) return null;
  const questions = choice.questionIds.map((id) => section.questions.find((question) => question.id === id));
  const [main, followUp] = questions;
  if (!main || questions.some((question) => question === undefined)) return null;
  return {
    essayId: essay.id,
    essayTitle: essay.title,
    sectionId: section.id,
    sectionNumber: section.number,
    sectionCount: essay.sections.length,
    sectionTitle: section.title,
    excerptId: excerpt.id,
    excerpt: excerpt.text,
    questionIds: [...choice.questionIds],
    question: main.text,
    followUp: followUp?.text ?? null,
    day,
  };
}

// Picks the next daily prompt of a schedule: the next section in the rotation, and for it an
// excerpt and two questions that differ each time round the essay (round 0 asks the best two
// questions, round 1 the next two, and so on, wrapping when a section runs out).
import type { PromptEssay, PromptSection } from "./promptSource.js";
import { nextInRotation, type RotationState } from "./rotation.js";

export interface PromptChoice {
  essayId: string;
  sectionId: string;
  excerptId: string;
  /** Main question first, then the follow-up when the section has more than one question. */
  questionIds: string[];
  /** The round through the essay this prompt belongs to (0 the first time). */
  round: number;
}

function pickAt<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

export function questionsForRound(section: PromptSection, round: number): string[] {
  const count = section.questions.length;
  if (count === 0) return [];
  const main = pickAt(section.questions, 2 * round) as { id: string };
  if (count === 1) return [main.id];
  const followUp = pickAt(section.questions, 2 * round + 1) as { id: string };
  return followUp.id === main.id ? [main.id] : [main.id, followUp.id];
}

function usableSections(essay: PromptEssay): PromptSection[] {
  return essay.sections.filter((section) => section.excerpts.length > 0 && section.questions.length > 0);
}

/** The ids the daily prompt rotates through: sections with an excerpt and a question, in reading order. */
export function rotationIds(essay: PromptEssay): string[] {
  return usableSections(essay).map((section) => section.id);
}

/** Null when the essay has no section with an excerpt and a question. Save `markUsed(…)` once posted. */
export function choosePrompt(essay: PromptEssay, rotation: RotationState): PromptChoice | null {
  const usable = usableSections(essay);
  const step = nextInRotation(rotationIds(essay), rotation);
  if (step === null) return null;
  const section = usable.find((candidate) => candidate.id === step.id) as PromptSection;
  const excerpt = pickAt(section.excerpts, step.round) as { id: string };
  return {
    essayId: essay.id,
    sectionId: section.id,
    excerptId: excerpt.id,
    questionIds: questionsForRound(section, step.round),
    round: step.round,
  };
}

// A reading as the bot serves it: an essay together with its ranked discussion questions.
// Discord-free; built once at start-up so no reply ever waits on the question generator.
import type { Essay, Section } from "../essay/types.js";
import type { Question, QuestionSet } from "../questions/types.js";

export interface Reading {
  essay: Essay;
  questions: QuestionSet;
}

/** The section's questions, best first (none when the generator found nothing to ask). */
export function sectionQuestionsOf(reading: Reading, section: Section): readonly Question[] {
  return reading.questions.sections[section.id] ?? [];
}

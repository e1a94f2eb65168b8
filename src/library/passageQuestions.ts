// Which discussion questions go with a passage: those anchored in the passage's own sentences
// first (so "Another excerpt" brings questions about what is on screen), then the section's
// others, then essay-wide questions about the section, each group best first.
import type { Section } from "../essay/types.js";
import type { Question } from "../questions/types.js";
import { sectionQuestionsOf, type Reading } from "./reading.js";

/** How many questions an excerpt card shows ("two or three" when the section has them). */
export const QUESTIONS_ON_CARD = 3;

export function questionsForSection(reading: Reading, section: Section): Question[] {
  const own = sectionQuestionsOf(reading, section);
  const aboutSection = reading.questions.essay.filter((question) => question.sectionId === section.id);
  return [...own, ...aboutSection.filter((question) => !own.some((mine) => mine.id === question.id))];
}

export function questionsForPassage(reading: Reading, section: Section, sentences: readonly [number, number], count = QUESTIONS_ON_CARD): Question[] {
  const all = questionsForSection(reading, section);
  const inside = (question: Question) => question.anchor.sentence >= sentences[0] && question.anchor.sentence <= sentences[1];
  return [...all.filter(inside), ...all.filter((question) => !inside(question))].slice(0, count);
}

/** The section's questions a card did not show, then the essay-wide ones: what "More questions" offers. */
export function moreQuestions(reading: Reading, section: Section, shown: readonly Question[]): { section: Question[]; essay: Question[] } {
  const shownIds = new Set(shown.map((question) => question.id));
  const forSection = questionsForSection(reading, section).filter((question) => !shownIds.has(question.id));
  const essay = reading.questions.essay.filter((question) => !shownIds.has(question.id) && !forSection.some((other) => other.id === question.id));
  return { section: forSection, essay };
}

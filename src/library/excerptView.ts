// What an excerpt card shows, free of Discord: which reading and section, the passage, how many
// excerpts the section has (for "Another excerpt") and the questions that go with the passage.
import type { Section } from "../essay/types.js";
import type { Question } from "../questions/types.js";
import { questionsForPassage } from "./passageQuestions.js";
import type { Reading } from "./reading.js";
import type { Passage } from "./searchPassages.js";

export interface ExcerptView {
  /** The reading (essay and the question set) the card was made from. */
  reading: Reading;
  essayId: string;
  essayTitle: string;
  section: Section;
  sectionCount: number;
  passage: Passage;
  excerptCount: number;
  questions: Question[];
  /** Present when the passage was found by /excerpt search. */
  search?: { words: string[]; otherSectionNumbers: number[] };
}

/** The section's excerpt at `excerptIndex`, wrapping round (so any round number picks one). */
export function excerptView(reading: Reading, section: Section, excerptIndex: number): ExcerptView {
  const count = section.excerpts.length;
  const index = count === 0 ? 0 : ((excerptIndex % count) + count) % count;
  const excerpt = section.excerpts[index];
  const passage: Passage = excerpt
    ? { section, text: excerpt.text, sentences: excerpt.sentences, paragraphs: excerpt.paragraphs, excerptIndex: index }
    : { section, text: section.sentences.map((sentence) => sentence.text).join(" "), sentences: sentenceRange(section), paragraphs: section.paragraphs, excerptIndex: null };
  return passageView(reading, passage);
}

export function passageView(reading: Reading, passage: Passage, search?: ExcerptView["search"]): ExcerptView {
  return {
    reading,
    essayId: reading.essay.id,
    essayTitle: reading.essay.meta.title,
    section: passage.section,
    sectionCount: reading.essay.sections.length,
    passage,
    excerptCount: passage.section.excerpts.length,
    questions: questionsForPassage(reading, passage.section, passage.sentences),
    ...(search ? { search } : {}),
  };
}

function sentenceRange(section: Section): [number, number] {
  return [section.sentences[0]?.index ?? 0, section.sentences[section.sentences.length - 1]?.index ?? 0];
}

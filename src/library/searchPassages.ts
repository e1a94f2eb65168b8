// "The passage containing the words": every typed word must appear (case- and accent-insensitive,
// a word may be the start of a longer one), searched over the section excerpts first and, where
// no excerpt holds them all, over the shortest run of a section's sentences that does.
// Best match first: the words as a phrase, then how often they occur, then excerpts (which read
// well) over sentence runs, then shorter passages, then reading order.
import type { Essay, Section, Sentence } from "../essay/types.js";
import { foldedWords, wordMatches } from "./foldText.js";

export interface Passage {
  section: Section;
  text: string;
  /** First and last sentence index (essay-wide, inclusive). */
  sentences: [first: number, last: number];
  /** First and last paragraph index (0-based, inclusive). */
  paragraphs: [first: number, last: number];
  /** Its position in `section.excerpts`, or null for a run of sentences outside the excerpts. */
  excerptIndex: number | null;
}

export interface PassageMatch extends Passage {
  /** The typed words appear together, in order. */
  phrase: boolean;
  /** How many words of the passage the typed words match. */
  occurrences: number;
}

export type SearchOutcome =
  | { kind: "empty" }
  | { kind: "found"; words: string[]; matches: PassageMatch[] }
  /** `absent`: typed words that appear nowhere in what was searched (empty: each appears, never all together). */
  | { kind: "missed"; words: string[]; absent: string[] };

/** The typed words, folded, without repeats; empty when nothing searchable was typed. */
export function searchWords(query: string): string[] {
  return [...new Set(foldedWords(query))];
}

export function searchPassages(essay: Essay, query: string, within?: Section): SearchOutcome {
  const words = searchWords(query);
  if (words.length === 0) return { kind: "empty" };
  const sections = within ? essay.sections.filter((section) => section.id === within.id) : essay.sections;
  const matches: PassageMatch[] = [];
  for (const section of sections) {
    const fromExcerpts = section.excerpts.flatMap((excerpt, excerptIndex) => {
      const match = matchPassage(words, foldedWords(excerpt.text));
      return match ? [{ section, text: excerpt.text, sentences: excerpt.sentences, paragraphs: excerpt.paragraphs, excerptIndex, ...match }] : [];
    });
    if (fromExcerpts.length > 0) {
      matches.push(...fromExcerpts);
      continue;
    }
    const run = shortestRunWithAll(words, section.sentences);
    if (run) {
      const passage = sentenceRunPassage(essay, section, run);
      const match = matchPassage(words, foldedWords(passage.text));
      if (match) matches.push({ ...passage, ...match });
    }
  }
  if (matches.length > 0) return { kind: "found", words, matches: matches.sort(bestFirst) };
  const searched = sections.flatMap((section) => section.sentences.flatMap((sentence) => foldedWords(sentence.text)));
  const absent = words.filter((word) => !searched.some((candidate) => wordMatches(word, candidate)));
  return { kind: "missed", words, absent };
}

function matchPassage(words: readonly string[], passageWords: readonly string[]): Pick<PassageMatch, "phrase" | "occurrences"> | null {
  if (!words.every((word) => passageWords.some((candidate) => wordMatches(word, candidate)))) return null;
  const occurrences = passageWords.filter((candidate) => words.some((word) => wordMatches(word, candidate))).length;
  const phrase =
    words.length > 1 &&
    passageWords.some((_, start) => words.every((word, offset) => {
      const candidate = passageWords[start + offset];
      return candidate !== undefined && wordMatches(word, candidate);
    }));
  return { phrase, occurrences };
}

function bestFirst(a: PassageMatch, b: PassageMatch): number {
  return (
    Number(b.phrase) - Number(a.phrase) ||
    b.occurrences - a.occurrences ||
    Number(b.excerptIndex !== null) - Number(a.excerptIndex !== null) ||
    a.text.length - b.text.length ||
    a.sentences[0] - b.sentences[0]
  );
}

/** The shortest run of consecutive sentences containing every word (the earliest of equal ones). */
function shortestRunWithAll(words: readonly string[], sentences: readonly Sentence[]): [number, number] | null {
  const has = sentences.map((sentence) => {
    const sentenceWords = foldedWords(sentence.text);
    return words.map((word) => sentenceWords.some((candidate) => wordMatches(word, candidate)));
  });
  let best: [number, number] | null = null;
  for (let first = 0; first < sentences.length; first += 1) {
    const seen = words.map(() => false);
    for (let last = first; last < sentences.length; last += 1) {
      has[last]?.forEach((present, index) => {
        if (present) seen[index] = true;
      });
      if (seen.every(Boolean)) {
        if (!best || last - first < best[1] - best[0]) best = [first, last];
        break;
      }
    }
  }
  return best;
}

function sentenceRunPassage(essay: Essay, section: Section, [first, last]: [number, number]): Passage {
  const run = section.sentences.slice(first, last + 1);
  const pieces: string[] = [];
  let paragraph = -1;
  let start = 0;
  let end = 0;
  const flush = () => {
    if (paragraph >= 0) pieces.push((essay.paragraphs[paragraph]?.text ?? "").slice(start, end));
  };
  for (const sentence of run) {
    if (sentence.paragraph !== paragraph) {
      flush();
      paragraph = sentence.paragraph;
      start = sentence.start;
    }
    end = sentence.end;
  }
  flush();
  const firstSentence = run[0] as Sentence;
  const lastSentence = run[run.length - 1] as Sentence;
  return {
    section,
    text: pieces.join("\n\n"),
    sentences: [firstSentence.index, lastSentence.index],
    paragraphs: [firstSentence.paragraph, lastSentence.paragraph],
    excerptIndex: null,
  };
}

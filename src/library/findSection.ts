// Which section a member means by what they typed in a `section` option: a number ("3",
// "section 3", "§3"), a section id (what autocomplete and buttons send), or words from its title
// that pick out exactly one section.
import type { Essay, Section } from "../essay/types.js";
import { foldText, foldedWords, wordMatches } from "./foldText.js";

export type SectionLookup =
  | { kind: "found"; section: Section }
  /** A number outside 1..count, or text that names no section. */
  | { kind: "missing"; asked: string; number: number | null; count: number }
  /** Title words that fit several sections. */
  | { kind: "ambiguous"; asked: string; candidates: Section[] };

export function findSection(essay: Essay, asked: string | number): SectionLookup {
  const text = String(asked).trim();
  const count = essay.sections.length;
  const number = /^(?:(?:section|sec\.?|§)\s*)?(\d{1,6})$/i.exec(text)?.[1];
  if (number !== undefined) {
    const section = essay.sections.find((candidate) => candidate.number === Number(number));
    return section ? { kind: "found", section } : { kind: "missing", asked: text, number: Number(number), count };
  }
  const byId = essay.sections.find((candidate) => candidate.id === text);
  if (byId) return { kind: "found", section: byId };

  const typed = foldedWords(text);
  if (typed.length === 0) return { kind: "missing", asked: text, number: null, count };
  const exact = essay.sections.filter((section) => foldText(section.title) === foldText(text));
  if (exact.length === 1) return { kind: "found", section: exact[0] as Section };
  const candidates = essay.sections.filter((section) => {
    const words = foldedWords(section.title);
    return typed.every((word) => words.some((titleWord) => wordMatches(word, titleWord)));
  });
  if (candidates.length === 1) return { kind: "found", section: candidates[0] as Section };
  if (candidates.length > 1) return { kind: "ambiguous", asked: text, candidates };
  return { kind: "missing", asked: text, number: null, count };
}

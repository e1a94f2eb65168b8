// Autocomplete suggestions for the `section` and `essay` options, within Discord's limits
// (at most 25 choices, names and values at most 100 characters), filtered by what is typed.
import type { Essay } from "../essay/types.js";
import { truncateAtBoundary } from "../text/truncateAtBoundary.js";
import { foldedWords } from "./foldText.js";
import type { Library } from "./library.js";

export interface Choice {
  name: string;
  value: string;
}

export const MAX_CHOICES = 25;
export const MAX_CHOICE_LENGTH = 100;

/**
 * "3 · Korean leader and process" → value "3". Typing digits filters by number, words by title;
 * as the member is still typing, every word (even one letter) may be the start of a title word.
 */
export function sectionChoices(essay: Essay, typed: string): Choice[] {
  const query = typed.trim();
  const digits = /^(?:section\s*)?(\d+)$/i.exec(query)?.[1];
  const words = foldedWords(query);
  return essay.sections
    .filter((section) => {
      if (digits !== undefined) return String(section.number).startsWith(digits);
      const haystack = foldedWords(`${section.number} ${section.title}`);
      return words.every((word) => haystack.some((candidate) => candidate.startsWith(word)));
    })
    .slice(0, MAX_CHOICES)
    .map((section) => ({ name: clip(`${section.number} · ${section.title}`), value: String(section.number) }));
}

/** Essay titles; the value is the essay id. */
export function readingChoices(library: Library, typed: string): Choice[] {
  const words = foldedWords(typed);
  return library.readings
    .filter(({ essay }) => {
      const haystack = foldedWords(`${essay.meta.title} ${essay.id.replace(/-/g, " ")}`);
      return words.every((word) => haystack.some((candidate) => candidate.startsWith(word)));
    })
    .slice(0, MAX_CHOICES)
    .map(({ essay }) => ({ name: clip(essay.meta.title), value: clip(essay.id) }));
}

function clip(text: string): string {
  return truncateAtBoundary(text, MAX_CHOICE_LENGTH);
}

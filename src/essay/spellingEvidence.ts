// How the author spells words elsewhere in the essay: counts of words and of hyphenated pairs
// ("foreign-educated"). The halves of words broken at a line end are left out, so a broken word is never
// evidence for itself. Counted on first use only (most essays have no line-end hyphens to decide), and only
// for the words a line-end hyphen can ask about, which are known from the text: a book-length essay has
// a few thousand of those against a few hundred thousand words.
import { forEachWord } from "./contentWords.js";
import type { SpellingEvidence } from "./joinHyphenatedWord.js";

/** A character of a broken word's halves. */
const WORD_CHARACTER = /[\p{L}\p{N}'’]/u;

export function spellingEvidence(text: string): SpellingEvidence {
  let counts: Map<string, number> | undefined;
  let everything: Map<string, number> | undefined;
  return {
    count(wordOrCompound) {
      const key = wordOrCompound.toLowerCase();
      counts ??= countWords(text, candidateWords(text));
      // A word no line-end hyphen in this text asks about (a caller with words of its own): count them all.
      if (!counts.has(key)) everything ??= countWords(text, undefined);
      return (counts.get(key) ?? everything?.get(key) ?? 0);
    },
  };
}

/** What joinHyphenatedWord may ask about each broken word: the joined word, the hyphenated pair and the head. */
function candidateWords(text: string): Set<string> {
  const words = new Set<string>();
  const lower = text.toLowerCase();
  // Found from each line end rather than by one expression over the text, which would try every letter as a start.
  for (let lineEnd = lower.indexOf("\n"); lineEnd >= 0; lineEnd = lower.indexOf("\n", lineEnd + 1)) {
    let hyphen = lineEnd - 1;
    while (hyphen >= 0 && (lower.charAt(hyphen) === " " || lower.charAt(hyphen) === "\t")) hyphen -= 1;
    if (lower.charAt(hyphen) !== "-") continue;
    let headStart = hyphen;
    while (headStart > 0 && WORD_CHARACTER.test(lower.charAt(headStart - 1))) headStart -= 1;
    let tailStart = lineEnd + 1;
    while (lower.charAt(tailStart) === " " || lower.charAt(tailStart) === "\t") tailStart += 1;
    let tailEnd = tailStart;
    while (tailEnd < lower.length && WORD_CHARACTER.test(lower.charAt(tailEnd))) tailEnd += 1;
    const head = lower.slice(headStart, hyphen);
    const tail = lower.slice(tailStart, tailEnd).replace(/['’]s$/u, "");
    if (head === "" || tail === "") continue;
    words.add(`${head}${tail}`).add(`${head}-${tail}`).add(head);
  }
  return words;
}

/** Counts of the `wanted` words (all words when undefined), each hyphenated word also counted by its parts and pairs. */
function countWords(text: string, wanted: ReadonlySet<string> | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  if (wanted) for (const word of wanted) counts.set(word, 0);
  const add = (key: string) => {
    if (!wanted || wanted.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const lower = text.toLowerCase();
  forEachWord(lower, (start, end) => {
    const token = lower.slice(start, end);
    const hyphenated = token.includes("-");
    if (wanted && !hyphenated && !wanted.has(token)) return;
    if (isBrokenHead(lower, end) || isBrokenTail(lower, start)) return;
    add(token);
    if (!hyphenated) return;
    const parts = token.split("-");
    for (let index = 0; index < parts.length; index += 1) {
      add(parts[index] ?? "");
      if (index > 0 && parts.length > 2) add(`${parts[index - 1]}-${parts[index]}`);
    }
  });
  return counts;
}

/** The token ending at `end` is followed by a hyphen and a line end: the first half of a broken word. */
function isBrokenHead(text: string, end: number): boolean {
  if (text.charAt(end) !== "-") return false;
  let index = end + 1;
  while (text.charAt(index) === " ") index += 1;
  return text.charAt(index) === "\n";
}

/** The token starting at `start` begins a line after a line that ended in a hyphen: the second half. */
function isBrokenTail(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && text.charAt(index) === " ") index -= 1;
  if (text.charAt(index) !== "\n") return false;
  index -= 1;
  while (index >= 0 && text.charAt(index) === " ") index -= 1;
  return text.charAt(index) === "-";
}

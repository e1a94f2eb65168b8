// How the author spells words elsewhere in the essay: counts of every word and of every hyphenated pair
// ("foreign-educated"). The halves of words broken at a line end are left out, so a broken word is never
// evidence for itself. Counted on first use only: most essays have no line-end hyphens to decide.
import type { SpellingEvidence } from "./joinHyphenatedWord.js";

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function spellingEvidence(text: string): SpellingEvidence {
  let counts: Map<string, number> | undefined;
  return {
    count(wordOrCompound) {
      counts ??= countWords(text);
      return counts.get(wordOrCompound.toLowerCase()) ?? 0;
    },
  };
}

function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const lower = text.toLowerCase();
  for (const match of lower.matchAll(TOKEN)) {
    const end = match.index + match[0].length;
    if (isBrokenHead(lower, end) || isBrokenTail(lower, match.index)) continue;
    const token = match[0];
    add(token);
    if (!token.includes("-")) continue;
    const parts = token.split("-");
    for (let index = 0; index < parts.length; index += 1) {
      add(parts[index] ?? "");
      if (index > 0 && parts.length > 2) add(`${parts[index - 1]}-${parts[index]}`);
    }
  }
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

// The words of a passage that carry its topic: lower-cased, stop words dropped, lightly stemmed so
// "sanctions" and "sanction", "tested" and "testing" count as one. Shared by sectioning and titling.
import { STOP_WORDS } from "./stopWords.js";

/** A word: letters and digits, with inner apostrophes or hyphens ("don’t", "long-term"). */
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export interface WordInfo {
  /** Lower case, no possessive. */
  word: string;
  /** Says something about the topic (see isTopical). */
  topical: boolean;
  stem: string;
}

const known = new Map<string, WordInfo>();
/** Word analyses are memoised: an essay repeats its words, and every word of every section is looked at. */
const MAX_REMEMBERED_WORDS = 50_000;

/** The analysis of one word as written in the text ("Sanctions", "Kim’s"). */
export function wordInfo(token: string): WordInfo {
  let info = known.get(token);
  if (info === undefined) {
    if (known.size >= MAX_REMEMBERED_WORDS) known.clear();
    const word = normaliseWord(token);
    info = { word, topical: isTopical(word), stem: stem(word) };
    known.set(token, info);
  }
  return info;
}

/** The stems of a passage's topical words, in order. */
export function contentStems(text: string): string[] {
  const stems: string[] = [];
  forEachWord(text, (start, end) => {
    const info = wordInfo(text.slice(start, end));
    if (info.topical) stems.push(info.stem);
  });
  return stems;
}

/** 0 = not yet known, 1 = a letter or digit, 2 = neither; for characters beyond ASCII. */
const letterCache = new Uint8Array(0x10000);

function isWordCharacter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) return false; // astral characters: not in English words
  let known = letterCache[code];
  if (known === 0) {
    known = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 2;
    letterCache[code] = known;
  }
  return known === 1;
}

/**
 * Calls `visit` with the start and end of each word of `text` (the words WORD matches), in order. A hand-written
 * scanner: the whole essay is read this way several times, and it is several times faster than the expression.
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let index = 0;
  while (index < length) {
    if (!isWordCharacter(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    index += 1;
    for (;;) {
      while (index < length && isWordCharacter(text.charCodeAt(index))) index += 1;
      const code = text.charCodeAt(index);
      // An apostrophe or hyphen joins two runs of letters ("don’t", "long-term").
      if ((code === 39 || code === 0x2019 || code === 45) && index + 1 < length && isWordCharacter(text.charCodeAt(index + 1))) {
        index += 2;
        continue;
      }
      break;
    }
    visit(start, index);
  }
}

/** Lower case, no possessive "’s", no surrounding apostrophes. */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  if (!lower.includes("'") && !lower.includes("’")) return lower;
  return lower.replace(/['’]s$/u, "").replace(/^['’]+|['’]+$/gu, "");
}

/** Adverbs in -ly say how, not what; these -ly words are nouns or names. */
const LY_NOUNS = new Set(["ally", "family", "supply", "assembly", "italy", "july", "rally", "reply", "monopoly", "anomaly", "homily", "lily", "belly", "bully", "folly", "jelly", "melancholy", "sally", "holly", "polly", "emily", "kelly", "molly", "billy", "wally"]);

/** Long enough, not a number, not a stop word, not an adverb in -ly. */
export function isTopical(word: string): boolean {
  if (word.length < 3 || STOP_WORDS.has(word) || isNumber(word)) return false;
  return !(word.endsWith("ly") && !LY_NOUNS.has(word));
}

function isNumber(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 48 && first <= 57 && /^\p{N}+$/u.test(word);
}

/** A light stemmer: plural and -ed/-ing endings only; enough to match forms of a word in one essay. */
export function stem(word: string): string {
  if (word.length <= 3 || word.includes("-")) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("s") && !/(ss|us|is|ous)$/.test(word)) return word.slice(0, -1);
  if (word.endsWith("ing") && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith("ed") && word.length > 4) return undouble(word.slice(0, -2));
  return word;
}

function undouble(base: string): string {
  return /([bdgmnprt])\1$/.test(base) ? base.slice(0, -1) : base;
}

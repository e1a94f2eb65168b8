// Is this an English word? Backs the decision to join or keep a hyphen at a line end.
// The list (~275,000 lower-case words, inflections included) comes from the an-array-of-english-words
// package, a sorted JSON array of [a-z] words. It is read only when a hyphenated line end is met and
// searched by bisection in its raw text (about 3 MB): a Set of the same words would cost ten times the
// memory, and parsing it a tenth of a second.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

let rawList: string | undefined;

function wordList(): string {
  rawList ??= readFileSync(createRequire(import.meta.url).resolve("an-array-of-english-words"), "utf8");
  return rawList;
}

/** Answers already looked up: an essay breaks the same words at line ends again and again. */
const answers = new Map<string, boolean>();
const MAX_ANSWERS = 20_000;

/** True when the word (any case) is in the English word list. */
export function isEnglishWord(word: string): boolean {
  const wanted = word.toLowerCase();
  let answer = answers.get(wanted);
  if (answer === undefined) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answer = lookUp(wanted);
    answers.set(wanted, answer);
  }
  return answer;
}

function lookUp(wanted: string): boolean {
  if (!/^[a-z]+$/.test(wanted)) return false;
  const list = wordList();
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    // The word around the middle: skip to the next letter, then back to its opening quote.
    let middle = (low + high) >>> 1;
    while (middle <= high && !isLetter(list.charCodeAt(middle))) middle += 1;
    if (middle > high) {
      high = ((low + high) >>> 1) - 1;
      continue;
    }
    const start = list.lastIndexOf('"', middle) + 1;
    const end = list.indexOf('"', middle);
    const candidate = list.slice(start, end);
    if (candidate === wanted) return true;
    if (candidate < wanted) low = end + 1;
    else high = start - 2;
  }
  return false;
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

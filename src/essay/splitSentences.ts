// Splits prose into sentences, located exactly (text === source.slice(start, end)).
// A sentence ends at ".", "!", "?" or an ellipsis (with any closing quotes or brackets after it) when
// the next word starts a sentence. It survives titles ("Mr.", "Dr."), initials ("J. R. R. Tolkien"),
// dotted abbreviations ("U.S. obviously", "e.g.", "i.e."), decimals ("3.5") and quotations
// ("“Stop!” she said."). A line break inside a paragraph (list items, verse) always ends a sentence.
import { NON_FINAL_ABBREVIATIONS } from "./lineCues.js";

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations that end a sentence only when the next word is a typical sentence opener ("…and so on, etc. The"). */
const AMBIGUOUS_ABBREVIATIONS = new Set(["etc", "inc", "ltd", "co", "corp", "al", "jr", "sr", "bros", "dept", "univ", "est", "ed", "eds", "a.m", "p.m", "ph.d", "u.s.a", "d.c"]);
/** Never end a sentence: they introduce what follows. */
const NEVER_FINAL = new Set(["e.g", "i.e", "eg", "ie", "cf", "viz", "vs"]);
/** Before a number these do not end a sentence ("No. 5", "pp. 12–14", "Fig. 3"). */
const BEFORE_NUMBER = new Set(["no", "nos", "p", "pp", "vol", "vols", "fig", "figs", "ch", "sec", "para", "art", "op"]);
/** Words that commonly open a sentence: after an ambiguous abbreviation, they show the sentence has ended. */
const SENTENCE_OPENERS = new Set([
  "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "but",
  "and", "or", "so", "yet", "in", "on", "at", "for", "if", "when", "while", "as", "after", "before", "his", "her", "their",
  "our", "my", "what", "why", "how", "who", "however", "still", "then", "now", "meanwhile", "moreover", "such", "many",
  "most", "some", "no", "not", "one", "both", "each", "all",
]);

const TERMINATOR = /(\.{2,}|…|[.!?]+)(["'”’»)\]]*)(?=\s|$)|\n/gu;

export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(TERMINATOR)) {
    const at = match.index;
    if (at < start) continue;
    const end = match[0] === "\n" ? at : at + match[0].length;
    if (match[0] !== "\n" && !endsHere(text, at, match[1] ?? "", end)) continue;
    pushSentence(sentences, text, start, end);
    start = skipSpace(text, match[0] === "\n" ? at + 1 : end);
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

function endsHere(text: string, at: number, terminator: string, end: number): boolean {
  const following = text.slice(end, end + 80);
  if (/^[ \t]*(\n|$)/.test(following)) return true;
  const next = /^\s+["'“‘(\[«]*(\S)/u.exec(following);
  const nextChar = next?.[1] ?? "";
  const nextWord = (/^\s+["'“‘(\[«]*([\p{L}\p{N}]+)/u.exec(following)?.[1] ?? "").toLowerCase();
  const nextIsCapital = /\p{Lu}/u.test(nextChar);
  const nextIsDigit = /\p{N}/u.test(nextChar);
  if (!nextIsCapital && !nextIsDigit && !/["'“‘(\[«]/u.test(following.trimStart().charAt(0))) return false;

  if (terminator !== ".") return nextIsCapital || nextIsDigit || /^[\s]*["“‘«(]/u.test(following);

  const word = /([\p{L}\p{N}.]*)$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? "";
  const bare = word.replace(/^\.+/, "").toLowerCase();
  if (NEVER_FINAL.has(bare)) return false;
  if (nextIsDigit && BEFORE_NUMBER.has(bare)) return false;
  if (NON_FINAL_ABBREVIATIONS.has(bare) && !AMBIGUOUS_ABBREVIATIONS.has(bare) && !bare.includes(".")) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. R. R. Tolkien", "George W. Bush"
  if (bare.includes(".") || AMBIGUOUS_ABBREVIATIONS.has(bare)) return SENTENCE_OPENERS.has(nextWord); // "U.S. President" vs "the U.S. The"
  return true;
}

function pushSentence(sentences: SentenceSpan[], text: string, start: number, end: number): void {
  let last = end;
  while (last > start && /\s/.test(text.charAt(last - 1))) last -= 1;
  if (last > start) sentences.push({ start, end: last, text: text.slice(start, last) });
}

function skipSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/.test(text.charAt(index))) index += 1;
  return index;
}

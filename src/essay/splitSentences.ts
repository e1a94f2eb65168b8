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
/** Before a number these do not end a sentence ("No. 5", "pp. 12–14", "Fig. 3", "c. 1850"). */
const BEFORE_NUMBER = new Set(["no", "nos", "p", "pp", "vol", "vols", "fig", "figs", "ch", "sec", "para", "art", "op", "c", "ca", "n", "nn", "l", "ll", "v"]);
/** Words that commonly open a sentence: after an ambiguous abbreviation, they show the sentence has ended. */
const SENTENCE_OPENERS = new Set([
  "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "but",
  "and", "or", "so", "yet", "in", "on", "at", "for", "if", "when", "while", "as", "after", "before", "his", "her", "their",
  "our", "my", "what", "why", "how", "who", "however", "still", "then", "now", "meanwhile", "moreover", "such", "many",
  "most", "some", "no", "not", "one", "both", "each", "all", "next", "last", "later", "today", "yesterday", "tomorrow",
  "everyone", "everybody", "nobody", "nothing", "everything", "someone", "something", "few", "several", "another", "every",
  "much", "more", "only", "even", "also", "thus", "therefore", "hence", "indeed", "perhaps", "maybe", "yes", "although",
  "though", "because", "since", "until", "unless", "despite", "during", "without", "once", "here", "where", "which",
  "whether", "instead", "again", "nor", "your", "me", "us", "him", "them", "from", "by", "to", "with", "of",
]);
/**
 * Abbreviations that close a clause rather than open a name ("5 p.m.", "and so on, etc."): before any
 * capitalised word they end the sentence, unless it names a time zone ("10 p.m. Eastern", "9 a.m. GMT").
 */
const CLAUSE_FINAL = new Set(["a.m", "p.m", "etc"]);
const TIME_ZONE_WORDS = new Set(["eastern", "central", "mountain", "pacific", "atlantic", "standard", "daylight", "summer", "local", "greenwich", "british"]);

/**
 * What may close a sentence after its full stop: quotes and brackets, a citation mark copied from a web page
 * ("founded in 1850.[3]") and emoji ("It worked. 🎉").
 */
const EMOJI = String.raw`\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]*(?:\u200D\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]*)*`;
// Each alternative starts with its own character, so a run of closers is read one way only (no backtracking blow-up).
const CLOSERS = String.raw`(?:["'”’»)\]]|\[\d{1,3}(?:[,–-]\d{1,3})*\]|[ \t]?${EMOJI})*`;
const TERMINATOR = new RegExp(String.raw`(\.{2,}|…|[.!?؟]+)(${CLOSERS})(?=\s|$)|\n`, "gu");

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
  const nextAsWritten = /^\s+["'“‘(\[«]*([\p{L}\p{N}]+)/u.exec(following)?.[1] ?? "";
  const nextWord = nextAsWritten.toLowerCase();
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
  if (CLAUSE_FINAL.has(bare) && nextIsCapital) return !TIME_ZONE_WORDS.has(nextWord) && !/^\p{Lu}{2,}$/u.test(nextAsWritten); // "5 p.m. Everyone", not "5 p.m. EST"
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

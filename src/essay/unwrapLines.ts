// Joins the hard-wrapped lines of one paragraph into a single line of prose: a space between lines,
// nothing after a soft hyphen or an attached dash, nothing inside a broken web or e-mail address, and for
// a hyphen at a line end whatever joinHyphenatedWord decides ("negotiations", "partly-foreign-educated",
// "pre- and post-war"). A Markdown hard break (two trailing spaces or a backslash) stays a line break.
import { addressAtEnd, continuesAddress } from "./brokenAddress.js";
import { joinHyphenatedWord, type SpellingEvidence } from "./joinHyphenatedWord.js";
import { SOFT_HYPHEN } from "./normaliseText.js";

const HEAD_BEFORE_HYPHEN = /([\p{L}\p{N}'’]+(?:-[\p{L}\p{N}'’]+)*)-$/u;
const TAIL_AT_LINE_START = /^[\p{L}\p{N}'’]+(?:-[\p{L}\p{N}'’]+)*/u;
const SENTENCE_END = /[.!?…]["'”’)]*$/u;
/** Only the end of the previous line is searched for a broken word: no word is longer. */
const HEAD_SEARCH = 120;
/** A dash written against the word before it ("since—", "was--"), or against the word after it ("—most"). */
const DASH_AFTER_WORD = /[^\s—–-](?:[—–]|--)$/u;
const DASH_BEFORE_WORD = /^(?:[—–]|--)[^\s—–-]/u;
/** Markdown's hard line break: two spaces or a backslash at the end of a line (normaliseText keeps the two spaces in Markdown). */
const HARD_BREAK = /\S(?: {2}|\\)$/;

/** A line this long, broken with a hard break, is prose wrapped by an editor rather than a line of verse. */
const WRAPPED_LINE = 60;

export interface UnwrapOptions {
  /** Markdown: a line ending in a hard break keeps its line end. */
  hardBreaks?: boolean;
}

export function unwrapLines(lines: readonly string[], evidence: SpellingEvidence, options: UnwrapOptions = {}): string {
  // `done` only ever grows at its end (cheap for long paragraphs); `current` is the line being joined onto.
  let done = "";
  let doneEndsSentence = true;
  let current = "";
  let breakAfterCurrent = false;
  const hardBreaks = options.hardBreaks === true && breaksVerse(lines);
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === "") continue;
    const hardBreak = hardBreaks && HARD_BREAK.test(rawLine);
    // A hard break in the middle of a phrase ("The river was" / "wide and deep", "nego-" / "tiations") is a
    // wrap left with trailing spaces, not a line of verse: the line ends are kept only where a phrase may end.
    if (breakAfterCurrent && (!/[\p{P}\p{S}]$/u.test(current) || /\p{L}-$/u.test(current)) && /^\p{Ll}/u.test(line)) breakAfterCurrent = false;
    const text = hardBreak && line.endsWith("\\") ? line.slice(0, -1).trimEnd() : line;
    if (current === "" || breakAfterCurrent) {
      if (current !== "") [done, doneEndsSentence] = [`${done}${current}\n`, true];
      [current, breakAfterCurrent] = [text, hardBreak];
      continue;
    }
    breakAfterCurrent = hardBreak;
    const glued = gluedLine(current, text, doneEndsSentence, evidence);
    if (glued !== undefined) {
      current = glued;
      continue;
    }
    done = `${done}${current} `;
    doneEndsSentence = SENTENCE_END.test(current);
    current = text;
  }
  return `${done}${current}`.replace(/[ ]{2,}/g, " ");
}

/** Verse and addresses break short lines; prose wrapped at full width with trailing spaces left on does not. */
function breaksVerse(lines: readonly string[]): boolean {
  const broken = lines.filter((line) => HARD_BREAK.test(line)).map((line) => line.trim().length).sort((a, b) => a - b);
  return broken.length > 0 && (broken[Math.floor(broken.length / 2)] ?? 0) < WRAPPED_LINE;
}

/** `line` glued onto `current` with no space (or the hyphen's joint), or undefined when an ordinary space goes between. */
function gluedLine(current: string, line: string, doneEndsSentence: boolean, evidence: SpellingEvidence): string | undefined {
  if (current.endsWith(SOFT_HYPHEN)) return current.slice(0, -1) + line;
  const address = addressAtEnd(current);
  if (address !== undefined && continuesAddress(address, line)) return current + line;
  // "1990-" / "1995", "5-" / "year-old", "U.S.-" / "led": a hyphen after a digit or a full stop is never a broken word's.
  if (/[\p{N}.]-$/u.test(current) && /^[\p{L}\p{N}]/u.test(line)) return current + line;
  const searched = current.length > HEAD_SEARCH ? current.slice(-HEAD_SEARCH) : current;
  const head = /\p{L}-$/u.test(searched) ? HEAD_BEFORE_HYPHEN.exec(searched) : null;
  const tail = TAIL_AT_LINE_START.exec(line);
  if (head && tail) {
    const before = searched.slice(0, head.index).trimEnd();
    const headStartsSentence = before === "" && searched.length === current.length ? doneEndsSentence : SENTENCE_END.test(before);
    const joint = joinHyphenatedWord({ head: head[1] ?? "", tail: tail[0], headStartsSentence }, evidence);
    if (joint === "") return current.slice(0, -1) + line;
    return joint === "-" ? current + line : undefined; // "- ": a suspended hyphen, then a space
  }
  // A dash attached to the word on one side of the line end is attached to the word on the other side too:
  // the author writes closed dashes ("since—some", "was--briefly", "1914–1918").
  if (DASH_AFTER_WORD.test(current) || (DASH_BEFORE_WORD.test(line) && /[\p{L}\p{N}]$/u.test(current))) return current + line;
  return undefined;
}

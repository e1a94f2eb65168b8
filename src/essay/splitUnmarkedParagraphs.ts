// Finds the author's paragraph breaks inside one block of lines that has no blank lines in it
// ("a single long page"). Only marks the author left are used, never topic guesses:
//  1. lines that are not hard-wrapped (some longer than any wrap width, nearly all of four or more ending a
//     sentence, or in a single-page text most of them) are one paragraph each;
//  2. an indented line after a line that ends a sentence starts a paragraph;
//  3. in a single-page text (or a very long block), a line that ends a sentence well short of the wrap width, when the next
//     line's first word would have fitted on it, ends a paragraph (the wrapper did not put it there);
//  4. a short line that reads like a heading, at the top of the block or after a sentence end, stands alone.
// A block with none of these marks stays one paragraph.
import { endsSentence, endsWithColon, indentOf, looksLikeHeading, startsLikeSentence } from "./lineCues.js";

/** No hard wrapper breaks lines this long: such lines are whole paragraphs. */
const UNWRAPPED_LINE_LENGTH = 160;
/** Outside a single-page text, short-last-line breaks are looked for only in blocks this long. */
const LONG_BLOCK_LINES = 20;

export interface UnmarkedParagraphOptions {
  /** The text does not use blank lines between paragraphs (one page, or a few long pages). */
  singlePage: boolean;
}

export function splitUnmarkedParagraphs(lines: readonly string[], options: UnmarkedParagraphOptions): string[][] {
  if (lines.length < 2) return [lines.slice()];
  const lengths = lines.map((line) => line.trim().length);
  const ending = lines.map((line) => endsSentence(line) || endsWithColon(line));

  const unwrapped = isUnwrapped(lengths, ending, options.singlePage, (index) => looksLikeHeading(lines[index] ?? ""));
  const wrapWidth = percentile(lengths, 0.9);
  const isHeadingLine = (index: number): boolean => {
    const line = lines[index] ?? "";
    const next = lines[index + 1];
    const afterSentence = index === 0 || ending[index - 1] === true;
    const short = unwrapped || (lengths[index] ?? 0) <= 0.6 * wrapWidth;
    return next !== undefined && afterSentence && short && looksLikeHeading(line) && startsLikeSentence(next) && (lengths[index + 1] ?? 0) > (lengths[index] ?? 0);
  };
  if (unwrapped) return cutAfter(lines, (index) => ending[index] === true || isHeadingLine(index));

  const indents = lines.map(indentOf);
  // The body's indent is that of lines carrying on a sentence; paragraph-opening lines may sit deeper.
  const carryOn = indents.filter((_indent, index) => index > 0 && ending[index - 1] !== true);
  const usualIndent = carryOn.length > 0 ? mode(carryOn) : Math.min(...indents);
  const indentedShare = indents.filter((indent) => indent > usualIndent).length / lines.length;
  const longBlock = (options.singlePage || lines.length >= LONG_BLOCK_LINES) && wrapWidth >= 40;

  return cutAfter(lines, (index) => {
    const next = lines[index + 1];
    if (next !== undefined && isHeadingLine(index)) return true;
    if (next === undefined || ending[index] !== true) return false;
    const nextIndent = indents[index + 1] ?? 0;
    if (nextIndent >= usualIndent + 2 || (nextIndent > usualIndent && indentedShare <= 0.3 && lines.length >= 4)) return true;
    if (!longBlock || !startsLikeSentence(next)) return false;
    const length = lengths[index] ?? 0;
    const nextWord = next.trim().split(/\s+/)[0] ?? "";
    return length <= 0.9 * wrapWidth && length + 1 + nextWord.length <= wrapWidth - 2;
  });
}

function isUnwrapped(lengths: readonly number[], ending: readonly boolean[], singlePage: boolean, isHeadingLike: (index: number) => boolean): boolean {
  if (lengths.some((length) => length > UNWRAPPED_LINE_LENGTH)) return true;
  const endings = ending.slice(0, -1).filter(Boolean).length;
  const endingShare = endings / Math.max(1, ending.length - 1);
  // A wrapper stops a line at a sentence end only by chance: when (nearly) every line but the headings ends
  // one, however short, the lines are the author's (one short paragraph a line, as text copied from a web page comes).
  if (endings >= 3 && endings >= 0.5 * (ending.length - 1)) {
    const textLines = ending.slice(0, -1).filter((_ending, index) => !isHeadingLike(index));
    if (textLines.length >= 3 && textLines.filter(Boolean).length >= 0.85 * textLines.length) return true;
  }
  if (!singlePage) return false;
  return lengths.length >= 3 && endingShare >= 0.6 && percentile(lengths, 0.5) >= 100;
}

function cutAfter(lines: readonly string[], isLastLineOfParagraph: (index: number) => boolean): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  lines.forEach((line, index) => {
    current.push(line);
    if (isLastLineOfParagraph(index)) {
      paragraphs.push(current);
      current = [];
    }
  });
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [value, count] of counts) if (count > bestCount || (count === bestCount && value < best)) [best, bestCount] = [value, count];
  return best;
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * (sorted.length - 1)))] ?? 0;
}

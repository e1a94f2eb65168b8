// What a printed page puts around the author's words, found in plain text extracted from a PDF and
// dropped: page numbers, running headers and footers, footnotes at the foot of a page, a notes block at the
// end, and the footnote markers in the text that point to them. None of it is the author's prose, and all of
// it would break paragraphs and excerpts. Only what is found with confidence goes (docs/essay-engine.md):
// a line counts as a running header or footer only when it repeats at two or more page boundaries.
import { endsSentence, isPageNumber, lineWidth } from "./lineCues.js";
import { PAGE_BREAK } from "./normaliseText.js";

/** "Notes", "3. References", "BIBLIOGRAPHY", "Works cited:": a heading over notes, not over the author's prose. */
export const NOTES_HEADING = /^(?:\d{1,2}[.)]?\s+|[IVX]{1,5}\.\s+)?(notes|endnotes|footnotes|references|bibliography|works cited|sources|further reading|citations)\s*:?$/i;
const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;
/** A footnote at the foot of a page starts with its marker: "¹ See…", "* A note", "† Also". */
const FOOTNOTE_LINE = /^\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[*†‡§])\s*\S/u;
/** A numbered note: "1 See…", "2. Ibid.", "[3] Smith", "⁴ Ibid." */
const NOTE_NUMBER = /^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)]?(?=\s)|([⁰¹²³⁴⁵⁶⁷⁸⁹]+))/u;
/** A blank-line run this long is a page break in extracted text (a paragraph break is one or two). */
const PAGE_GAP_LINES = 3;
/** A header or footer printed once is at most this long; the lines of the text are longer. */
const SHORT_LINE = 40;
/** Running headers and footers are short. */
const MAX_FURNITURE_LENGTH = 90;

interface Gap {
  /** First and last line of a run of blank lines, form feeds and page numbers. */
  start: number;
  end: number;
  isPageBoundary: boolean;
}

/** The lines of a plain-text body with page furniture blanked out (so line counts, and blank-line paragraph breaks, stay). */
export function dropPageFurniture(input: readonly string[]): string[] {
  const lines = withoutInlinePageNumbers(input);
  const blank = lines.map((line) => line.trim() === "");
  const pageNumber = lines.map((line, index) => !blank[index] && isPageNumber(line));
  const gaps = findGaps(lines, blank, pageNumber);
  const boundaries = gaps.filter((gap) => gap.isPageBoundary);
  const numbered = numberedRunningLines(lines, blank);
  if (boundaries.length === 0 && numbered.length === 0 && !lines.some((line) => NOTES_HEADING.test(line.trim()))) return lines.map((line) => withoutCitationMarks(withoutSuperscriptMarkers(line)));

  const dropped = new Set<number>(numbered);
  for (const gap of boundaries) for (let index = gap.start; index <= gap.end; index += 1) if (pageNumber[index]) dropped.add(index);
  for (const index of runningLines(lines, blank, pageNumber, boundaries)) dropped.add(index);
  for (const index of linesInsideCutSentences(lines, blank, boundaries, dropped)) dropped.add(index);
  const noteNumbers = new Set<number>();
  for (const index of pageFootnotes(lines, blank, boundaries, dropped, noteNumbers)) dropped.add(index);
  for (const index of notesBlock(lines, blank, noteNumbers)) dropped.add(index);

  return lines.map((line, index) => {
    if (dropped.has(index)) return line.includes(PAGE_BREAK) ? line : "";
    return withoutCitationMarks(withoutPlainMarkers(withoutSuperscriptMarkers(line), noteNumbers));
  });
}

/** Longest line (indentation included) that is looked at as a page number: "Page 123 of 456" right-aligned on a wide page. */
const MAX_PAGE_NUMBER_LINE = 120;
/** A line of text long enough to be prose, not a label or a number. */
const PROSE_LINE = 20;

/**
 * Text copied from a PDF viewer keeps no blank lines: a page number stands between two lines of prose
 * ("…the NATO-" / "3" / "led exercises…"). The author never writes a line of only a number between lines
 * of prose, so it goes, and the lines around it meet as if the page had not ended.
 */
function withoutInlinePageNumbers(lines: readonly string[]): string[] {
  const isText = (line: string | undefined) => line !== undefined && line.trim() !== "" && !isPageNumber(line);
  const isProse = (line: string | undefined) => isText(line) && (line ?? "").trim().length >= PROSE_LINE;
  let width: number | undefined;
  const out: string[] = [];
  lines.forEach((line, index) => {
    const [before, after] = [lines[index - 1], lines[index + 1]];
    if (!(line.length <= MAX_PAGE_NUMBER_LINE && /\d/.test(line) && isPageNumber(line) && isText(before) && isText(after) && (isProse(before) || isProse(after)))) {
      out.push(line);
      return;
    }
    // The page ended with a paragraph: a sentence that stops well short of the line width. Keep that break.
    width ??= lineWidth(lines);
    if (endsSentence(before ?? "") && (before ?? "").trim().length < 0.8 * width) out.push("");
  });
  return out;
}

/** A header or footer compared without case, digits and spacing ("Okafor · Page 3" = "OKAFOR · PAGE 4"). */
const furnitureKey = (line: string) => line.trim().toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ");

/** Prose that stops mid-sentence ("…It means that the"): not short, no sentence end, no colon or semicolon. */
const cutsSentence = (line: string) => line.trim().length > SHORT_LINE && !endsSentence(line) && !/[:;]\s*$/.test(line);

/** Text that carries on a sentence: it resumes in lower case. */
const resumesSentence = (line: string) => /^\s*\p{Ll}/u.test(line);

/** Runs of blank lines, form feeds and page numbers; a run is a page boundary when it holds a form feed or a page number, or is long. */
function findGaps(lines: readonly string[], blank: readonly boolean[], pageNumber: readonly boolean[]): Gap[] {
  const gaps: Gap[] = [];
  let index = 0;
  while (index < lines.length) {
    if (!blank[index] && !pageNumber[index]) {
      index += 1;
      continue;
    }
    const start = index;
    let breaks = 0;
    let numbers = 0;
    while (index < lines.length && (blank[index] || pageNumber[index])) {
      if ((lines[index] ?? "").includes(PAGE_BREAK)) breaks += 1;
      if (pageNumber[index]) numbers += 1;
      index += 1;
    }
    const end = index - 1;
    // A lone number between two paragraphs is a page number only with blank lines around it, or a form feed.
    gaps.push({ start, end, isPageBoundary: breaks > 0 || (numbers > 0 && end - start >= 1) || end - start + 1 >= PAGE_GAP_LINES });
  }
  return gaps;
}

/**
 * Lines repeated next to two or more page boundaries (the document's start and end count as boundaries):
 * running headers and footers. Compared without case, digits and spacing ("Okafor · Page 3" = "OKAFOR · PAGE 4").
 * The document's first line stays: a running title repeats the title.
 */
function runningLines(lines: readonly string[], blank: readonly boolean[], pageNumber: readonly boolean[], boundaries: readonly Gap[]): number[] {
  const near = new Map<string, { boundaries: Set<number>; lines: number[] }>();
  const consider = (index: number, boundary: number) => {
    const line = (lines[index] ?? "").trim();
    if (line.length > MAX_FURNITURE_LENGTH || !/\p{L}.*\p{L}/u.test(line) || /^\p{Ll}/u.test(line)) return;
    const key = furnitureKey(line);
    const entry = near.get(key) ?? { boundaries: new Set<number>(), lines: [] };
    entry.boundaries.add(boundary);
    entry.lines.push(index);
    near.set(key, entry);
  };
  const content = (index: number) => !blank[index] && !pageNumber[index];
  // Up to two lines of text on each side of each boundary, not reaching past the next boundary.
  const around = (from: number, step: 1 | -1, boundary: number) => {
    let taken = 0;
    for (let index = from; index >= 0 && index < lines.length && taken < 2; index += step) {
      if (boundaries.some((gap) => gap.start <= index && index <= gap.end)) break;
      if (!content(index)) continue;
      consider(index, boundary);
      taken += 1;
    }
  };
  around(0, 1, -1);
  boundaries.forEach((gap, position) => {
    around(gap.start - 1, -1, position);
    around(gap.end + 1, 1, position);
  });
  around(lines.length - 1, -1, boundaries.length);

  const firstLine = blank.findIndex((isBlank) => !isBlank);
  const found: number[] = [];
  for (const entry of near.values()) {
    const interior = [...entry.boundaries].filter((boundary) => boundary >= 0 && boundary < boundaries.length).length;
    const occurrences = new Set(entry.lines);
    const sample = lines[entry.lines[0] ?? 0] ?? "";
    // A line ending like a sentence could be the author's; only a short one repeated on three pages is furniture.
    const sentenceLike = endsSentence(sample);
    if (sentenceLike && sample.trim().length > SHORT_LINE) continue;
    if (occurrences.size < (sentenceLike ? 3 : 2) || entry.boundaries.size < 2 || interior === 0) continue;
    for (const index of occurrences) if (index !== firstLine) found.push(index);
  }
  return found;
}

/**
 * A running header or footer that carries its page number ("OCEAN PIONEERS   2" … "OCEAN PIONEERS   3"),
 * found even where the extraction left no page gap to go by: the same short line apart from its
 * number, two or more times with different numbers, and at least once standing inside a sentence
 * ("…being pulled" / header / "apart."). The author never puts a line inside a sentence, and a
 * "Chapter 2" heading never interrupts one, so headings with numbers stay. Every occurrence goes,
 * the first line of the document too (a title carries no page number).
 */
function numberedRunningLines(lines: readonly string[], blank: readonly boolean[]): number[] {
  const byKey = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const text = line.trim();
    if (blank[index] || text.length > MAX_FURNITURE_LENGTH || !/\p{L}.*\p{L}/u.test(text) || !/\s\d{1,4}$|^\d{1,4}\s/u.test(text) || endsSentence(text)) return;
    const key = furnitureKey(text);
    const indices = byKey.get(key);
    if (indices) indices.push(index);
    else byKey.set(key, [index]);
  });
  const nearest = (from: number, step: 1 | -1) => {
    for (let index = from + step; index >= 0 && index < lines.length; index += step) if (!blank[index]) return lines[index] ?? "";
    return undefined;
  };
  const insideSentence = (index: number) => {
    const [before, after] = [nearest(index, -1), nearest(index, 1)];
    return before !== undefined && after !== undefined && cutsSentence(before) && resumesSentence(after);
  };
  const found: number[] = [];
  for (const indices of byKey.values()) {
    const numbers = new Set(indices.map((index) => (lines[index] ?? "").match(/\d+/g)?.join(" ")));
    if (indices.length >= 2 && numbers.size >= 2 && indices.some(insideSentence)) found.push(...indices);
  }
  return found;
}

/**
 * A sentence cut by a page boundary ("…It means that the" / "people who made it…") with short lines between
 * its halves: those lines are a header or footer printed once, since the author never puts a line inside a
 * sentence. At most two lines on each side, each short, and only when the text resumes in lower case.
 */
function linesInsideCutSentences(lines: readonly string[], blank: readonly boolean[], boundaries: readonly Gap[], dropped: ReadonlySet<number>): number[] {
  const found: number[] = [];
  const content = (index: number) => !blank[index] && !dropped.has(index);
  for (const gap of boundaries) {
    const before: number[] = [];
    for (let index = gap.start - 1; index >= 0 && before.length < 3; index -= 1) if (content(index)) before.push(index);
    const after: number[] = [];
    for (let index = gap.end + 1; index < lines.length && after.length < 3; index += 1) if (content(index)) after.push(index);
    // Footers first: the cut text, then up to two short lines, then the boundary.
    const cutBefore = before.findIndex((index, position) => position <= 2 && cutsSentence(lines[index] ?? ""));
    const resumesAt = after.findIndex((index) => resumesSentence(lines[index] ?? ""));
    if (cutBefore < 0 || resumesAt < 0 || resumesAt > 2) continue;
    const between = [...before.slice(0, cutBefore), ...after.slice(0, resumesAt)];
    // Furniture is a label, not prose: short, and with no sentence ending in it.
    const isLabel = (index: number) => (lines[index] ?? "").trim().length <= SHORT_LINE && !endsSentence(lines[index] ?? "") && !/[.!?…]["'”’)]*\s/u.test(lines[index] ?? "");
    if (between.every(isLabel)) found.push(...between);
  }
  return found;
}

/** Blocks of footnotes ("¹ See…") standing last on a page, just above its boundary. */
function pageFootnotes(lines: readonly string[], blank: readonly boolean[], boundaries: readonly Gap[], dropped: ReadonlySet<number>, numbers: Set<number>): number[] {
  const found: number[] = [];
  for (const gap of boundaries) {
    let end = gap.start - 1;
    for (;;) {
      while (end >= 0 && (blank[end] || dropped.has(end))) end -= 1;
      let start = end;
      while (start > 0 && !blank[start - 1] && !dropped.has(start - 1)) start -= 1;
      if (end < 0 || !FOOTNOTE_LINE.test(lines[start] ?? "")) break;
      for (let index = start; index <= end; index += 1) {
        found.push(index);
        addNoteNumber(lines[index] ?? "", numbers);
      }
      end = start - 1;
    }
  }
  return found;
}

/** A "Notes" (or "References"…) heading standing alone in the second half of the text, and everything after it. */
function notesBlock(lines: readonly string[], blank: readonly boolean[], numbers: Set<number>): number[] {
  for (let index = lines.length - 1; index >= lines.length / 2; index -= 1) {
    const alone = (blank[index - 1] ?? true) && ((blank[index + 1] ?? true) || NOTE_NUMBER.test(lines[index + 1] ?? ""));
    if (blank[index] || !alone || !NOTES_HEADING.test((lines[index] ?? "").trim())) continue;
    const found: number[] = [];
    for (let line = index; line < lines.length; line += 1) {
      if (blank[line]) continue;
      found.push(line);
      addNoteNumber(lines[line] ?? "", numbers);
    }
    return found;
  }
  return [];
}

function addNoteNumber(line: string, numbers: Set<number>): void {
  const match = NOTE_NUMBER.exec(line);
  if (!match) return;
  const digits = match[1] ?? match[2] ?? [...(match[3] ?? "")].map((character) => SUPERSCRIPTS.indexOf(character)).join("");
  const number = Number.parseInt(digits, 10);
  if (Number.isFinite(number)) numbers.add(number);
}

/**
 * "Singapore¹ in", "a drop.² Both": superscript digits after a word or its punctuation are footnote
 * markers. After a one- or two-letter unit ("m²", "km³") they are powers, and stay.
 */
export function withoutSuperscriptMarkers(line: string): string {
  if (!/[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(line)) return line;
  return line.replace(SUPERSCRIPT_RUN, (run, offset: number) => {
    const before = line.slice(Math.max(0, offset - 12), offset);
    if (!/[\p{L}.,;:!?)\]”’"']$/u.test(before)) return run;
    return /(^|[^\p{L}])\p{L}{1,2}$/u.test(before) ? run : "";
  });
}

/**
 * "founded in 1850.[3]", "the river[a]", "a claim.[citation needed]": the reference marks of a web page,
 * copied with its text, written against the word or punctuation before them. Their notes are not in the
 * essay, and in prose a bracketed number never sits against a word otherwise. "[2]" after a space is left to
 * withoutPlainMarkers, which knows whether the notes give that number.
 */
export function withoutCitationMarks(line: string): string {
  return line.includes("[") ? line.replace(CITATION_MARK, "") : line;
}

const CITATION_MARK = /(?<=[\p{L}\p{N}.,;:!?"”’')\]])\[(?:\d{1,3}(?:\s?[,–-]\s?\d{1,3})*|[a-z]|citation needed|clarification needed|better source needed|page needed|dubious[^\]]{0,20}|when\?|who\?|which\?|according to whom\?)\](?![(:])/gu;

/**
 * Plain digits used as markers ("to take it.1 This", "rivers3 and", "[2]"), removed only when the text has
 * notes with those numbers; elsewhere a digit after a word is the author's ("G7", "COVID-19").
 */
function withoutPlainMarkers(line: string, numbers: ReadonlySet<number>): string {
  if (numbers.size === 0 || !/\d/.test(line)) return line;
  const isNote = (digits: string) => numbers.has(Number.parseInt(digits, 10));
  return line
    .replace(/(\p{Ll}{2}|\p{Ll}[.,;:!?]|[.,;:!?]["”’')\]])(\d{1,3})(?=\s|$)/gu, (match, before: string, digits: string) => (isNote(digits) ? before : match))
    .replace(/(?<=[\p{L}.,;:!?"”’')]) ?\[(\d{1,3})\]/gu, (match, digits: string) => (isNote(digits) ? "" : match));
}

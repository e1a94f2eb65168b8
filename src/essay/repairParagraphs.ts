// Turns an essay's normalised body into the author's blocks: headings, a subtitle and byline, clean
// paragraphs (line wraps joined, hyphenation undone, paragraphs cut by page breaks joined back) and
// separators. Page furniture of extracted PDFs (pageFurniture), a table of contents and notes are dropped,
// never kept as content. Rules: docs/essay-engine.md.
import { BYLINE, bylineName, isByline, isShoutedLine, markHeadingLines, withoutPropertyLines, withTitleLinesApart, type MarkedBlock } from "./headingLines.js";
import { isPartNumeral, endsSentence, endsWithColon, startsLowerCase } from "./lineCues.js";
import { dropPageFurniture, NOTES_HEADING } from "./pageFurniture.js";
import { isNumberedHeading, readBlocks, type EssayFormat, type RawBlock } from "./readBlocks.js";
import { spellingEvidence } from "./spellingEvidence.js";
import { splitUnmarkedParagraphs } from "./splitUnmarkedParagraphs.js";
import { stripInlineMarkdown } from "./stripInlineMarkdown.js";
import { unwrapLines } from "./unwrapLines.js";
import { isVerse, proseWidth } from "./verseLines.js";
import type { SpellingEvidence } from "./joinHyphenatedWord.js";

export type EssayBlock =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; text: string }
  /** An author's separator ("* * *", a horizontal rule, a lone part numeral): a likely section boundary. */
  | { kind: "break" }
  /** "By Jane Doe" (or a name alone) right under the title. */
  | { kind: "byline"; text: string }
  /** A line between the title and the text that carries on the title ("Water rights in a drier century"). */
  | { kind: "subtitle"; text: string };

type ProseBlock = RawBlock & { kind: "prose" };

/** A list whose items average more than this many characters is a run of paragraphs, one per item. */
const PARAGRAPH_LIKE_ITEM = 200;

export function repairParagraphs(body: string, format: EssayFormat): EssayBlock[] {
  let blocks: MarkedBlock[];
  if (format === "text") {
    let raw = withoutContents(readBlocks(dropPageFurniture(body.split("\n")).join("\n"), format)).map(numberedHeadingAsLine);
    raw = mergeContinuedProse(mergeDoubleSpacedLines(partNumeralsAsBreaks(raw)));
    blocks = markHeadingLines(withTitleLinesApart(splitProseBlocks(withoutPropertyLines(raw), isSinglePage(raw))), format);
  } else {
    const raw = withoutPropertyLines(withoutContents(readBlocks(body, format)));
    blocks = withoutNotesSections(markHeadingLines(splitLineParagraphs(raw), format));
  }

  const evidence = spellingEvidence(body);
  const width = format === "text" ? proseWidth(blocks.flatMap((block) => (block.kind === "prose" && block.lines.length > 1 ? [block.lines] : []))) : undefined;
  const out: EssayBlock[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "byline":
      case "subtitle":
        out.push(block);
        break;
      case "heading": {
        // "## Heading {#its-id}": the attribute is for the renderer.
        const text = format === "markdown" ? stripInlineMarkdown(block.text.replace(/\s*\{[#.][^{}]*\}\s*$/, "")).replace(/\s*\n\s*/g, " ") : block.text.trim();
        if (text !== "") out.push({ kind: "heading", level: block.level, text });
        break;
      }
      case "break":
        if (out.length > 0 && out[out.length - 1]?.kind !== "break") out.push({ kind: "break" });
        break;
      case "preformatted": {
        const text = block.lines.map((line) => line.trimEnd()).join("\n").replace(/^\n+|\n+$/g, "");
        if (text.trim() !== "") out.push({ kind: "paragraph", text });
        break;
      }
      case "list":
        out.push(...listParagraphs(block, format, evidence));
        break;
      case "prose": {
        // Verse and letters in plain text keep their lines. In Markdown the author marks such breaks,
        // except in a block quote: a poem quoted there is rarely marked, and a stanza read as one run-on
        // sentence loses its sense. (Unquoted Markdown lines may be one sentence a line: those join.)
        const verse = (format === "text" || block.quoted === true) && isVerse(block.lines, width);
        const text = finishText(verse ? block.lines.map((line) => line.trim()).join("\n") : unwrapLines(block.lines, evidence, { hardBreaks: format === "markdown" }), format);
        if (text !== "") out.push({ kind: "paragraph", text });
        break;
      }
    }
  }
  while (out[out.length - 1]?.kind === "break") out.pop();
  return liftByline(out);
}

function finishText(text: string, format: EssayFormat): string {
  return (format === "markdown" ? stripInlineMarkdown(text) : text).replace(/[ ]{2,}/g, " ").replace(/ ?\n ?/g, "\n").trim();
}

/**
 * Short lists stay one paragraph, an item a line ("• cheap books"); lists of paragraph-long items
 * become one paragraph per item.
 */
function listParagraphs(block: RawBlock & { kind: "list" }, format: EssayFormat, evidence: SpellingEvidence): EssayBlock[] {
  const items = block.items
    .map((item) => ({ marker: /\d/.test(item.marker) ? item.marker : "•", text: finishText(unwrapLines(item.lines, evidence, { hardBreaks: format === "markdown" }).replace(/\n/g, " "), format) }))
    .filter((item) => item.text !== "");
  if (items.length === 0) return [];
  const averageLength = items.reduce((sum, item) => sum + item.text.length, 0) / items.length;
  if (averageLength > PARAGRAPH_LIKE_ITEM) {
    return items.map((item) => ({ kind: "paragraph", text: block.ordered ? `${item.marker} ${item.text}` : item.text }));
  }
  return [{ kind: "paragraph", text: items.map((item) => `${item.marker} ${item.text}`).join("\n") }];
}

/**
 * Markdown written one paragraph a line with no blank lines between (Obsidian and many editors show a single
 * line end as a break): when the typical line of the multi-line blocks is longer than any sentence a line
 * might hold, or the lines all end a sentence and most hold several, each line that ends a sentence ends a
 * paragraph. Hard-wrapped Markdown and one sentence a line ("semantic line breaks") keep their lines together.
 */
function splitLineParagraphs(blocks: RawBlock[]): RawBlock[] {
  const multiLine = blocks.filter((block): block is ProseBlock => block.kind === "prose" && block.lines.length > 1);
  const lines = multiLine.flatMap((block) => block.lines.map((line) => line.trim()));
  if (lines.length === 0) return blocks;
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
  const inner = multiLine.flatMap((block) => block.lines.slice(0, -1));
  const endingShare = inner.filter((line) => endsSentence(line)).length / Math.max(1, inner.length);
  const severalSentences = lines.filter((line) => SENTENCE_INSIDE.test(line)).length / lines.length;
  // Paragraph-long lines; or lines that all end a sentence and mostly hold more than one (one sentence a line holds one).
  const paragraphLines = (lengths[Math.floor(lengths.length / 2)] ?? 0) > PARAGRAPH_LINE || (endingShare >= 0.85 && severalSentences >= 0.5);
  if (!paragraphLines) return blocks;
  return blocks.flatMap((block): RawBlock[] => {
    if (block.kind !== "prose") return [block];
    const pieces: string[][] = [[]];
    for (const line of block.lines) {
      pieces[pieces.length - 1]?.push(line);
      if (endsSentence(line) || endsWithColon(line)) pieces.push([]);
    }
    return pieces.filter((lines) => lines.length > 0).map((lines, index) => ({ kind: "prose", lines, blankLinesBefore: index === 0 ? block.blankLinesBefore : 0 }));
  });
}

/** No line of a hard-wrapped text is this long, and few sentences are: a typical line this long is a paragraph. */
const PARAGRAPH_LINE = 160;
/** A sentence ends inside the line and another begins. */
const SENTENCE_INSIDE = /[.!?]["'”’)]?\s+["“‘(]?\p{Lu}/u;

/** Plain-text prose blocks cut at the author's unmarked paragraph breaks (splitUnmarkedParagraphs): one block per paragraph. */
function splitProseBlocks(blocks: RawBlock[], singlePage: boolean): RawBlock[] {
  return blocks.flatMap((block): RawBlock[] =>
    block.kind === "prose"
      ? splitUnmarkedParagraphs(block.lines, { singlePage }).map((lines, index) => ({ kind: "prose", lines, blankLinesBefore: index === 0 ? block.blankLinesBefore : 0 }))
      : [block],
  );
}

const CONTENTS_HEADING = /^(?:table of )?contents:?$/i;

/**
 * A table of contents ("Contents" and the list under it) repeats the headings; in the first third of the
 * text it is dropped, or it would be read as the first section.
 */
function withoutContents(blocks: RawBlock[]): RawBlock[] {
  const limit = Math.max(4, Math.ceil(blocks.length / 3));
  const at = blocks.findIndex((block, index) => {
    const text = block.kind === "heading" ? block.text : block.kind === "prose" && block.lines.length === 1 ? (block.lines[0] ?? "") : "";
    return index < limit && CONTENTS_HEADING.test(text.trim()) && blocks[index + 1]?.kind === "list";
  });
  return at < 0 ? blocks : [...blocks.slice(0, at), ...blocks.slice(at + 2)];
}

/** A lone part numeral ("II") between paragraphs is the author's separator. */
function partNumeralsAsBreaks(blocks: RawBlock[]): RawBlock[] {
  return blocks.map((block) =>
    block.kind === "prose" && block.lines.length === 1 && isPartNumeral(block.lines[0] ?? "") ? { kind: "break", blankLinesBefore: block.blankLinesBefore } : block,
  );
}

/** "1. Introduction" standing alone reads as a one-item list; it is a heading line. */
function numberedHeadingAsLine(block: RawBlock): RawBlock {
  if (block.kind !== "list" || !block.ordered || block.items.length !== 1) return block;
  const item = block.items[0];
  if (!item || item.lines.length !== 1 || !isNumberedHeading(item.lines[0]?.trim() ?? "")) return block;
  return { kind: "prose", lines: [`${item.marker} ${item.lines[0]?.trim() ?? ""}`], blankLinesBefore: block.blankLinesBefore };
}

/**
 * Text extracted with a blank line after every line ("double spaced"): most blocks are one line that stops
 * mid-sentence. Such blocks are rejoined into pages; splitUnmarkedParagraphs then finds the paragraphs.
 */
function mergeDoubleSpacedLines(blocks: RawBlock[]): RawBlock[] {
  const prose = blocks.filter((block): block is ProseBlock => block.kind === "prose");
  const oneLine = prose.filter((block) => block.lines.length === 1);
  // A line well short of the others is a title, a heading or a paragraph's last line: what follows is new.
  const lengths = oneLine.map((block) => (block.lines[0] ?? "").trim().length).sort((a, b) => a - b);
  const short = 0.6 * (lengths[Math.floor(lengths.length * 0.9)] ?? 0);
  // Wrapped lines stop mid-sentence at full length; short heading lines that do not end a sentence prove nothing.
  const wrapped = oneLine.filter((block) => (block.lines[0] ?? "").trim().length >= short && !endsSentence(block.lines[0] ?? ""));
  if (prose.length < 6 || oneLine.length < 0.7 * prose.length || wrapped.length < 0.4 * oneLine.length) return blocks;

  const merged: RawBlock[] = [];
  for (const block of blocks) {
    const last = merged[merged.length - 1];
    const lastLine = last?.kind === "prose" ? (last.lines[last.lines.length - 1] ?? "").trim() : "";
    if (block.kind === "prose" && last?.kind === "prose" && block.blankLinesBefore === 1 && lastLine.length >= short) last.lines.push(...block.lines);
    else merged.push(block.kind === "prose" ? { ...block, lines: [...block.lines] } : block);
  }
  return merged;
}

/** A paragraph cut by a page break (or a stray blank line) carries on mid-sentence: join it back. */
function mergeContinuedProse(blocks: RawBlock[]): RawBlock[] {
  const merged: RawBlock[] = [];
  for (const block of blocks) {
    const last = merged[merged.length - 1];
    if (block.kind === "prose" && last?.kind === "prose" && !isByline(block) && !isShoutedLine(last)) {
      const lastLine = last.lines[last.lines.length - 1] ?? "";
      const firstLine = block.lines[0] ?? "";
      const brokenWord = /\p{L}-$/u.test(lastLine.trimEnd()) && /^\s*\p{Ll}/u.test(firstLine);
      const brokenSentence = !endsSentence(lastLine) && !endsWithColon(lastLine) && startsLowerCase(firstLine);
      if (brokenWord || brokenSentence) {
        last.lines.push(...block.lines);
        continue;
      }
    }
    merged.push(block.kind === "prose" ? { ...block, lines: [...block.lines] } : block);
  }
  return merged;
}

/** Markdown sections headed "Notes", "References"…: the author's apparatus, not prose to discuss. */
function withoutNotesSections(blocks: MarkedBlock[]): MarkedBlock[] {
  const kept: MarkedBlock[] = [];
  let skippingBelow = 0;
  let proseSeen = false;
  for (const block of blocks) {
    if (block.kind === "heading") {
      if (skippingBelow > 0 && block.level <= skippingBelow) skippingBelow = 0;
      // Notes follow the essay: a heading "Notes" over the whole text is its title ("# Notes on Walking" is not one anyway).
      if (skippingBelow === 0 && proseSeen && NOTES_HEADING.test(block.text.replace(/[*_]/g, "").trim())) skippingBelow = block.level;
    } else if (block.kind === "prose" || block.kind === "list") proseSeen = true;
    if (skippingBelow === 0) kept.push(block);
  }
  return kept;
}

/** "By Jane Doe" as the first text (or straight after a leading heading) is a byline, not a paragraph. */
function liftByline(blocks: EssayBlock[]): EssayBlock[] {
  const position = blocks[0]?.kind === "heading" ? 1 : 0;
  const candidate = blocks[position];
  if (candidate?.kind === "paragraph" && BYLINE.test(candidate.text) && candidate.text.length <= 80 && !candidate.text.includes("\n") && blocks.length > position + 1) {
    const copy = blocks.slice();
    copy[position] = { kind: "byline", text: bylineName(candidate.text) };
    return copy;
  }
  return blocks;
}

/** No blank-line paragraphs to go by: the text is one block of lines, two long ones, or blocks that are whole pages. */
function isSinglePage(blocks: RawBlock[]): boolean {
  const lineCounts = blocks.filter((block): block is ProseBlock => block.kind === "prose" && block.lines.length > 1).map((block) => block.lines.length);
  if (lineCounts.length === 0) return false;
  const totalLines = lineCounts.reduce((sum, count) => sum + count, 0);
  const sorted = [...lineCounts].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  if (lineCounts.length === 1) return totalLines >= 3;
  return (lineCounts.length === 2 && totalLines >= 10) || median >= 15;
}

// Turns an essay's normalised body into the author's blocks: headings, clean paragraphs (line wraps
// joined, hyphenation undone), and separators. Page furniture of extracted PDFs (page numbers, running
// headers, page-break runs of blank lines) is dropped, never kept as content. Rules: docs/essay-engine.md.
import { isPageNumber, isPartNumeral, looksLikeHeading, endsSentence, endsWithColon, startsLowerCase } from "./lineCues.js";
import { readBlocks, type EssayFormat, type RawBlock } from "./readBlocks.js";
import { spellingEvidence } from "./spellingEvidence.js";
import { splitUnmarkedParagraphs } from "./splitUnmarkedParagraphs.js";
import { stripInlineMarkdown } from "./stripInlineMarkdown.js";
import { unwrapLines } from "./unwrapLines.js";
import type { SpellingEvidence } from "./joinHyphenatedWord.js";

export type EssayBlock =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; text: string }
  /** An author's separator ("* * *", a horizontal rule, a lone part numeral): a likely section boundary. */
  | { kind: "break" }
  /** "By Jane Doe" right under the title. */
  | { kind: "byline"; text: string };

type ProseBlock = RawBlock & { kind: "prose" };

/** A list whose items average more than this many characters is a run of paragraphs, one per item. */
const PARAGRAPH_LIKE_ITEM = 200;
/** A running header or footer is a short one-line block, not a sentence, repeated at least this often. */
const RUNNING_HEADER_REPEATS = 3;

export function repairParagraphs(body: string, format: EssayFormat): EssayBlock[] {
  let blocks = readBlocks(body, format);
  if (format === "text") {
    blocks = mergeContinuedProse(mergeDoubleSpacedLines(dropPageFurniture(blocks)));
    blocks = splitProseBlocks(blocks, isSinglePage(blocks));
  }
  blocks = markHeadingLines(blocks, format);

  const evidence = spellingEvidence(body);
  const out: EssayBlock[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "heading": {
        const text = format === "markdown" ? stripInlineMarkdown(block.text) : block.text.trim();
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
        const text = finishText(unwrapLines(block.lines, evidence), format);
        if (text !== "") out.push({ kind: "paragraph", text });
        break;
      }
    }
  }
  while (out[out.length - 1]?.kind === "break") out.pop();
  return liftByline(out);
}

function finishText(text: string, format: EssayFormat): string {
  return (format === "markdown" ? stripInlineMarkdown(text) : text).replace(/[ ]{2,}/g, " ").trim();
}

/**
 * Short lists stay one paragraph, an item a line ("• cheap books"); lists of paragraph-long items
 * become one paragraph per item.
 */
function listParagraphs(block: RawBlock & { kind: "list" }, format: EssayFormat, evidence: SpellingEvidence): EssayBlock[] {
  const items = block.items
    .map((item) => ({ marker: block.ordered ? item.marker : "•", text: finishText(unwrapLines(item.lines, evidence), format) }))
    .filter((item) => item.text !== "");
  if (items.length === 0) return [];
  const averageLength = items.reduce((sum, item) => sum + item.text.length, 0) / items.length;
  if (averageLength > PARAGRAPH_LIKE_ITEM) {
    return items.map((item) => ({ kind: "paragraph", text: block.ordered ? `${item.marker} ${item.text}` : item.text }));
  }
  return [{ kind: "paragraph", text: items.map((item) => `${item.marker} ${item.text}`).join("\n") }];
}

/** Plain-text prose blocks cut at the author's unmarked paragraph breaks (splitUnmarkedParagraphs): one block per paragraph. */
function splitProseBlocks(blocks: RawBlock[], singlePage: boolean): RawBlock[] {
  return blocks.flatMap((block): RawBlock[] =>
    block.kind === "prose"
      ? splitUnmarkedParagraphs(block.lines, { singlePage }).map((lines, index) => ({ kind: "prose", lines, blankLinesBefore: index === 0 ? block.blankLinesBefore : 0 }))
      : [block],
  );
}

/** Page numbers and running headers/footers go; a lone part numeral ("II") becomes a separator. */
function dropPageFurniture(blocks: RawBlock[]): RawBlock[] {
  const oneLiners = new Map<string, number>();
  const key = (block: ProseBlock) => (block.lines[0] ?? "").trim().replace(/\d+/g, "#").toLowerCase();
  for (const block of blocks) if (block.kind === "prose" && block.lines.length === 1) oneLiners.set(key(block), (oneLiners.get(key(block)) ?? 0) + 1);

  const kept: RawBlock[] = [];
  for (const block of blocks) {
    if (block.kind !== "prose") {
      kept.push(block);
      continue;
    }
    const lines = block.lines.filter((line) => !isPageNumber(line));
    if (lines.length === 0) continue;
    if (lines.length === 1 && isPartNumeral(lines[0] ?? "")) {
      kept.push({ kind: "break", blankLinesBefore: block.blankLinesBefore });
      continue;
    }
    const line = lines[0] ?? "";
    const repeated = (oneLiners.get(key(block)) ?? 0) >= RUNNING_HEADER_REPEATS;
    if (block.lines.length === 1 && repeated && line.trim().length <= 70 && !endsSentence(line)) continue;
    kept.push({ ...block, lines });
  }
  return kept;
}

/**
 * Text extracted with a blank line after every line ("double spaced"): most blocks are one line that stops
 * mid-sentence. Such blocks are rejoined into pages; splitUnmarkedParagraphs then finds the paragraphs.
 */
function mergeDoubleSpacedLines(blocks: RawBlock[]): RawBlock[] {
  const prose = blocks.filter((block): block is ProseBlock => block.kind === "prose");
  const oneLine = prose.filter((block) => block.lines.length === 1);
  const midSentence = oneLine.filter((block) => !endsSentence(block.lines[0] ?? ""));
  if (prose.length < 6 || oneLine.length < 0.7 * prose.length || midSentence.length < 0.4 * oneLine.length) return blocks;

  const merged: RawBlock[] = [];
  for (const block of blocks) {
    const last = merged[merged.length - 1];
    if (block.kind === "prose" && last?.kind === "prose" && block.blankLinesBefore === 1) last.lines.push(...block.lines);
    else merged.push(block.kind === "prose" ? { ...block, lines: [...block.lines] } : block);
  }
  return merged;
}

/** A paragraph cut by a page break (or a stray blank line) carries on mid-sentence: join it back. */
function mergeContinuedProse(blocks: RawBlock[]): RawBlock[] {
  const merged: RawBlock[] = [];
  for (const block of blocks) {
    const last = merged[merged.length - 1];
    if (block.kind === "prose" && last?.kind === "prose") {
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

/**
 * One-line blocks that read like headings: the first one, before any text, is the title line (level 1);
 * in plain text, others become section headings (level 2) when there are at least two of them, since a
 * single one is more likely a stray short paragraph than a structure.
 */
function markHeadingLines(blocks: RawBlock[], format: EssayFormat): RawBlock[] {
  const isCandidate = (block: RawBlock | undefined, index: number): boolean =>
    block?.kind === "prose" && block.lines.length === 1 && looksLikeHeading(block.lines[0] ?? "") && index < blocks.length - 1 && blocks[index + 1]?.kind !== "break";
  const firstContent = blocks.findIndex((block) => block.kind !== "break");
  const titleIndex = isCandidate(blocks[firstContent], firstContent) && !isByline(blocks[firstContent]) ? firstContent : -1;
  const sectionHeadings =
    format === "text"
      ? blocks.map((block, index) => index !== titleIndex && isCandidate(block, index) && !isByline(block) && blocks[index + 1]?.kind !== "heading")
      : blocks.map(() => false);
  const useSectionHeadings = sectionHeadings.filter(Boolean).length >= 2;

  return blocks.map((block, index) => {
    if (block.kind !== "prose") return block;
    const text = (block.lines[0] ?? "").trim();
    if (index === titleIndex) return { kind: "heading", level: 1, text, blankLinesBefore: block.blankLinesBefore };
    if (useSectionHeadings && sectionHeadings[index]) return { kind: "heading", level: 2, text, blankLinesBefore: block.blankLinesBefore };
    return block;
  });
}

/** "By Jane Doe", "by J. R. Hart and Tom Li": "by" and then only names. */
const BYLINE = /^(?:[Bb]y|[Ww]ritten by)\s+(?:(?:\p{Lu}[\p{L}'’.-]*|and|&|de|van|von|der|la|le|du|da)[\s,]*){1,8}$/u;

function isByline(block: RawBlock | undefined): boolean {
  return block?.kind === "prose" && block.lines.length === 1 && BYLINE.test((block.lines[0] ?? "").trim()) && (block.lines[0] ?? "").trim().length <= 80;
}

/** "By Jane Doe" as the first text (or straight after a leading heading) is a byline, not a paragraph. */
function liftByline(blocks: EssayBlock[]): EssayBlock[] {
  const position = blocks[0]?.kind === "heading" ? 1 : 0;
  const candidate = blocks[position];
  if (candidate?.kind === "paragraph" && BYLINE.test(candidate.text) && candidate.text.length <= 80 && !candidate.text.includes("\n") && blocks.length > position + 1) {
    const copy = blocks.slice();
    copy[position] = { kind: "byline", text: candidate.text.replace(/^(?:by|written by)\s+/i, "").replace(/[.*_]+$/, "").trim() };
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

// Which one-line blocks are headings, and which lines under the title are a subtitle or the author's
// name: the structure an essay shows with short lines rather than with markup. Used by repairParagraphs.
import { isBareNumbering, isNumberedLine, isShouted } from "./headingText.js";
import { looksLikeHeading } from "./lineCues.js";
import type { EssayFormat, RawBlock } from "./readBlocks.js";

/** "**Why it matters**" alone on its line. */
const BOLD_LINE = /^(\*\*|__)(?=\S)(.*?\S)\1$/;

export type MarkedBlock = RawBlock | { kind: "byline"; text: string } | { kind: "subtitle"; text: string };

/**
 * One-line blocks that read like headings. The first, before any text, is the title line (level 1); the
 * short lines between it and the text are a subtitle, the author's name, or (when the text has other
 * headings) the first section heading. In plain text, other heading-like lines become section headings
 * (level 2) when there are at least two of them, since a single one is more likely a stray short paragraph.
 */
export function markHeadingLines(blocks: RawBlock[], format: EssayFormat): MarkedBlock[] {
  const lineOf = (block: RawBlock | undefined) => (block?.kind === "prose" && block.lines.length === 1 ? (block.lines[0] ?? "").trim() : undefined);
  const isCandidate = (index: number): boolean => {
    const line = lineOf(blocks[index]);
    return line !== undefined && looksLikeHeading(line) && index < blocks.length - 1 && blocks[index + 1]?.kind !== "break";
  };
  const firstContent = blocks.findIndex((block) => block.kind !== "break");
  const firstLine = lineOf(blocks[firstContent]);
  // "CHAPTER ONE" or "1. The Problem" opening the text heads its first part; it is not the essay's title.
  // A title with nothing under it (a file holding only "My Essay") is still a title: the file has no text.
  const titleIndex = firstLine !== undefined && looksLikeTitle(firstLine) && !isByline(blocks[firstContent]) && !isBareNumbering(firstLine) && !isNumberedLine(firstLine) ? firstContent : -1;

  // The lines under the title, up to the first paragraph.
  const titleRun: number[] = [];
  if (format === "text" && titleIndex >= 0) {
    for (let index = titleIndex + 1; index < blocks.length; index += 1) {
      const line = lineOf(blocks[index]);
      if (line === undefined) break;
      // The author's name, alone or with the first page's number ("1  Ines Marlow"), belongs to the title run;
      // another numbered line ("1. Introduction") opens the first section.
      const name = looksLikeName(line.replace(/^\d{1,4}\s+|\s+\d{1,4}$/g, ""));
      if (!name && (isNumberedLine(line) || !(isCandidate(index) || isByline(blocks[index])))) break;
      titleRun.push(index);
    }
  }
  // In Markdown converted from a word processor, a line in bold standing alone is a heading.
  if (format === "markdown") {
    return blocks.map((block, index): MarkedBlock => {
      if (block.kind !== "prose") return block;
      const line = lineOf(block) ?? "";
      const bold = BOLD_LINE.exec(line);
      if (bold && looksLikeHeading(bold[2] ?? "") && index < blocks.length - 1) return { kind: "heading", level: 6, text: bold[2] ?? "", blankLinesBefore: block.blankLinesBefore };
      if (index === titleIndex) return { kind: "heading", level: 1, text: line, blankLinesBefore: block.blankLinesBefore };
      return block;
    });
  }
  const sectionHeadings = blocks.map((block, index) => format === "text" && index !== titleIndex && isCandidate(index) && !isByline(block) && blocks[index + 1]?.kind !== "heading");
  const headingsAfterRun = sectionHeadings.filter((isHeading, index) => isHeading && index > (titleRun[titleRun.length - 1] ?? titleIndex)).length;
  // The last line of the run opens the first section when the text has other section headings.
  const lastOfRun = titleRun[titleRun.length - 1];
  if (lastOfRun !== undefined && headingsAfterRun >= 1 && sectionHeadings[lastOfRun] && !looksLikeName(lineOf(blocks[lastOfRun]) ?? "")) titleRun.pop();
  const useSectionHeadings = sectionHeadings.filter((isHeading, index) => isHeading && !titleRun.includes(index)).length >= 2;

  let haveAuthor = false;
  return blocks.map((block, index): MarkedBlock => {
    if (block.kind !== "prose") return block;
    const text = (block.lines[0] ?? "").trim();
    if (index === titleIndex) return { kind: "heading", level: 1, text, blankLinesBefore: block.blankLinesBefore };
    if (titleRun.includes(index)) {
      // "1  Ines Marlow": the first page's header, a page number and the author's name.
      const named = /^\d{1,4}\s+(.+)$/.exec(text)?.[1] ?? /^(.+?)\s+\d{1,4}$/.exec(text)?.[1] ?? text;
      if (!haveAuthor && (isByline(block) || looksLikeName(named))) {
        haveAuthor = true;
        return { kind: "byline", text: bylineName(named) };
      }
      return { kind: "subtitle", text };
    }
    if (useSectionHeadings && sectionHeadings[index]) return { kind: "heading", level: 2, text, blankLinesBefore: block.blankLinesBefore };
    return block;
  });
}

/**
 * A title line may also end in a question or an exclamation when it is written in title case or capitals
 * ("Who Owns a River?"); in sentence case it is more likely a one-line opening paragraph ("Why now?").
 */
function looksLikeTitle(line: string): boolean {
  if (looksLikeHeading(line)) return true;
  const words = line.replace(/[?!]+["'”’)]?$/u, "").split(/\s+/);
  const capitalised = words.filter(capitalisedWord).length;
  return (capitalised >= 2 && words.every(titleWord) && looksLikeHeading(words.join(" "))) || isLongTitle(line);
}

/** Capitalised, perhaps after an opening quote or bracket. */
const capitalisedWord = (word: string): boolean => /^["'“‘(]?\p{Lu}/u.test(word);

/** A word of a title in title case: capitalised, or a small word titles leave in lower case. */
const titleWord = (word: string): boolean => capitalisedWord(word) || TITLE_SMALL_WORDS.has(word);

/**
 * A long title of an extracted report or article, alone on the first line: "The Pump on Broad
 * Street: John Snow and the Soho Cholera of 1854" is 13 words, past a heading's 12, and was read
 * as the text's first paragraph (section 1's first excerpt opened with it, and the essay took its
 * title from the file name). Title case throughout (each word capitalised, a small word, or a
 * number or span of years), at most 24 words and 160 characters, no sentence's end.
 */
function isLongTitle(line: string): boolean {
  const text = line.trim();
  if (text.length > 160 || /[.;!?…\-–—]["'”’)]?$/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 24) return false;
  // (Each word bare of its quotes and of the punctuation after it: "Earth,", "Street:".)
  const bare = words.map((word) => word.replace(/^["'“‘(]+|["'”’),:;]+$/gu, ""));
  return bare.filter(capitalisedWord).length >= 6 && bare.every((word) => titleWord(word) || /^\p{N}/u.test(word));
}

/** Words a title in title case leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(["a", "an", "the", "and", "but", "or", "nor", "for", "of", "on", "in", "to", "at", "by", "as", "with", "from", "vs"]);

/**
 * A title, a subtitle and a byline typed on consecutive lines with no blank line between them: the first
 * block of the text, two to four short lines that each read as a heading or a byline. They are set apart,
 * one line a block, so that the title run is read as usual (never as a paragraph or a stanza).
 */
export function withTitleLinesApart(blocks: RawBlock[]): RawBlock[] {
  const at = blocks.findIndex((block) => block.kind !== "break");
  const first = blocks[at];
  if (first?.kind !== "prose" || first.lines.length < 2 || first.lines.length > 4) return blocks;
  const titleLike = first.lines.every((line, i) => looksLikeHeading(line) || (BYLINE.test(line.trim()) && line.trim().length <= 80) || (i > 0 && isMastheadLine(line)));
  if (!titleLike || at + 1 >= blocks.length) return blocks;
  // (The masthead goes: it is the publisher's, neither the title nor the author's text.)
  const kept = first.lines.filter((line, i) => i === 0 || !isMastheadLine(line));
  const apart = kept.map((line, index): RawBlock => ({ kind: "prose", lines: [line], blankLinesBefore: index === 0 ? first.blankLinesBefore : 1 }));
  return [...blocks.slice(0, at), ...apart, ...blocks.slice(at + 1)];
}

/**
 * Round 9: a report's masthead under its title, "Northfield Centre for Water and Land Policy |
 * Briefing Paper No. 7 | May 2023": two to five short fields set apart by bars or middle dots, each
 * reading as a heading (the line as a whole is past a heading's twelve words). Not allowed for, it
 * made the whole title block one sentence of the text (title, masthead and authors), and the essay
 * took its title from the file name.
 */
function isMastheadLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 140) return false;
  const fields = text.split(/\s+[|·•]\s+/);
  return fields.length >= 2 && fields.length <= 5 && fields.every((field) => looksLikeHeading(field));
}

/** "Author: Jane Doe", "Created: March 3, 2024 10:12 AM", "Tags: essays": a property of the document. */
const PROPERTY_LINE = /^([A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}):\s+(\S.{0,100})$/;
/** Property names that show a block of "Key: value" lines is the document's properties, not the author's prose. */
const PROPERTY_NAMES = /^(title|author|authors|by|writer|date|created|created time|last edited|last edited time|updated|modified|published|tags|category|categories|status|source|url|type|topic|topics)$/i;

/**
 * The properties that Notion and some word processors put under the title ("Created: …", "Tags: …",
 * "Author: …"), as a block of "Key: value" lines among the first blocks: not the author's prose. An author
 * named there becomes a byline ("By Jane Doe"); the rest goes.
 */
export function withoutPropertyLines(blocks: RawBlock[]): RawBlock[] {
  const at = blocks.findIndex((block, index) => index < 4 && block.kind === "prose" && isPropertyBlock(block.lines));
  const block = blocks[at];
  if (block?.kind !== "prose") return blocks;
  const value = (names: RegExp) => block.lines.map((line) => PROPERTY_LINE.exec(line.trim())).find((match) => names.test(match?.[1] ?? ""))?.[2]?.trim();
  const line = (text: string): RawBlock => ({ kind: "prose", lines: [text], blankLinesBefore: block.blankLinesBefore });
  const author = value(/^(author|authors|by|writer)$/i);
  // "Title: …" at the very top, with no title line above it, is the title line.
  const title = at === 0 ? value(/^title$/i) : undefined;
  return [
    ...blocks.slice(0, at),
    ...(title !== undefined ? [line(title)] : []),
    ...(author !== undefined && BYLINE.test(`By ${author}`) ? [line(`By ${author}`)] : []),
    ...blocks.slice(at + 1),
  ];
}

function isPropertyBlock(lines: readonly string[]): boolean {
  const matches = lines.map((line) => PROPERTY_LINE.exec(line.trim()));
  return matches.every((match) => match !== null) && matches.some((match) => PROPERTY_NAMES.test(match?.[1] ?? ""));
}

/** "Hannah Okafor", "J. R. Hart", "Maria de la Cruz": two to five capitalised words (or initials), nothing else. */
function looksLikeName(line: string): boolean {
  // Round 9: two authors, "Hannah Okafor and Tom Reid" (each a full name of two words or more, so
  // that "Pride and Prejudice" is no byline).
  const authors = line.split(/\s+(?:and|&)\s+/);
  if (authors.length === 2) return authors.every((name) => name.split(/\s+/).length >= 2 && looksLikeName(name));
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 5 || /\b(part|chapter|section|book|act|notes|introduction|conclusion)\b/i.test(line)) return false;
  return words.every((word) => /^(\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|de|van|von|der|da|la|le|du|bin|al)$/u.test(word)) && /\p{Ll}/u.test(line);
}

/** "By Jane Doe", "by J. R. Hart and Tom Li": "by" and then only names. */
export const BYLINE = /^(?:[Bb][Yy]|[Ww]ritten [Bb]y|WRITTEN BY)\s+(?:(?:\p{Lu}[\p{L}'’.-]*|and|AND|&|de|van|von|der|la|le|du|da)[\s,]*){1,8}$/u;

export function isByline(block: RawBlock | undefined): boolean {
  return block?.kind === "prose" && block.lines.length === 1 && BYLINE.test((block.lines[0] ?? "").trim()) && (block.lines[0] ?? "").trim().length <= 80;
}

/** "By Jane Doe" → "Jane Doe"; "BY JANE DOE" → "Jane Doe". */
export function bylineName(text: string): string {
  const name = text.replace(/^(?:by|written by)\s+/i, "").replace(/[.*_]+$/, "").trim();
  return isShouted(name) ? name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase()) : name;
}

/** A one-line block in capitals ("THE CASE FOR BOREDOM"): a title or heading, never the start of a sentence. */
export function isShoutedLine(block: RawBlock): boolean {
  const line = block.kind === "prose" && block.lines.length === 1 ? (block.lines[0] ?? "") : "";
  return /\p{Lu}{2}/u.test(line) && line === line.toUpperCase();
}

// First pass over an essay's lines: cut them into blocks (runs of non-blank lines) and recognise the
// structures that are not prose: Markdown headings, lists, block quotes, code, tables and separators.
// Prose keeps its raw lines (indentation included) for repairParagraphs to unwrap.
import { endsSentence, endsWithColon, isSeparatorLine, looksLikeHeading, startsLikeSentence } from "./lineCues.js";
import { withoutSuperscriptMarkers } from "./pageFurniture.js";

export type RawBlock =
  | { kind: "prose"; lines: string[]; blankLinesBefore: number }
  | { kind: "heading"; level: number; text: string; blankLinesBefore: number }
  | { kind: "list"; ordered: boolean; items: { marker: string; lines: string[] }[]; blankLinesBefore: number }
  | { kind: "preformatted"; lines: string[]; blankLinesBefore: number }
  | { kind: "break"; blankLinesBefore: number };

export type EssayFormat = "markdown" | "text";

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const MARKDOWN_BREAK = /^ {0,3}((\*[ \t]*){3,}|(-[ \t]*){3,}|(_[ \t]*){3,})$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^( {0,3})([-*+•◦▪‣∙·–]|\d{1,3}[.)])[ \t]+(\S.*)$/u;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]^][^\]]*\]:\s+\S+/;
/** "[^1]: The note's text": a Markdown footnote, which is not the author's prose (its marker is dropped too). */
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]]+\]:/;

/** Lines of the (normalised) body, cut into blocks. */
export function readBlocks(text: string, format: EssayFormat): RawBlock[] {
  const lines = format === "markdown" ? markdownSourceLines(text) : text.split("\n");
  const blocks: RawBlock[] = [];
  let blank = 0;
  let index = 0;

  const push = (block: RawBlock) => {
    blocks.push(block);
    blank = 0;
  };

  while (index < lines.length) {
    const line = lines[index] ?? "";
    if (line.trim() === "") {
      blank += 1;
      index += 1;
      continue;
    }

    if (format === "markdown") {
      const fence = FENCE.exec(line);
      if (fence) {
        const closer = fence[1] ?? "```";
        const body: string[] = [];
        index += 1;
        while (index < lines.length && !(lines[index] ?? "").trim().startsWith(closer)) body.push(lines[index++] ?? "");
        index += 1;
        if (body.some((bodyLine) => bodyLine.trim() !== "")) push({ kind: "preformatted", lines: body, blankLinesBefore: blank });
        continue;
      }
      const heading = ATX_HEADING.exec(line);
      if (heading) {
        push({ kind: "heading", level: (heading[1] ?? "#").length, text: heading[2] ?? "", blankLinesBefore: blank });
        index += 1;
        continue;
      }
      if (MARKDOWN_BREAK.test(line)) {
        push({ kind: "break", blankLinesBefore: blank });
        index += 1;
        continue;
      }
      if (LINK_DEFINITION.test(line)) {
        index += 1;
        continue;
      }
      if (TABLE_ROW.test(line)) {
        const rows: string[] = [];
        while (index < lines.length && TABLE_ROW.test(lines[index] ?? "")) {
          const row = lines[index++] ?? "";
          if (!TABLE_RULE.test(row)) rows.push(row.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim()).join(" | "));
        }
        push({ kind: "preformatted", lines: rows, blankLinesBefore: blank });
        continue;
      }
    } else if (isSeparatorLine(line)) {
      push({ kind: "break", blankLinesBefore: blank });
      index += 1;
      continue;
    }

    if (LIST_ITEM.test(line) && !isSeparatorLine(line)) {
      const list = readList(lines, index, format);
      if (list) {
        push({ ...list.block, blankLinesBefore: blank });
        index = list.next;
        continue;
      }
    }

    // Prose: up to the next blank line or the next non-prose structure.
    const prose: string[] = [];
    while (index < lines.length) {
      const current = lines[index] ?? "";
      if (current.trim() === "") break;
      if (prose.length > 0 && startsOtherStructure(current, prose[prose.length - 1] ?? "", format)) break;
      // "Introduction" over "------------": a heading in Markdown, and in plain text under one short heading-like line.
      const underlinesHeading = format === "markdown" || (prose.length === 1 && looksLikeHeading(prose[0] ?? "") && current.trim().length >= 3);
      if (underlinesHeading && prose.length > 0 && SETEXT_UNDERLINE.test(current)) {
        // In plain text the two underlines do not rank headings reliably: both head sections.
        const level = format === "markdown" && current.trim().startsWith("=") ? 1 : 2;
        push({ kind: "heading", level, text: prose.join(" ").trim(), blankLinesBefore: blank });
        prose.length = 0;
        index += 1;
        break;
      }
      prose.push(current);
      index += 1;
    }
    if (prose.length > 0) push({ kind: "prose", lines: prose, blankLinesBefore: blank });
  }
  return blocks;
}

/** A Markdown line that starts a new block even without a blank line before it. */
function startsOtherStructure(line: string, previous: string, format: EssayFormat): boolean {
  if (format === "markdown") return ATX_HEADING.test(line) || FENCE.test(line) || (MARKDOWN_BREAK.test(line) && !SETEXT_UNDERLINE.test(line)) || (LIST_ITEM.test(line) && isListLead(previous));
  return LIST_ITEM.test(line) && isListLead(previous) && !isSeparatorLine(line);
}

/** In hard-wrapped text a line may begin with "- " by chance; a list item follows a line that ended a thought. */
function isListLead(previous: string): boolean {
  return endsSentence(previous) || endsWithColon(previous) || LIST_ITEM.test(previous);
}

function readList(lines: string[], start: number, format: EssayFormat): { block: RawBlock & { kind: "list" }; next: number } | undefined {
  const first = LIST_ITEM.exec(lines[start] ?? "");
  if (!first) return undefined;
  const ordered = /\d/.test(first[2] ?? "");
  const items: { marker: string; lines: string[] }[] = [];
  let index = start;
  while (index < lines.length) {
    const line = lines[index] ?? "";
    const item = LIST_ITEM.exec(line);
    if (item && /\d/.test(item[2] ?? "") === ordered && !isSeparatorLine(line)) {
      // Numbering that starts again ("1. 2." then "1.") starts something new: a heading, or another list.
      if (ordered && items.length > 0 && Number.parseInt(item[2] ?? "0", 10) <= Number.parseInt(items[items.length - 1]?.marker ?? "0", 10)) break;
      items.push({ marker: item[2] ?? "-", lines: [item[3] ?? ""] });
      index += 1;
      continue;
    }
    if (line.trim() === "") {
      // A loose list: blank lines between items, or an indented continuation paragraph of an item.
      let look = index;
      while (look < lines.length && (lines[look] ?? "").trim() === "") look += 1;
      const after = lines[look] ?? "";
      const continues = look < lines.length && ((LIST_ITEM.test(after) && /\d/.test(LIST_ITEM.exec(after)?.[2] ?? "") === ordered) || /^ {2,}\S/.test(after));
      if (!continues) break;
      index = look;
      continue;
    }
    const current = items[items.length - 1];
    if (!current) break;
    // "1. Introduction" over the text of its section: a numbered heading, not a list item that runs on.
    if (format === "text" && items.length === 1 && current.lines.length === 1 && isNumberedHeading(current.lines[0] ?? "") && startsLikeSentence(line)) break;
    // Continuation line of the current item: indented, or "lazy" (Markdown allows unindented continuation).
    if (/^ {2,}\S/.test(line) || format === "markdown" || !endsSentence(current.lines[current.lines.length - 1] ?? "")) {
      if (format === "markdown" && (ATX_HEADING.test(line) || FENCE.test(line) || MARKDOWN_BREAK.test(line))) break;
      current.lines.push(line);
      index += 1;
      continue;
    }
    break;
  }
  return { block: { kind: "list", ordered, items, blankLinesBefore: 0 }, next: index };
}

/** The text of a numbered item that reads like a heading: short, no comma, no closing punctuation. */
export function isNumberedHeading(text: string): boolean {
  return text.length <= 60 && !text.includes(",") && looksLikeHeading(text);
}

/**
 * Markdown source with HTML comments and footnote definitions removed (blank lines keep the line count),
 * block-quote markers stripped (the quoted text is prose) and superscript footnote markers dropped.
 */
function markdownSourceLines(text: string): string[] {
  const withoutComments = text.replace(/<!--[\s\S]*?-->/g, (comment) => "\n".repeat(comment.split("\n").length - 1));
  const lines = withoutComments.split("\n");
  // A footnote runs on over the lines straight after it, and over indented paragraphs after a blank line.
  let inFootnote = false;
  let previousBlank = true;
  return lines.map((line) => {
    const isBlank = line.trim() === "";
    if (FOOTNOTE_DEFINITION.test(line)) inFootnote = true;
    else if (inFootnote && !isBlank && previousBlank && !/^( {4}|\t)/.test(line)) inFootnote = false;
    previousBlank = isBlank;
    if (inFootnote) return "";
    let stripped = line;
    while (/^ {0,3}>/.test(stripped)) stripped = stripped.replace(/^ {0,3}> ?/, "");
    return withoutSuperscriptMarkers(stripped);
  });
}

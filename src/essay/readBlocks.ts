// First pass over an essay's lines: cut them into blocks (runs of non-blank lines) and recognise the
// structures that are not prose: Markdown headings, lists, block quotes, code, tables and separators.
// Prose keeps its raw lines (indentation included) for repairParagraphs to unwrap.
import { endsSentence, endsWithColon, isSeparatorLine, lineWidth, looksLikeHeading, startsLikeSentence, startsLowerCase } from "./lineCues.js";
import { withoutSuperscriptMarkers } from "./pageFurniture.js";

export type RawBlock =
  | { kind: "prose"; lines: string[]; blankLinesBefore: number; /** every line was in a Markdown block quote */ quoted?: boolean }
  | { kind: "heading"; level: number; text: string; blankLinesBefore: number }
  | { kind: "list"; ordered: boolean; items: { marker: string; lines: string[] }[]; blankLinesBefore: number }
  | { kind: "preformatted"; lines: string[]; blankLinesBefore: number }
  | { kind: "break"; blankLinesBefore: number };

export type EssayFormat = "markdown" | "text";

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const MARKDOWN_BREAK = /^ {0,3}((\*[ \t]*){3,}|(-[ \t]*){3,}|(_[ \t]*){3,})$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Bullets as Markdown, word processors and Google Docs' text export write them ("●", "○", "■" by level). */
const BULLETS = "-*+•◦▪▫‣∙·–●○■□►▸➢➤✓✔❖";
const LIST_ITEM = new RegExp(String.raw`^( {0,3})([${BULLETS}]|\d{1,3}[.)])[ \t]+(\S.*)$`, "u");
/** Inside a list, items may sit deeper (nested lists, tab-indented items); Word writes its second-level bullet as "o" and a tab. */
const NESTED_ITEM = new RegExp(String.raw`^( *)([${BULLETS}]|\d{1,3}[.)]|o(?= {2}))[ \t]+(\S.*)$`, "u");
/** A task-list box at the start of an item ("- [ ] buy milk", "- [x] done"). */
const TASK_BOX = /^\[[ xX]\]\s+/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]^][^\]]*\]:\s+\S+/;
/** HTML that converters leave in Markdown: a heading, and the tags that open and close a paragraph-like block. */
const HTML_HEADING = /^ {0,3}<h([1-6])(?:\s[^>]*)?>(.*?)<\/h\1>\s*$/i;
const HTML_BLOCK_START = /^ {0,3}<(?:p|div|aside|blockquote|h[1-6]|ul|ol|li|table|section|article|figure|details|pre)(?:[\s>]|$)/i;
const HTML_BLOCK_END = /<\/(?:p|div|aside|blockquote|h[1-6]|ul|ol|li|table|section|article|figure|details|pre)>\s*$/i;
/** "[!note] Optional title" opening a block quote: an Obsidian callout. */
const CALLOUT_MARKER = /^\s*\[![\w-]+\][+-]?(.*)$/u;
/** "#essay #to-read": Obsidian and Bear tags, alone on a line (a heading has a space after its "#"). */
const TAG_LINE = /^\s*#[\p{L}\p{N}_/-]+(?:\s+#[\p{L}\p{N}_/-]+)*\s*$/u;
/** "[^1]: The note's text": a Markdown footnote, which is not the author's prose (its marker is dropped too). */
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]]+\]:/;

/** Lines of the (normalised) body, cut into blocks. */
export function readBlocks(text: string, format: EssayFormat): RawBlock[] {
  const { lines, quotedLines } = format === "markdown" ? markdownSourceLines(text) : { lines: text.split("\n"), quotedLines: new Set<number>() };
  const wrapWidth = format === "text" ? lineWidth(lines) : Number.POSITIVE_INFINITY;
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
      const htmlHeading = HTML_HEADING.exec(line);
      if (htmlHeading) {
        push({ kind: "heading", level: Number(htmlHeading[1]), text: htmlHeading[2] ?? "", blankLinesBefore: blank });
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
      const list = readList(lines, index, format, wrapWidth);
      if (list) {
        push({ ...list.block, blankLinesBefore: blank });
        index = list.next;
        continue;
      }
    }

    // Prose: up to the next blank line or the next non-prose structure.
    const prose: string[] = [];
    const proseStart = index;
    while (index < lines.length) {
      const current = lines[index] ?? "";
      if (current.trim() === "") break;
      if (prose.length > 0 && startsOtherStructure(current, prose[prose.length - 1] ?? "", format)) break;
      // "Introduction" over "------------": a heading in Markdown, and in plain text under one short heading-like line.
      // A sentence-long paragraph over "---" is prose followed by a rule, whatever CommonMark says.
      const underlinesHeading =
        (format === "markdown" && !(current.trim().startsWith("-") && isProseLike(prose))) || (prose.length === 1 && looksLikeHeading(prose[0] ?? "") && current.trim().length >= 3);
      if (underlinesHeading && prose.length > 0 && SETEXT_UNDERLINE.test(current)) {
        // In plain text the two underlines do not rank headings reliably: both head sections.
        const level = format === "markdown" && current.trim().startsWith("=") ? 1 : 2;
        push({ kind: "heading", level, text: prose.join(" ").trim(), blankLinesBefore: blank });
        prose.length = 0;
        index += 1;
        break;
      }
      if (format === "markdown" && prose.length > 0 && MARKDOWN_BREAK.test(current)) break; // the rule is read next, as a break
      prose.push(current);
      index += 1;
      if (format === "markdown" && HTML_BLOCK_END.test(current)) break; // "<p>…</p>": the author's paragraph ends with its tag
    }
    if (prose.length > 0) {
      const quoted = prose.every((_line, offset) => quotedLines.has(proseStart + offset));
      push({ kind: "prose", lines: prose, blankLinesBefore: blank, ...(quoted ? { quoted } : {}) });
    }
  }
  return blocks;
}

/** Lines that read as a paragraph, not a heading: a full stop at the end, or longer than any heading. */
function isProseLike(lines: readonly string[]): boolean {
  const text = lines.join(" ").trim();
  return /[.,;:]["'”’)]*$/u.test(text) || text.length > 120;
}

/** A Markdown line that starts a new block even without a blank line before it. */
function startsOtherStructure(line: string, previous: string, format: EssayFormat): boolean {
  if (format === "markdown") return ATX_HEADING.test(line) || FENCE.test(line) || HTML_BLOCK_START.test(line) || (MARKDOWN_BREAK.test(line) && !SETEXT_UNDERLINE.test(line)) || (LIST_ITEM.test(line) && isListLead(previous));
  return LIST_ITEM.test(line) && isListLead(previous) && !isSeparatorLine(line);
}

/** In hard-wrapped text a line may begin with "- " by chance; a list item follows a line that ended a thought. */
function isListLead(previous: string): boolean {
  return endsSentence(previous) || endsWithColon(previous) || LIST_ITEM.test(previous);
}

function readList(lines: string[], start: number, format: EssayFormat, wrapWidth: number): { block: RawBlock & { kind: "list" }; next: number } | undefined {
  const first = LIST_ITEM.exec(lines[start] ?? "");
  if (!first) return undefined;
  const ordered = /\d/.test(first[2] ?? "");
  const items: { marker: string; lines: string[] }[] = [];
  const sameKind = (item: RegExpExecArray | null): boolean => item !== null && /\d/.test(item[2] ?? "") === ordered;
  let lastNumber = Number.NEGATIVE_INFINITY;
  let index = start;
  while (index < lines.length) {
    const line = lines[index] ?? "";
    const item = items.length === 0 ? LIST_ITEM.exec(line) : NESTED_ITEM.exec(line);
    // A list of the other kind at the list's own level starts a new list; deeper, it is a nested item.
    if (item && !sameKind(item) && (item[1] ?? "").length <= 3) break;
    if (item && !isSeparatorLine(line)) {
      // Numbering that starts again ("1. 2." then "1.") starts something new: a heading, or another list.
      const number = Number.parseInt(item[2] ?? "", 10);
      if (ordered && (item[1] ?? "").length <= 3 && items.length > 0 && number <= lastNumber) break;
      if (ordered && (item[1] ?? "").length <= 3) lastNumber = number;
      const text = item[3] ?? "";
      items.push({ marker: item[2] ?? "-", lines: [format === "markdown" ? text.replace(TASK_BOX, "") : text] });
      index += 1;
      continue;
    }
    if (line.trim() === "") {
      // A loose list: blank lines between items; in Markdown also an indented continuation paragraph of an
      // item. In plain text an indented paragraph after a blank line is the author's next paragraph (word
      // processors indent every paragraph).
      let look = index;
      while (look < lines.length && (lines[look] ?? "").trim() === "") look += 1;
      const after = lines[look] ?? "";
      const continues = look < lines.length && (sameKind(LIST_ITEM.exec(after)) || (format === "markdown" && /^ {2,}\S/.test(after)));
      if (!continues) break;
      index = look;
      continue;
    }
    const current = items[items.length - 1];
    if (!current) break;
    // "1. Introduction" over the text of its section: a numbered heading, not a list item that runs on.
    if (format === "text" && items.length === 1 && current.lines.length === 1 && isNumberedHeading(current.lines[0] ?? "") && startsLikeSentence(line)) break;
    // Continuation line of the current item: indented, or "lazy" (Markdown allows unindented continuation). In
    // plain text a lazy line continues an item only when the item was wrapped: it carries on a sentence in lower
    // case, or the item's line reached the wrap width ("• ordering seeds" / "None of these…" is a new paragraph).
    const last = current.lines[current.lines.length - 1] ?? "";
    const wrapped = !endsSentence(last) && (startsLowerCase(line) || last.trim().length + 4 >= 0.75 * wrapWidth);
    if (/^ {2,}\S/.test(line) || format === "markdown" || wrapped) {
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
 * block-quote markers stripped (the quoted text is prose; `quotedLines` says which lines had them) and
 * superscript footnote markers dropped.
 */
function markdownSourceLines(text: string): { lines: string[]; quotedLines: Set<number> } {
  // HTML comments and Obsidian's "%%…%%" comments are notes to self, not text.
  const withoutComments = text.replace(/<!--[\s\S]*?-->|%%[\s\S]*?%%/g, (comment) => "\n".repeat(comment.split("\n").length - 1));
  const source = withoutComments.split("\n");
  const quotedLines = new Set<number>();
  // A footnote runs on over the lines straight after it, and over indented paragraphs after a blank line.
  let inFootnote = false;
  let previousBlank = true;
  const lines = source.map((line, index) => {
    const isBlank = line.trim() === "";
    if (FOOTNOTE_DEFINITION.test(line)) inFootnote = true;
    else if (inFootnote && !isBlank && previousBlank && !/^( {4}|\t)/.test(line)) inFootnote = false;
    previousBlank = isBlank;
    if (inFootnote) return "";
    let stripped = line;
    let quoted = false;
    while (/^ {0,3}>/.test(stripped)) [stripped, quoted] = [stripped.replace(/^ {0,3}> ?/, ""), true];
    if (quoted) quotedLines.add(index);
    // An Obsidian callout's "[!note]" marker goes; its title, if any, reads as the quote's first words.
    if (quoted) stripped = stripped.replace(CALLOUT_MARKER, (_marker, title: string) => (title.trim() === "" ? "" : `${title.trim()}${/[.!?:]$/.test(title.trim()) ? "" : ":"}`));
    // A line of nothing but tags ("#essay #draft") files the note; it is not part of the essay.
    if (TAG_LINE.test(stripped) && /\p{L}/u.test(stripped)) return "";
    return withoutSuperscriptMarkers(stripped);
  });
  return { lines, quotedLines };
}

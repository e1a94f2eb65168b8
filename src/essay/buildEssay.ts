// From an essay's text and what is known about it to the Essay model: clean paragraphs, sentences,
// sections with titles and excerpts. Pure and deterministic; never throws (empty text gives an essay
// with no paragraphs, which loadEssays reports). Front matter in the text is read here too.
import { basename, extname } from "node:path";
import { buildSections } from "./buildSections.js";
import { PARAGRAPH_JOINT } from "./chooseExcerpts.js";
import { newNameTally, readParagraphWords, vocabularyOf, type NameTally, type ParagraphWords } from "./essayVocabulary.js";
import { headingText, titleCase, type Spelling } from "./headingText.js";
import { normaliseText } from "./normaliseText.js";
import { parseFrontMatter } from "./parseFrontMatter.js";
import type { EssayFormat } from "./readBlocks.js";
import { repairParagraphs, type EssayBlock } from "./repairParagraphs.js";
import { sectionEssay, type SectionInput } from "./sectionEssay.js";
import { splitSentences } from "./splitSentences.js";
import { essayIdFromFile, sha256, slugify } from "./stableIds.js";
import type { Essay, EssayMeta, Paragraph, Sentence } from "./types.js";

export interface BuildEssayOptions extends Partial<EssayMeta> {
  /** Defaults to the file's extension (.md/.markdown → Markdown), else guessed from the text. */
  format?: EssayFormat;
  /** Defaults to the slug of the file name, else of the title. */
  id?: string;
}

export function buildEssay(text: string, options: BuildEssayOptions = {}): Essay {
  let normalised = normaliseText(text);
  const format = options.format ?? formatOf(options.file, normalised);
  // Markdown's hard line breaks are two trailing spaces, which plain normalisation removes.
  if (format === "markdown" && / {2}\r?$/m.test(text)) normalised = normaliseText(text, { keepHardBreaks: true });
  const frontMatter = parseFrontMatter(normalised);
  const body = frontMatter.ok ? frontMatter.body : normalised;
  const fields = frontMatter.ok ? frontMatter.fields : {};
  const { titleLine, byline, blocks } = takeTitleBlocks(repairParagraphs(body, format));

  const names = newNameTally();
  const { paragraphs, inputs, words } = readParagraphs(blocks, names);
  const sentences = sentencesOf(paragraphs);
  const spans = sectionEssay(inputs);
  const vocabulary = vocabularyOf(words, spans, names);
  const spelling: Spelling = (word) => vocabulary.properSpelling.get(word);
  for (const paragraph of paragraphs) if (paragraph.heading !== undefined) paragraph.heading = headingText(paragraph.heading, spelling);

  const file = options.file ?? "";
  const title = options.title ?? fields.title ?? (titleLine !== undefined ? titleCase(titleLine, spelling) : undefined) ?? (file !== "" ? titleFromFileName(file) : "Untitled essay");
  const sections = buildSections({ spans, paragraphs, sentences, words, vocabulary, spelling, essayTitle: title });

  const author = options.author ?? fields.author ?? byline;
  const source = options.source ?? fields.source;
  const date = options.date ?? fields.date;
  const meta: EssayMeta = { title, file, ...(author ? { author } : {}), ...(source ? { source } : {}), ...(date ? { date } : {}) };
  return {
    id: options.id ?? (file !== "" ? essayIdFromFile(file) : slugify(title)),
    meta,
    contentHash: sha256(paragraphs.map((paragraph) => paragraph.text).join(PARAGRAPH_JOINT)),
    paragraphs,
    sections,
  };
}

/**
 * Markdown by the file's extension; a text without one, or a .txt file written in Markdown, is read as
 * Markdown too: two "#" headings or more, or two different kinds of Markdown mark (a heading, bold, a link,
 * a block quote, a code fence), which plain text does not write.
 */
function formatOf(file: string | undefined, text: string): EssayFormat {
  if (file !== undefined && /\.(md|markdown)$/i.test(file)) return "markdown";
  const headings = text.match(/^#{1,6} \S/gm)?.length ?? 0;
  const marks = [headings > 0, /\*\*\S[^*\n]*\*\*|__\S[^_\n]*__/.test(text), /\]\([^)\s]+\)/.test(text), /^> \S/m.test(text), /^```/m.test(text)].filter(Boolean).length;
  if (file !== undefined && file !== "") return headings >= 2 || marks >= 2 ? "markdown" : "text";
  return headings >= 1 || marks >= 2 || text.startsWith("---\n") ? "markdown" : "text";
}

/**
 * A heading before any text whose level is above every other heading (or the only heading) is the
 * essay's title, not a section's; a subtitle under it carries it on ("Who Owns a River? Water Rights in
 * a Drier Century") and a byline names the author.
 */
function takeTitleBlocks(blocks: EssayBlock[]): { titleLine?: string; byline?: string; blocks: EssayBlock[] } {
  let rest = blocks;
  let titleLine: string | undefined;
  const first = rest[0];
  if (first?.kind === "heading") {
    const others = rest.slice(1).filter((block): block is EssayBlock & { kind: "heading" } => block.kind === "heading");
    if (others.every((other) => other.level > first.level)) {
      titleLine = first.text;
      rest = rest.slice(1);
    }
  }
  const subtitle = rest.find((block) => block.kind === "subtitle")?.text;
  if (titleLine !== undefined && subtitle !== undefined) titleLine = `${titleLine}${/[?!:.]$/.test(titleLine) ? " " : ": "}${subtitle}`;
  const byline = rest.find((block) => block.kind === "byline")?.text;
  rest = rest.filter((block) => block.kind !== "byline" && block.kind !== "subtitle");
  return { ...(titleLine !== undefined ? { titleLine } : {}), ...(byline !== undefined ? { byline } : {}), blocks: rest };
}

/** The paragraphs (with the heading each sits under), what sectioning needs to know of each, and their words read once. */
function readParagraphs(blocks: readonly EssayBlock[], names: NameTally): { paragraphs: Paragraph[]; inputs: SectionInput[]; words: ParagraphWords[] } {
  const paragraphs: Paragraph[] = [];
  const inputs: SectionInput[] = [];
  const words: ParagraphWords[] = [];
  let heading: string | undefined;
  let headingAbove: string | undefined;
  let afterBreak = false;
  for (const block of blocks) {
    if (block.kind === "heading") {
      heading = block.text;
      headingAbove = block.text;
    } else if (block.kind === "break") {
      afterBreak = true;
    } else if (block.kind === "paragraph") {
      const read = readParagraphWords(block.text, names);
      paragraphs.push({ index: paragraphs.length, text: block.text, ...(heading !== undefined ? { heading } : {}) });
      inputs.push({ text: block.text, stems: read.stems, ...(headingAbove !== undefined ? { headingAbove } : {}), ...(afterBreak ? { afterBreak } : {}) });
      words.push(read);
      headingAbove = undefined;
      afterBreak = false;
    }
  }
  return { paragraphs, inputs, words };
}

function sentencesOf(paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    for (const span of splitSentences(paragraph.text)) {
      sentences.push({ index: sentences.length, paragraph: paragraph.index, start: span.start, end: span.end, text: span.text });
    }
  }
  return sentences;
}

/** "singapore-summit.txt" → "Singapore Summit", "who-owns-a-river.txt" → "Who Owns a River". */
function titleFromFileName(file: string): string {
  const words = basename(file, extname(file)).replace(/[-_]+/g, " ").trim();
  return words === "" ? "Untitled essay" : titleCase(words.toUpperCase(), (word) => (/\p{Lu}/u.test(words) ? words.split(" ").find((written) => written.toLowerCase() === word) : undefined));
}

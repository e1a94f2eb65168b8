// From an essay's text and what is known about it to the Essay model: clean paragraphs, sentences,
// sections with titles and excerpts. Pure and deterministic; never throws (empty text gives an essay
// with no paragraphs, which loadEssays reports). Front matter in the text is read here too.
import { basename, extname } from "node:path";
import { chooseExcerpts, PARAGRAPH_JOINT } from "./chooseExcerpts.js";
import { essayVocabulary } from "./keyPhrases.js";
import { normaliseText } from "./normaliseText.js";
import { parseFrontMatter } from "./parseFrontMatter.js";
import type { EssayFormat } from "./readBlocks.js";
import { repairParagraphs, type EssayBlock } from "./repairParagraphs.js";
import { sectionEssay, type SectionInput } from "./sectionEssay.js";
import { splitSentences } from "./splitSentences.js";
import { essayIdFromFile, sectionId, sha256, slugify } from "./stableIds.js";
import { titleSection } from "./titleSection.js";
import type { Essay, EssayMeta, Paragraph, Section, Sentence } from "./types.js";

export interface BuildEssayOptions extends Partial<EssayMeta> {
  /** Defaults to the file's extension (.md/.markdown → Markdown), else guessed from the text. */
  format?: EssayFormat;
  /** Defaults to the slug of the file name, else of the title. */
  id?: string;
}

export function buildEssay(text: string, options: BuildEssayOptions = {}): Essay {
  const normalised = normaliseText(text);
  const frontMatter = parseFrontMatter(normalised);
  const body = frontMatter.ok ? frontMatter.body : normalised;
  const fields = frontMatter.ok ? frontMatter.fields : {};
  const format = options.format ?? formatOf(options.file, normalised);
  const { titleLine, byline, blocks } = takeTitleBlocks(repairParagraphs(body, format));

  const paragraphs: Paragraph[] = [];
  const sectionInputs: SectionInput[] = [];
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
      paragraphs.push({ index: paragraphs.length, text: block.text, ...(heading !== undefined ? { heading } : {}) });
      sectionInputs.push({ text: block.text, ...(headingAbove !== undefined ? { headingAbove } : {}), ...(afterBreak ? { afterBreak } : {}) });
      headingAbove = undefined;
      afterBreak = false;
    }
  }

  const sentences = sentencesOf(paragraphs);
  // firstSentenceOf[p]: index of paragraph p's first sentence (sentences are in paragraph order).
  const firstSentenceOf = paragraphs.map(() => sentences.length);
  for (let index = sentences.length - 1; index >= 0; index -= 1) firstSentenceOf[sentences[index]?.paragraph ?? 0] = index;
  for (let index = paragraphs.length - 2; index >= 0; index -= 1) firstSentenceOf[index] = Math.min(firstSentenceOf[index] ?? 0, firstSentenceOf[index + 1] ?? sentences.length);
  const spans = sectionEssay(sectionInputs);
  const sectionTexts = spans.map((span) => paragraphs.slice(span.first, span.last + 1).map((paragraph) => paragraph.text).join(PARAGRAPH_JOINT));
  const vocabulary = essayVocabulary(sectionTexts);
  const titlesTaken = new Set<string>();
  const sections: Section[] = spans.map((span, position) => {
    const text = sectionTexts[position] ?? "";
    const id = sectionId(span.first, span.last, text);
    const title = span.heading !== undefined ? headingTitle(span.heading, span.part) : titleSection(text, vocabulary, titlesTaken);
    titlesTaken.add(title.toLowerCase());
    const own = sentences.slice(firstSentenceOf[span.first] ?? 0, firstSentenceOf[span.last + 1] ?? sentences.length);
    return {
      id,
      number: position + 1,
      title,
      titleFromHeading: span.heading !== undefined,
      paragraphs: [span.first, span.last],
      sentences: own,
      excerpts: chooseExcerpts(id, own, (index) => paragraphs[index]?.text ?? ""),
    };
  });

  const file = options.file ?? "";
  const title = options.title ?? fields.title ?? titleLine ?? (file !== "" ? titleFromFileName(file) : "Untitled essay");
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

function formatOf(file: string | undefined, text: string): EssayFormat {
  if (file !== undefined && file !== "") return /\.(md|markdown)$/i.test(file) ? "markdown" : "text";
  return /^(#{1,6} \S|---\n)/m.test(text) ? "markdown" : "text";
}

/**
 * A heading before any text whose level is above every other heading (or the only heading) is the
 * essay's title, not a section's; a byline under it names the author.
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
  const byline = rest[0]?.kind === "byline" ? rest[0].text : undefined;
  rest = rest.filter((block) => block.kind !== "byline");
  return { ...(titleLine !== undefined ? { titleLine } : {}), ...(byline !== undefined ? { byline } : {}), blocks: rest };
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

function headingTitle(heading: string, part: { number: number; of: number } | undefined): string {
  const clean = heading.replace(/[:.]\s*$/, "");
  return part ? `${clean} (${part.number} of ${part.of})` : clean;
}

/** "singapore-summit.txt" → "Singapore Summit". */
function titleFromFileName(file: string): string {
  const words = basename(file, extname(file)).replace(/[-_]+/g, " ").trim();
  return words === "" ? "Untitled essay" : words.replace(/(^|\s)(\p{Ll})/gu, (_match, space: string, letter: string) => space + letter.toUpperCase());
}

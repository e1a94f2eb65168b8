// The sections of an essay from the spans sectioning chose: ids, titles (the author's headings, or noun
// phrases from the text), their sentences and excerpts.
import { chooseExcerpts, PARAGRAPH_JOINT } from "./chooseExcerpts.js";
import type { EssayVocabulary, ParagraphWords } from "./essayVocabulary.js";
import { headingText, isBareNumbering, type Spelling } from "./headingText.js";
import type { SectionSpan } from "./sectionEssay.js";
import { sectionId } from "./stableIds.js";
import { newTitleMemory, titleSection } from "./titleSection.js";
import type { Paragraph, Section, Sentence } from "./types.js";

export interface SectionParts {
  spans: readonly SectionSpan[];
  paragraphs: readonly Paragraph[];
  /** Every sentence of the essay, in order. */
  sentences: readonly Sentence[];
  words: readonly ParagraphWords[];
  vocabulary: EssayVocabulary;
  spelling: Spelling;
  essayTitle: string;
}

export function buildSections({ spans, paragraphs, sentences, words, vocabulary, spelling, essayTitle }: SectionParts): Section[] {
  // firstSentenceOf[p]: index of paragraph p's first sentence (or of the next paragraph's, when p has none).
  const firstSentenceOf = paragraphs.map(() => sentences.length);
  for (let index = sentences.length - 1; index >= 0; index -= 1) firstSentenceOf[sentences[index]?.paragraph ?? 0] = index;
  for (let index = paragraphs.length - 2; index >= 0; index -= 1) firstSentenceOf[index] = Math.min(firstSentenceOf[index] ?? 0, firstSentenceOf[index + 1] ?? sentences.length);

  const memory = newTitleMemory(essayTitle);
  for (const span of spans) if (span.heading !== undefined) memory.titles.add(headingText(span.heading, spelling).toLowerCase());
  const generatedTitle = (own: readonly Sentence[], position: number) =>
    titleSection(
      own.map((sentence) => sentence.text),
      vocabulary,
      position,
      memory,
      own.map((sentence) => stemsWithin(words[sentence.paragraph], sentence)),
    );

  return spans.map((span, position) => {
    const text = paragraphs
      .slice(span.first, span.last + 1)
      .map((paragraph) => paragraph.text)
      .join(PARAGRAPH_JOINT);
    const id = sectionId(span.first, span.last, text);
    const own = sentences.slice(firstSentenceOf[span.first] ?? 0, firstSentenceOf[span.last + 1] ?? sentences.length);
    let title: string;
    if (span.heading === undefined) title = generatedTitle(own, position);
    else {
      // A heading that only numbers its part gets a title after it: "Part Two: The promise of a shared heritage".
      const heading = headingText(span.heading, spelling);
      const full = isBareNumbering(heading) ? `${heading}: ${generatedTitle(own, position)}` : heading;
      title = span.part ? `${full} (${span.part.number} of ${span.part.of})` : full;
    }
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
}

/** The topical stems of a paragraph that fall inside one of its sentences. */
function stemsWithin(words: ParagraphWords | undefined, sentence: Sentence): string[] {
  if (!words) return [];
  const stems: string[] = [];
  for (let index = 0; index < words.starts.length; index += 1) {
    const start = words.starts[index] ?? 0;
    if (start >= sentence.end) break;
    if (start >= sentence.start) stems.push(words.stems[index] ?? "");
  }
  return stems;
}

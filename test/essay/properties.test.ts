// Property tests: whatever essay text comes in, the engine loses no words, invents none, partitions
// paragraphs into sections in order, and cuts excerpts that are exact runs of whole sentences.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildEssay, EXCERPT_LIMITS, splitSentences, type Essay } from "../../src/essay/index.js";
import { PARAGRAPH_JOINT } from "../../src/essay/chooseExcerpts.js";

const WORDS = [
  "summit", "leaders", "negotiations", "library", "sanctions", "pressure", "military", "options", "economy", "country",
  "process", "rapport", "statement", "commitments", "timetable", "river", "coastline", "ruler", "measure", "length",
  "train", "sleeper", "carriage", "journey", "night", "city", "street", "walking", "pavement", "traffic", "commons",
  "meadow", "village", "rules", "users", "notebook", "diary", "paper", "pocket", "habit", "a", "the", "of", "and", "to",
  "in", "was", "is", "were", "had", "with", "for", "on", "that", "it", "they", "their", "not", "but", "or", "as", "by",
  "incremental", "denuclearization", "international", "reconciliation", "understanding", "professional", "communities",
];

const word = fc.constantFrom(...WORDS);
const sentence = fc
  .tuple(fc.array(word, { minLength: 2, maxLength: 24 }), fc.constantFrom(".", "?", "!"))
  .map(([words, stop]) => {
    const text = words.join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${stop}`;
  });
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 7 }).map((sentences) => sentences.join(" "));
const essayParagraphs = fc.array(paragraph, { minLength: 1, maxLength: 25 });
const layout = fc.record({
  width: fc.integer({ min: 30, max: 110 }),
  hyphenate: fc.boolean(),
  lineEnd: fc.constantFrom("\n", "\r\n"),
  pageBreakEvery: fc.integer({ min: 0, max: 6 }),
  indent: fc.constantFrom("", " "),
});

/** Hard-wraps paragraphs like a PDF extractor: a width, optional word breaks with a hyphen, blank lines between paragraphs. */
function render(paragraphs: string[], options: { width: number; hyphenate: boolean; lineEnd: string; pageBreakEvery: number; indent: string }): string {
  const blocks = paragraphs.map((text) => {
    const lines: string[] = [];
    let line = options.indent;
    for (const token of text.split(" ")) {
      if (line.trim() === "") line += token;
      else if (line.length + 1 + token.length <= options.width) line += ` ${token}`;
      else if (options.hyphenate && token.length >= 7 && /^[a-z]+$/.test(token) && line.length + 4 <= options.width) {
        const cut = Math.min(token.length - 3, Math.max(2, options.width - line.length - 2));
        lines.push(`${line} ${token.slice(0, cut)}-`);
        line = token.slice(cut);
      } else {
        lines.push(line);
        line = token;
      }
    }
    lines.push(line);
    return lines.join(options.lineEnd);
  });
  return blocks
    .map((block, index) => (options.pageBreakEvery > 0 && index > 0 && index % options.pageBreakEvery === 0 ? `\f${options.lineEnd}${block}` : block))
    .join(`${options.lineEnd}${options.lineEnd}`);
}

const wordsOf = (text: string) => text.replace(/-/g, "").split(/\s+/).filter(Boolean);

function sectionText(essay: Essay, first: number, last: number): string {
  return essay.paragraphs.slice(first, last + 1).map((paragraph) => paragraph.text).join(" ");
}

describe("essay engine properties", () => {
  it("loses no words and invents none (hyphen joins aside), and sections partition the paragraphs in order", () => {
    fc.assert(
      fc.property(essayParagraphs, layout, (paragraphs, options) => {
        const essay = buildEssay(render(paragraphs, options), { file: "generated.txt" });
        expect(wordsOf(essay.paragraphs.map((paragraph) => paragraph.text).join(" "))).toEqual(wordsOf(paragraphs.join(" ")));
        let next = 0;
        for (const section of essay.sections) {
          expect(section.paragraphs[0]).toBe(next);
          expect(section.paragraphs[1]).toBeGreaterThanOrEqual(section.paragraphs[0]);
          next = section.paragraphs[1] + 1;
        }
        expect(next).toBe(essay.paragraphs.length);
        expect(wordsOf(essay.sections.map((section) => sectionText(essay, ...section.paragraphs)).join(" "))).toEqual(wordsOf(paragraphs.join(" ")));
      }),
      { numRuns: 150 },
    );
  });

  it("cuts excerpts that are exact runs of consecutive sentences of their section, within the size limits", () => {
    fc.assert(
      fc.property(essayParagraphs, layout, (paragraphs, options) => {
        const essay = buildEssay(render(paragraphs, options), { file: "generated.txt" });
        const excerptIds = new Set<string>();
        for (const section of essay.sections) {
          const indices = section.sentences.map((sentence) => sentence.index);
          for (const excerpt of section.excerpts) {
            expect(excerptIds.has(excerpt.id)).toBe(false);
            excerptIds.add(excerpt.id);
            const [first, last] = excerpt.sentences;
            expect(indices).toContain(first);
            expect(indices).toContain(last);
            const run = section.sentences.filter((sentence) => sentence.index >= first && sentence.index <= last);
            expect(run.length).toBe(last - first + 1);
            const expected = [...new Set(run.map((sentence) => sentence.paragraph))]
              .map((paragraphIndex) => {
                const inParagraph = run.filter((sentence) => sentence.paragraph === paragraphIndex);
                return essay.paragraphs[paragraphIndex]!.text.slice(inParagraph[0]!.start, inParagraph[inParagraph.length - 1]!.end);
              })
              .join(PARAGRAPH_JOINT);
            expect(excerpt.text).toBe(expected);
            expect(excerpt.text.length).toBeLessThanOrEqual(EXCERPT_LIMITS.hardMaximum);
            if (run.length > 1) expect(excerpt.text.length).toBeLessThanOrEqual(EXCERPT_LIMITS.ideal.maximum);
          }
          // Every sentence short enough to show is in exactly one excerpt.
          const covered = section.excerpts.flatMap((excerpt) => section.sentences.filter((sentence) => sentence.index >= excerpt.sentences[0] && sentence.index <= excerpt.sentences[1]));
          expect(covered.map((sentence) => sentence.index)).toEqual(section.sentences.filter((sentence) => sentence.text.length <= EXCERPT_LIMITS.hardMaximum).map((sentence) => sentence.index));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("is deterministic, with short unique section ids", () => {
    fc.assert(
      fc.property(essayParagraphs, layout, (paragraphs, options) => {
        const text = render(paragraphs, options);
        const first = buildEssay(text, { file: "generated.txt" });
        expect(buildEssay(text, { file: "generated.txt" })).toEqual(first);
        const ids = first.sections.map((section) => section.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id.length).toBeLessThanOrEqual(20);
      }),
      { numRuns: 60 },
    );
  });

  it("splits any text into exact, ordered, non-overlapping sentences covering all of it", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "B", " ", ".", "?", "!", "”", "(", ")", "\n", "3", "…", "U.S. ", "Mr. ", "e.g. "), maxLength: 200 }), (text) => {
        const sentences = splitSentences(text);
        let position = 0;
        for (const sentence of sentences) {
          expect(sentence.start).toBeGreaterThanOrEqual(position);
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(text.slice(position, sentence.start).trim()).toBe("");
          expect(sentence.text).toBe(sentence.text.trim());
          expect(sentence.text).not.toContain("\n");
          position = sentence.end;
        }
        expect(text.slice(position).trim()).toBe("");
      }),
      { numRuns: 500 },
    );
  });
});

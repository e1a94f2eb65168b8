// Readings built by hand for tests of the library and the commands: sections, paragraphs and
// excerpts exactly as the test says, independent of how the essay engine sections real text.
import { splitSentences } from "../../src/essay/splitSentences.js";
import type { Essay, Excerpt, Paragraph, Section, Sentence } from "../../src/essay/types.js";
import type { Question, QuestionSet, QuestionType } from "../../src/questions/types.js";
import type { Reading } from "../../src/library/reading.js";

export interface SectionSpec {
  title: string;
  /** Paragraph texts. */
  paragraphs: string[];
  /** Paragraphs (indexes within this section) grouped into excerpts; default one excerpt per paragraph. */
  excerpts?: number[][];
  /** Questions about the section, best first; each anchored in the given paragraph (default 0). */
  questions?: { text: string; type?: QuestionType; paragraph?: number }[];
}

export function handmadeReading(id: string, title: string, specs: readonly SectionSpec[], essayQuestions: string[] = []): Reading {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const sections: Section[] = [];
  const questionsBySection: Record<string, Question[]> = {};
  for (const [position, spec] of specs.entries()) {
    const firstParagraph = paragraphs.length;
    const own: Sentence[] = [];
    for (const text of spec.paragraphs) {
      const index = paragraphs.length;
      paragraphs.push({ index, text });
      for (const span of splitSentences(text)) {
        const sentence = { index: sentences.length, paragraph: index, start: span.start, end: span.end, text: span.text };
        sentences.push(sentence);
        own.push(sentence);
      }
    }
    const sectionId = `s${position + 1}-${id.slice(0, 6)}`;
    const groups = spec.excerpts ?? spec.paragraphs.map((_, index) => [index]);
    const excerpts: Excerpt[] = groups.map((group, number) => {
      const indexes = group.map((offset) => firstParagraph + offset);
      const inside = own.filter((sentence) => indexes.includes(sentence.paragraph));
      return {
        id: `${sectionId}-e${number + 1}`,
        sectionId,
        text: indexes.map((index) => paragraphs[index]?.text ?? "").join("\n\n"),
        sentences: [inside[0]?.index ?? 0, inside[inside.length - 1]?.index ?? 0],
        paragraphs: [indexes[0] ?? 0, indexes[indexes.length - 1] ?? 0],
      };
    });
    sections.push({
      id: sectionId,
      number: position + 1,
      title: spec.title,
      titleFromHeading: true,
      paragraphs: [firstParagraph, paragraphs.length - 1],
      sentences: own,
      excerpts,
    });
    questionsBySection[sectionId] = (spec.questions ?? []).map((question, rank) => {
      const anchor = own.find((sentence) => sentence.paragraph === firstParagraph + (question.paragraph ?? 0)) ?? own[0];
      return {
        id: `${sectionId}-q${rank + 1}`,
        text: question.text,
        type: question.type ?? "evaluate",
        scope: "section",
        sectionId,
        anchor: { sentence: anchor?.index ?? 0, text: anchor?.text ?? "" },
        score: 10 - rank,
        source: "offline",
      };
    });
  }
  const essay: Essay = { id, meta: { title, file: `${id}.md` }, contentHash: `hash-${id}`, paragraphs, sections };
  const questions: QuestionSet = {
    essayId: id,
    contentHash: essay.contentHash,
    provider: "offline",
    essay: essayQuestions.map((text, rank) => ({
      id: `${id}-essay-q${rank + 1}`,
      text,
      type: "connect",
      scope: "essay",
      sectionId: sections[0]?.id ?? "",
      anchor: { sentence: 0, text: sentences[0]?.text ?? "" },
      score: 5 - rank,
      source: "offline",
    })),
    sections: questionsBySection,
  };
  return { essay, questions };
}

/** A three-section reading about a summit: section 2 has two excerpts, accents and curly apostrophes included. */
export function summitReading(): Reading {
  return handmadeReading(
    "summit",
    "The Summit",
    [
      {
        title: "Arrival",
        paragraphs: ["The delegates arrived in Singapore on Monday. Nobody expected much from the first day."],
        questions: [
          { text: "Why did nobody expect much?", type: "explanation" },
          { text: "What would a good first day look like?", type: "example" },
        ],
      },
      {
        title: "Sanctions and pressure",
        paragraphs: [
          "Sanctions had never forced a country to change course. The pressure campaign was nonetheless maximal.",
          "Kim’s advisers argued that sanctions were easing. The Pérez report disagreed with them.",
        ],
        excerpts: [[0], [1]],
        questions: [
          { text: "Can sanctions work at all?", type: "evaluate", paragraph: 0 },
          { text: "Who wrote the Pérez report?", type: "clarify", paragraph: 1 },
          { text: "What does maximal pressure mean?", type: "clarify", paragraph: 0 },
          { text: "What follows if sanctions were easing?", type: "implication", paragraph: 1 },
          { text: "How would Kim’s advisers see the campaign?", type: "perspective", paragraph: 1 },
        ],
      },
      {
        title: "The road ahead",
        paragraphs: ["Negotiators now face a long road. The summit opened a door, and the door may close again."],
        questions: [{ text: "Will the door close?", type: "certainty" }],
      },
    ],
    ["How does the arrival bear on the road ahead?"],
  );
}

// The preview's JSON form (`npm run preview -- --json`): what a moderator or a script checks
// before a reading goes to the group.
import type { Essay, LoadProblem } from "../essay/types.js";
import type { PreviewQuestion, PreviewQuestions } from "./previewQuestions.js";

export interface PreviewJson {
  essays: {
    id: string;
    title: string;
    file: string;
    author?: string;
    source?: string;
    date?: string;
    sections: {
      id: string;
      number: number;
      title: string;
      /** The section's clean paragraph texts. */
      paragraphs: string[];
      /** First and last paragraph, 1-based, inclusive. */
      paragraphRange: [number, number];
      excerpts: { id: string; text: string }[];
      questions: PreviewQuestion[];
    }[];
    /** Questions about the essay as a whole (thesis, purpose, connecting sections). */
    questions: PreviewQuestion[];
  }[];
  problems: LoadProblem[];
}

export function previewJson(
  essays: readonly Essay[],
  problems: readonly LoadProblem[],
  questionsFor: (essay: Essay) => PreviewQuestions,
): PreviewJson {
  return {
    essays: essays.map((essay) => {
      const questions = questionsFor(essay);
      return {
        id: essay.id,
        title: essay.meta.title,
        file: essay.meta.file,
        ...(essay.meta.author ? { author: essay.meta.author } : {}),
        ...(essay.meta.source ? { source: essay.meta.source } : {}),
        ...(essay.meta.date ? { date: essay.meta.date } : {}),
        sections: essay.sections.map((section) => ({
          id: section.id,
          number: section.number,
          title: section.title,
          paragraphs: essay.paragraphs.slice(section.paragraphs[0], section.paragraphs[1] + 1).map((paragraph) => paragraph.text),
          paragraphRange: [section.paragraphs[0] + 1, section.paragraphs[1] + 1],
          excerpts: section.excerpts.map((excerpt) => ({ id: excerpt.id, text: excerpt.text })),
          questions: questions.sections[section.id] ?? [],
        })),
        questions: questions.essay,
      };
    }),
    problems: [...problems],
  };
}

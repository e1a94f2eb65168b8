// The preview CLI's view of the questions (`npm run preview`, `--json`): per section, the shown
// questions with their type, anchor and score. The lead plugs this into src/cli/previewQuestions.ts.
import type { Essay } from "../essay/types.js";
import { generateQuestions } from "./generateQuestions.js";
import type { QuestionAnchor, QuestionType } from "./types.js";

export interface PreviewQuestion {
  text: string;
  type: QuestionType;
  anchor: QuestionAnchor;
  score: number;
}

export interface PreviewQuestions {
  /** Section id → its questions, best first. */
  sections: Record<string, PreviewQuestion[]>;
  /** Questions about the essay as a whole. */
  essay: PreviewQuestion[];
}

const view = ({ text, type, anchor, score }: PreviewQuestion): PreviewQuestion => ({ text, type, anchor, score });

export function questionsForPreview(essay: Essay): PreviewQuestions {
  const set = generateQuestions(essay);
  const sections: Record<string, PreviewQuestion[]> = {};
  for (const section of essay.sections) sections[section.id] = (set.sections[section.id] ?? []).map(view);
  return { sections, essay: set.essay.map(view) };
}

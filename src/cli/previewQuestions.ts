// Where the preview gets its discussion questions: the offline generator, per section and for the
// essay as a whole, each with its type, anchor and score (the LLM's questions are the bot's business,
// cached at start-up; the preview shows what every group gets without one).
import type { Essay } from "../essay/types.js";
import { questionsForPreview, type PreviewQuestion, type PreviewQuestions } from "../questions/index.js";

export type { PreviewQuestion, PreviewQuestions };

export function previewQuestions(essay: Essay): PreviewQuestions {
  return questionsForPreview(essay);
}

// The seam where the preview shows discussion questions. Until the question generator is plugged in
// here it returns none, and the preview prints sections with an empty `questions` list.
import type { Essay } from "../essay/types.js";

export interface PreviewQuestion {
  id?: string;
  text: string;
  type?: string;
}

/** Questions for each section of the essay, keyed by section id. */
export function previewQuestions(_essay: Essay): Record<string, PreviewQuestion[]> {
  return {};
}

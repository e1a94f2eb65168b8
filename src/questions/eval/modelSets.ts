// The evaluation with the configured language model (`npm run eval:questions -- --llm`): each
// essay's questions as the bot shows them with the model on — the model's candidates, screened and
// ranked with the offline ones, where it answered a section; offline questions elsewhere — so the
// LLM path is judged on sealed essays exactly as the offline generator is. The answers are cached
// like the bot's (per essay content, section, provider and model), so a second run asks nothing new.
import type { Essay } from "../../essay/types.js";
import type { LlmOptions } from "../llm/llmOptions.js";
import { createQuestionService } from "../questionService.js";
import type { WarmReport } from "../questionService.js";
import type { QuestionSet } from "../types.js";

export interface ModelSets {
  /** Essay id → what the bot would show. */
  sets: Map<string, QuestionSet>;
  /** Sections the model answered now, from the cache, or not at all (those keep offline questions). */
  report: WarmReport;
}

export async function modelQuestionSets(essays: readonly Essay[], llm: LlmOptions, cacheDir: string, fetchImpl?: typeof fetch): Promise<ModelSets> {
  const service = createQuestionService({ llm, cacheDir, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const report = await service.warmQuestions(essays);
  return { sets: new Map(essays.map((essay) => [essay.id, service.questionsFor(essay)])), report };
}

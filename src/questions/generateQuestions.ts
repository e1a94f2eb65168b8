// The offline question generator: analyse the essay once, then rank questions for every section
// and for the essay as a whole. Deterministic and fast (no network, no model download).
import type { Essay } from "../essay/types.js";
import { analyseEssay } from "./analysis/analyseEssay.js";
import type { EssayAnalysis } from "./analysis/analyseEssay.js";
import { essayQuestions } from "./essayQuestions.js";
import { questionId } from "./questionId.js";
import { sectionQuestions } from "./sectionQuestions.js";
import type { ScoredCandidate } from "./sectionQuestions.js";
import type { GenerateOptions, Question, QuestionSet } from "./types.js";
import type { RankModel } from "./rank.js";
import { ESSAY_LEVEL, FITTED_MODEL, PER_SECTION } from "./weights.js";

export function toQuestion(essay: Essay, candidate: ScoredCandidate, scope: "section" | "essay", sectionId: string): Question {
  return {
    id: questionId(essay.contentHash, scope === "essay" ? "essay" : sectionId, candidate.text),
    text: candidate.text,
    type: candidate.type,
    scope,
    sectionId,
    anchor: { sentence: candidate.anchor.sentence, text: candidate.anchor.text },
    score: candidate.score,
    source: candidate.source ?? "offline",
  };
}

/** The questions of an analysed essay; `model` is the ranker (the fitted one unless a fit is being checked). */
export function questionsFromAnalysis(analysis: EssayAnalysis, options: GenerateOptions = {}, model: RankModel = FITTED_MODEL): QuestionSet {
  const { essay } = analysis;
  const perSection = options.perSection ?? PER_SECTION;
  const sections: Record<string, Question[]> = {};
  for (const section of analysis.sections) {
    sections[section.section.id] = sectionQuestions(section, perSection, [], model).map((c) => toQuestion(essay, c, "section", section.section.id));
  }
  const essayLevel = essayQuestions(analysis, options.essayLevel ?? ESSAY_LEVEL, model).map((c) => toQuestion(essay, c, "essay", c.sectionId));
  return { essayId: essay.id, contentHash: essay.contentHash, provider: "offline", essay: essayLevel, sections };
}

export function generateQuestions(essay: Essay, options: GenerateOptions = {}): QuestionSet {
  return questionsFromAnalysis(analyseEssay(essay), options);
}

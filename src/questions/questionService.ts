// What the bot calls: `questionsFor(essay)` answers at once (cached LLM questions where a section
// has them, offline ones elsewhere) and `warmQuestions(essays)` fills the LLM cache in the
// background at start-up. A Discord reply therefore never waits on a model.
import type { Essay } from "../essay/types.js";
import { analyseEssay } from "./analysis/analyseEssay.js";
import type { EssayAnalysis } from "./analysis/analyseEssay.js";
import { essayQuestions } from "./essayQuestions.js";
import { questionsFromAnalysis, toQuestion } from "./generateQuestions.js";
import { askForSection } from "./llm/askForSection.js";
import type { SectionFailure } from "./llm/askForSection.js";
import { LLM_PROVIDER } from "./llm/llmOptions.js";
import type { LlmOptions } from "./llm/llmOptions.js";
import { QuestionCache } from "./llm/questionCache.js";
import { screenCandidates } from "./llm/screenCandidates.js";
import { sectionQuestions } from "./sectionQuestions.js";
import type { GenerateOptions, Question, QuestionSet } from "./types.js";
import { ESSAY_LEVEL, PER_SECTION } from "./weights.js";

export interface QuestionServiceOptions extends GenerateOptions {
  /** Absent: offline questions only. */
  llm?: LlmOptions | undefined;
  /** Where the LLM cache file lives (required with llm). */
  cacheDir?: string;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Told about each section the model could not serve (for a structured log line). */
  onFallback?: (event: { essayId: string; sectionId: string; failure: SectionFailure; detail: string }) => void;
}

export interface WarmReport {
  /** Sections answered by the model during this call. */
  generated: number;
  /** Sections already in the cache. */
  cached: number;
  /** Sections left to the offline generator. */
  failed: number;
}

export interface QuestionService {
  questionsFor(essay: Essay): QuestionSet;
  warmQuestions(essays: readonly Essay[]): Promise<WarmReport>;
}

export function createQuestionService(options: QuestionServiceOptions = {}): QuestionService {
  const llm = options.llm;
  if (llm && !options.cacheDir) throw new Error("createQuestionService: an llm provider needs a cacheDir for its cache");
  const cache = llm && options.cacheDir ? new QuestionCache(options.cacheDir) : undefined;
  const analyses = new Map<string, EssayAnalysis>();
  const offline = new Map<string, QuestionSet>();

  const analysisOf = (essay: Essay) => {
    let analysis = analyses.get(essay.contentHash);
    if (!analysis) analyses.set(essay.contentHash, (analysis = analyseEssay(essay)));
    return analysis;
  };
  const offlineSet = (essay: Essay) => {
    let set = offline.get(essay.contentHash);
    if (!set) offline.set(essay.contentHash, (set = questionsFromAnalysis(analysisOf(essay), options)));
    return set;
  };
  const keyOf = (essay: Essay, sectionId: string) => ({ contentHash: essay.contentHash, sectionId, provider: LLM_PROVIDER, model: llm?.model ?? "" });

  return {
    questionsFor(essay) {
      const base = offlineSet(essay);
      if (!llm || !cache) return base;
      const analysis = analysisOf(essay);
      const sections: Record<string, Question[]> = {};
      let used = false;
      for (const section of analysis.sections) {
        const stored = cache.get(keyOf(essay, section.section.id));
        const extra = stored ? screenCandidates(stored, section).kept : [];
        if (extra.length === 0) {
          sections[section.section.id] = base.sections[section.section.id] ?? [];
          continue;
        }
        used = true;
        sections[section.section.id] = sectionQuestions(section, options.perSection ?? PER_SECTION, extra).map((c) => toQuestion(essay, c, "section", section.section.id));
      }
      if (!used) return base;
      const essayLevel = essayQuestions(analysis, options.essayLevel ?? ESSAY_LEVEL).map((c) => toQuestion(essay, c, "essay", c.sectionId));
      return { essayId: essay.id, contentHash: essay.contentHash, provider: LLM_PROVIDER, model: llm.model, essay: essayLevel, sections };
    },

    async warmQuestions(essays) {
      const report: WarmReport = { generated: 0, cached: 0, failed: 0 };
      if (!llm || !cache) return report;
      // One request at a time: a local model serves one well, and a hosted one is not flooded.
      for (const essay of essays) {
        const analysis = analysisOf(essay);
        for (const section of analysis.sections) {
          const key = keyOf(essay, section.section.id);
          if (cache.get(key)) {
            report.cached++;
            continue;
          }
          const answer = await askForSection(section, llm, options.fetch);
          if (answer.ok) {
            cache.set(key, answer.accepted);
            report.generated++;
          } else {
            report.failed++;
            options.onFallback?.({ essayId: essay.id, sectionId: section.section.id, failure: answer.failure, detail: answer.detail });
          }
        }
      }
      return report;
    },
  };
}

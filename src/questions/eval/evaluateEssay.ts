// Scores one essay of the evaluation set: acceptable@k from the hand labels (unlabelled counts
// as not acceptable) and the pass rate of each automatic proxy over all shown questions.
import type { Essay } from "../../essay/types.js";
import { analyseEssay } from "../analysis/analyseEssay.js";
import { questionsFromAnalysis } from "../generateQuestions.js";
import { MAX_PAIRWISE_OVERLAP, maxPairwiseOverlap, questionChecks } from "../proxies.js";
import { sectionTerms, sectionText } from "../sectionTerms.js";
import type { Question } from "../types.js";
import type { Label } from "./labels.js";

export interface JudgedQuestion {
  /** Section id, or "essay" for essay-level questions. */
  scope: string;
  question: Question;
  label: Label | undefined;
}

export interface EssayScore {
  essayId: string;
  judged: JudgedQuestion[];
  acceptable: number;
  unlabelled: number;
  /** Proxy name → [passed, checked]. */
  proxies: Record<string, [number, number]>;
}

export function evaluateEssay(essay: Essay, labels: Record<string, Label>, k = 3): EssayScore {
  const analysis = analyseEssay(essay);
  const set = questionsFromAnalysis(analysis);
  const judged: JudgedQuestion[] = [];
  const proxies: Record<string, [number, number]> = {};
  const tally = (name: string, ok: boolean) => {
    const entry = (proxies[name] ??= [0, 0]);
    entry[0] += ok ? 1 : 0;
    entry[1] += 1;
  };
  for (const section of analysis.sections) {
    const shown = (set.sections[section.section.id] ?? []).slice(0, k);
    const check = { text: sectionText(section), sentences: section.sentences.map((s) => s.text), terms: sectionTerms(section) };
    for (const question of shown) {
      judged.push({ scope: section.section.id, question, label: labels[question.text] });
      for (const { name, failure } of questionChecks(question.text, check)) tally(name, failure === undefined);
    }
    tally(`≥${k} questions`, shown.length >= k);
    tally(`≥3 types in top ${k}`, new Set(shown.map((q) => q.type)).size >= Math.min(3, k));
    tally("low overlap", maxPairwiseOverlap(shown.map((q) => q.text)) <= MAX_PAIRWISE_OVERLAP);
  }
  for (const question of set.essay.slice(0, k)) judged.push({ scope: "essay", question, label: labels[question.text] });
  return {
    essayId: essay.id,
    judged,
    acceptable: judged.filter((j) => j.label?.acceptable === true).length,
    unlabelled: judged.filter((j) => j.label === undefined).length,
    proxies,
  };
}

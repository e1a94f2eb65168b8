// Scores one essay of the evaluation set from the hand labels (unlabelled counts as not
// acceptable): acceptable@k over the top k questions of every section and of the essay, and
// acceptable over everything the bot can show (every section question, every essay-level one),
// plus the pass rate of each automatic proxy over the top k.
import type { Essay } from "../../essay/types.js";
import { analyseEssay } from "../analysis/analyseEssay.js";
import { questionsFromAnalysis } from "../generateQuestions.js";
import { MAX_PAIRWISE_OVERLAP, maxPairwiseOverlap, questionChecks } from "../proxies.js";
import { MIN_SHOWN } from "../sectionQuestions.js";
import { sectionTerms, sectionText } from "../sectionTerms.js";
import type { Question, QuestionSet } from "../types.js";
import type { Label } from "./labels.js";

export interface JudgedQuestion {
  /** Section id, or "essay" for essay-level questions. */
  scope: string;
  question: Question;
  label: Label | undefined;
  /** Among the first k of its list (what acceptable@k counts). */
  top: boolean;
}

export interface Tally {
  acceptable: number;
  judged: number;
  unlabelled: number;
}

export interface EssayScore {
  essayId: string;
  /** Every shown question: all of each section's list and all essay-level ones. */
  judged: JudgedQuestion[];
  /** The top k of each list. */
  atK: Tally;
  /** Everything shown. */
  shown: Tally;
  /** Proxy name → [passed, checked]. */
  proxies: Record<string, [number, number]>;
}

function tallyOf(list: readonly JudgedQuestion[]): Tally {
  return {
    acceptable: list.filter((j) => j.label?.acceptable === true).length,
    judged: list.length,
    unlabelled: list.filter((j) => j.label === undefined).length,
  };
}

/** `given`: the questions to score (the LLM path's, see modelSets.ts); by default the offline generator's. */
export function evaluateEssay(essay: Essay, labels: Record<string, Label>, k = 3, given?: QuestionSet): EssayScore {
  const analysis = analyseEssay(essay);
  const set = given ?? questionsFromAnalysis(analysis);
  const judged: JudgedQuestion[] = [];
  const proxies: Record<string, [number, number]> = {};
  const tally = (name: string, ok: boolean) => {
    const entry = (proxies[name] ??= [0, 0]);
    entry[0] += ok ? 1 : 0;
    entry[1] += 1;
  };
  for (const section of analysis.sections) {
    const list = set.sections[section.section.id] ?? [];
    const shown = list.slice(0, k);
    const check = { text: sectionText(section), sentences: section.sentences.map((s) => s.text), terms: sectionTerms(section), essayText: section.essayText };
    list.forEach((question, i) => judged.push({ scope: section.section.id, question, label: labels[question.text], top: i < k }));
    for (const question of shown) {
      for (const { name, failure } of questionChecks(question.text, check)) tally(name, failure === undefined);
    }
    // A section shows at least MIN_SHOWN questions of as many kinds (sectionQuestions.ts), more
    // only when it has more real questions to ask.
    tally(`≥${MIN_SHOWN} questions`, shown.length >= Math.min(MIN_SHOWN, k));
    tally(`≥${MIN_SHOWN} types in top ${k}`, new Set(shown.map((q) => q.type)).size >= Math.min(MIN_SHOWN, k));
    tally("low overlap", maxPairwiseOverlap(shown.map((q) => q.text)) <= MAX_PAIRWISE_OVERLAP);
  }
  set.essay.forEach((question, i) => judged.push({ scope: "essay", question, label: labels[question.text], top: i < k }));
  return { essayId: essay.id, judged, atK: tallyOf(judged.filter((j) => j.top)), shown: tallyOf(judged), proxies };
}

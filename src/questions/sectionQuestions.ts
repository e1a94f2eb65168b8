// One section's questions: overgenerate typed candidates from the analysis, drop hard failures,
// score, and pick a varied best-first list.
import type { SectionAnalysis } from "./analysis/analyseEssay.js";
import type { Candidate, CandidateGenerator } from "./candidates/candidate.js";
import { assumptionQuestions } from "./candidates/assumption.js";
import { caseQuestions } from "./candidates/cases.js";
import { certaintyQuestions } from "./candidates/certainty.js";
import { clarifyQuestions } from "./candidates/clarify.js";
import { evaluateQuestions } from "./candidates/evaluate.js";
import { evidenceQuestions } from "./candidates/evidence.js";
import { exampleQuestions } from "./candidates/example.js";
import { explanationQuestions } from "./candidates/explanation.js";
import { implicationQuestions } from "./candidates/implication.js";
import { openingQuestions } from "./candidates/opening.js";
import { perspectiveQuestions } from "./candidates/perspective.js";
import { purposeQuestions } from "./candidates/purpose.js";
import { tensionQuestions } from "./candidates/tension.js";
import { diversify } from "./diversify.js";
import { questionFailures, sentenceWordSets } from "./proxies.js";
import { features, score } from "./rank.js";
import { sectionTerms, sectionText } from "./sectionTerms.js";

const GENERATORS: readonly CandidateGenerator[] = [
  tensionQuestions,
  explanationQuestions,
  assumptionQuestions,
  evidenceQuestions,
  certaintyQuestions,
  implicationQuestions,
  perspectiveQuestions,
  exampleQuestions,
  clarifyQuestions,
  evaluateQuestions,
  caseQuestions,
  openingQuestions,
  purposeQuestions,
];

export interface ScoredCandidate extends Candidate {
  score: number;
}

/** Every candidate of every type, before any filtering. */
export function overgenerate(analysis: SectionAnalysis): Candidate[] {
  return GENERATORS.flatMap((generate) => generate(analysis));
}

/** Every candidate that passes the hard filters, scored (not yet diversified). */
export function scoredCandidates(analysis: SectionAnalysis, extra: readonly Candidate[] = []): ScoredCandidate[] {
  const sentences = analysis.sentences.map((s) => s.text);
  const check = { text: sectionText(analysis), sentences, terms: sectionTerms(analysis), sentenceWords: sentenceWordSets(sentences) };
  const seen = new Set<string>();
  const out: ScoredCandidate[] = [];
  for (const candidate of [...overgenerate(analysis), ...extra]) {
    if (seen.has(candidate.text)) continue;
    seen.add(candidate.text);
    if (questionFailures(candidate.text, check).length > 0) continue;
    out.push({ ...candidate, score: score(features(candidate, analysis)) });
  }
  return out;
}

export function sectionQuestions(analysis: SectionAnalysis, count: number, extra: readonly Candidate[] = []): ScoredCandidate[] {
  return diversify(scoredCandidates(analysis, extra), count);
}

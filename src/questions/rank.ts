// The transparent score of a candidate: a weighted sum of features in 0..1, weights in weights.ts.
import type { SectionAnalysis } from "./analysis/analyseEssay.js";
import type { Candidate } from "./candidates/candidate.js";
import { words } from "./proxies.js";
import { SCORE_WEIGHTS, TOP_KEY_PHRASES, TYPE_DEPTH } from "./weights.js";

export interface ScoreFeatures {
  typeDepth: number;
  centrality: number;
  keyPhrases: number;
  actors: number;
  cueStrength: number;
  spanQuality: number;
  length: number;
  llmSource: number;
  genericStem: number;
}

function lengthFit(text: string): number {
  const n = words(text).length;
  if (n >= 12 && n <= 32) return 1;
  return n < 12 ? Math.max(0, (n - 8) / 4) : Math.max(0, (40 - n) / 8);
}

export function features(candidate: Candidate, analysis: SectionAnalysis): ScoreFeatures {
  const position = analysis.sentences.findIndex((s) => s.index === candidate.anchor.sentence);
  const quoted = candidate.quotes.join(" ").toLowerCase();
  const top = analysis.keyPhrases.slice(0, TOP_KEY_PHRASES);
  const hits = top.filter((k) => k.occurrences.some((o) => quoted.includes(o.text.toLowerCase()))).length;
  const lowerText = candidate.text.toLowerCase();
  const namesActor = analysis.actors.some((a) => lowerText.includes(a.actor.name.toLowerCase()));
  return {
    typeDepth: TYPE_DEPTH[candidate.type],
    centrality: position >= 0 ? analysis.centrality[position]! : 0.5,
    keyPhrases: Math.min(1, hits / 2),
    actors: namesActor ? 1 : 0,
    cueStrength: candidate.cueStrength,
    spanQuality: candidate.spanQuality,
    length: lengthFit(candidate.text),
    llmSource: candidate.source === "llm" ? 1 : 0,
    genericStem: candidate.generic ?? 0,
  };
}

export function score(f: ScoreFeatures): number {
  let total = 0;
  for (const key of Object.keys(SCORE_WEIGHTS) as Array<keyof ScoreFeatures>) total += SCORE_WEIGHTS[key] * f[key];
  return Math.round(total * 1000) / 1000;
}

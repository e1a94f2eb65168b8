// The transparent score of a candidate: the estimated chance that a demanding teacher keeps it,
// from a logistic model over named features. The features are what the generator already knows
// about a candidate (its template, its type, the section's genre, the claim profile and the
// shape of its quote, how central its anchor is); the weights were fitted to the hand labels with
// leave-one-essay-out cross-validation (src/questions/eval/fitWeights.ts) and live in weights.ts.
import type { SectionAnalysis } from "./analysis/analyseEssay.js";
import { claimProfile } from "./analysis/claimProfile.js";
import type { Candidate } from "./candidates/candidate.js";
import { wordCount } from "./proxies.js";
import { FITTED_MODEL, LLM_PRIOR, TOP_KEY_PHRASES } from "./weights.js";

/** A linear model on the log-odds scale: weights by feature name, plus a bias. */
export interface RankModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/** Sparse features: name → value (absent means 0). Every value lies in 0..1. */
export type Features = Record<string, number>;

const THIRD_PERSON = /^(?:he|she|it|they|him|her|them|his|its|their)$/i;

function lengthFit(text: string): number {
  const n = wordCount(text);
  if (n >= 12 && n <= 32) return 1;
  return n < 12 ? Math.max(0, (n - 8) / 4) : Math.max(0, (40 - n) / 8);
}

/** What every candidate of a section is compared with, lower-cased once per section. */
interface SectionLookups {
  position: Map<number, number>;
  topPhrases: string[][];
  actorNames: string[];
}

const lookups = new WeakMap<SectionAnalysis, SectionLookups>();

function lookupsOf(analysis: SectionAnalysis): SectionLookups {
  let found = lookups.get(analysis);
  if (!found) {
    found = {
      position: new Map(analysis.sentences.map((s, i) => [s.index, i])),
      topPhrases: analysis.keyPhrases.slice(0, TOP_KEY_PHRASES).map((k) => k.occurrences.map((o) => o.text.toLowerCase())),
      actorNames: analysis.actors.map((a) => a.actor.name.toLowerCase()),
    };
    lookups.set(analysis, found);
  }
  return found;
}

/** Hands each feature of the candidate to `emit`, in the order features() lists them. */
function eachFeature(candidate: Candidate, analysis: SectionAnalysis, scope: "section" | "essay", emit: (name: string, value: number) => void): void {
  const known = lookupsOf(analysis);
  const position = known.position.get(candidate.anchor.sentence) ?? -1;
  const sentence = analysis.sentences[position];
  const quoted = candidate.quotes.join(" ").toLowerCase();
  const hits = known.topPhrases.filter((texts) => texts.some((text) => quoted.includes(text))).length;
  const lowerText = candidate.text.toLowerCase();
  emit(`stem:${candidate.stem}`, 1);
  emit(`type:${candidate.type}`, 1);
  emit(`genre:${analysis.genre}`, 1);
  emit(`genre:${analysis.genre}*type:${candidate.type}`, 1);
  if (scope === "essay") emit("scope:essay", 1);
  emit("centrality", position >= 0 ? analysis.centrality[position]! : 0.5);
  emit("keyPhrases", Math.min(1, hits / 2));
  emit("actors", known.actorNames.some((name) => lowerText.includes(name)) ? 1 : 0);
  emit("cueStrength", candidate.cueStrength);
  emit("spanQuality", candidate.spanQuality);
  emit("length", lengthFit(candidate.text));
  emit("generic", candidate.generic ?? 0);
  emit("filler", candidate.filler === true ? 1 : 0);
  emit("quoteWords", Math.min(1, wordCount(candidate.quotes.join(" ")) / 30));
  emit("twoQuotes", candidate.quotes.length + (candidate.context?.length ?? 0) >= 2 ? 1 : 0);
  emit("noQuote", candidate.quotes.length === 0 ? 1 : 0);
  emit("llm", candidate.source === "llm" ? 1 : 0);
  if (sentence) {
    emit("opensParagraph", sentence.opensParagraph ? 1 : 0);
    emit("firstOfSection", position === 0 ? 1 : 0);
    emit("lastOfSection", position === analysis.sentences.length - 1 ? 1 : 0);
  }
  const span = candidate.span;
  if (span && sentence) {
    const profile = claimProfile(sentence, span);
    emit("evaluative", Math.min(2, profile.evaluative) / 2);
    emit("hedged", profile.hedged ? 1 : 0);
    emit("reported", profile.reported ? 1 : 0);
    emit("firstPerson", profile.firstPerson ? 1 : 0);
    emit("speech", profile.speech ? 1 : 0);
    emit("defining", profile.defining ? 1 : 0);
    emit("obligation", profile.obligation ? 1 : 0);
    emit("spanComplete", span.complete ? 1 : 0);
    emit("spanCut", span.complete ? 0 : 1);
    const inside = sentence.tokens.slice(span.firstToken, span.endToken);
    emit("quotePronoun", inside.some((t) => t.pos === "PRON" && THIRD_PERSON.test(t.lower)) ? 1 : 0);
    emit("quoteDefinite", inside[0]?.lower === "the" ? 1 : 0);
    emit("quoteNumber", inside.some((t) => t.pos === "NUM") ? 1 : 0);
    emit("quoteName", inside.some((t) => t.pos === "PROPN") ? 1 : 0);
    emit("wholeSentence", span.firstToken === 0 && span.complete ? 1 : 0);
  }
}

/**
 * The features of a candidate asked about a section (or, for an essay-level question, about the
 * section its anchor is in). Names are stable: they key the fitted weights.
 */
export function features(candidate: Candidate, analysis: SectionAnalysis, scope: "section" | "essay" = "section"): Features {
  const f: Features = {};
  eachFeature(candidate, analysis, scope, (name, value) => {
    f[name] = value;
  });
  return f;
}

/**
 * score(features(candidate, analysis, scope), model), without building the feature object (a
 * dictionary of thirty-odd computed names for each of a long essay's thousands of candidates):
 * the weights are added in the same order, so the figure is the same to the last bit.
 */
export function scoreCandidate(candidate: Candidate, analysis: SectionAnalysis, model: RankModel = FITTED_MODEL, scope: "section" | "essay" = "section"): number {
  let z = startingLogOdds(model, candidate.source === "llm");
  eachFeature(candidate, analysis, scope, (name, value) => {
    const w = model.weights[name];
    if (w !== undefined) z += w * value;
  });
  return chance(z);
}

/** The log-odds before any feature: the bias, and the prior of a question a model wrote. */
function startingLogOdds(model: RankModel, llm: boolean): number {
  return model.bias + (llm ? LLM_PRIOR : 0);
}

/** The model's log-odds that the candidate is acceptable. */
export function logOdds(f: Features, model: RankModel = FITTED_MODEL): number {
  let z = startingLogOdds(model, f.llm === 1);
  for (const name in f) {
    const w = model.weights[name];
    if (w !== undefined) z += w * f[name]!;
  }
  return z;
}

/** Log-odds as the chance (0..1) that a teacher keeps the candidate, rounded for stable output. */
function chance(z: number): number {
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}

/** The estimated chance (0..1) that a teacher keeps the candidate, rounded for stable output. */
export function score(f: Features, model: RankModel = FITTED_MODEL): number {
  return chance(logOdds(f, model));
}

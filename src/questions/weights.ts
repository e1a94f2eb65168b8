// Every number the ranker and the diversifier use, in one place, so they can be read, argued
// about and re-fitted to the labelled examples (test/fixtures/questions/labels) as they grow.
import type { RankModel } from "./rank.js";

/**
 * The ranker (rank.ts): a logistic model giving the chance that a teacher keeps a candidate.
 * Fitted to the hand labels by `npm run fit:questions -- --write` (src/questions/eval/fitWeights.ts:
 * L2-regularised logistic regression, checked by leave-one-essay-out cross-validation), which
 * rewrites the block between the markers below. Read a weight as: how much the feature moves
 * the log-odds that the question is acceptable, other things equal.
 */
// BEGIN FITTED (lambda 4; 512 labelled candidates of 9 essays; leave-one-essay-out acceptable shown 85.0%)
export const FITTED_MODEL: RankModel = {
  bias: 0.174,
  weights: {
    "actors": -0.205,
    "centrality": -0.085,
    "cueStrength": 1.231,
    "defining": 0.093,
    "evaluative": -0.296,
    "filler": -1.209,
    "firstOfSection": 0.196,
    "firstPerson": 0.199,
    "generic": -1.346,
    "genre:argues": 0.327,
    "genre:argues*type:assumption": 0.126,
    "genre:argues*type:certainty": 0.24,
    "genre:argues*type:clarify": -0.405,
    "genre:argues*type:connect": -0.051,
    "genre:argues*type:evaluate": 0.272,
    "genre:argues*type:evidence": 0.083,
    "genre:argues*type:example": -0.232,
    "genre:argues*type:explanation": 0.069,
    "genre:argues*type:implication": 0.192,
    "genre:argues*type:perspective": 0.248,
    "genre:argues*type:purpose": -0.2,
    "genre:argues*type:tension": -0.137,
    "genre:argues*type:thesis": 0.122,
    "genre:explains": -0.21,
    "genre:explains*type:assumption": 0.039,
    "genre:explains*type:connect": -0.375,
    "genre:explains*type:evaluate": 0.102,
    "genre:explains*type:evidence": -0.211,
    "genre:explains*type:explanation": -0.061,
    "genre:explains*type:implication": 0.072,
    "genre:explains*type:perspective": -0.158,
    "genre:explains*type:purpose": 0.259,
    "genre:explains*type:tension": 0.092,
    "genre:explains*type:thesis": 0.031,
    "genre:narrates": -0.407,
    "genre:narrates*type:clarify": 0.025,
    "genre:narrates*type:connect": -0.358,
    "genre:narrates*type:evaluate": 0.034,
    "genre:narrates*type:evidence": 0.093,
    "genre:narrates*type:explanation": -0.151,
    "genre:narrates*type:implication": -0.065,
    "genre:narrates*type:perspective": -0.109,
    "genre:narrates*type:purpose": 0.076,
    "genre:narrates*type:thesis": 0.049,
    "genre:reflects": 0.29,
    "genre:reflects*type:connect": 0.17,
    "genre:reflects*type:evaluate": -0.016,
    "genre:reflects*type:explanation": 0.029,
    "genre:reflects*type:implication": -0.023,
    "genre:reflects*type:perspective": 0.013,
    "genre:reflects*type:purpose": 0.093,
    "genre:reflects*type:thesis": 0.024,
    "hedged": 0.323,
    "keyPhrases": 0.37,
    "lastOfSection": -0.127,
    "length": -0.375,
    "noQuote": -0.866,
    "obligation": 0.091,
    "opensParagraph": -0.121,
    "quoteDefinite": -0.019,
    "quoteName": 0.916,
    "quoteNumber": 0.18,
    "quotePronoun": 0.102,
    "quoteWords": 0.292,
    "reported": 0.4,
    "scope:essay": 0.644,
    "spanComplete": 0.173,
    "spanCut": -0.031,
    "spanQuality": 0.328,
    "speech": -0.435,
    "stem:analogy": 0.116,
    "stem:assumption.claim": 0.108,
    "stem:assumption.rule": 0.056,
    "stem:cases.detail": 0.079,
    "stem:cases.weight": -0.079,
    "stem:certainty.inside": 0.112,
    "stem:certainty.whether": 0.128,
    "stem:clarify.dictum": 0.079,
    "stem:clarify.quoted": 0.2,
    "stem:connect.sections": -0.259,
    "stem:detail.suggests": 0.043,
    "stem:essay.connect": -0.04,
    "stem:essay.personal.readers": 0.025,
    "stem:essay.personal.understand": 0.024,
    "stem:essay.personal.unresolved": 0.023,
    "stem:essay.readers": 0.237,
    "stem:essay.thesis": 0.191,
    "stem:essay.thesisPair": 0.012,
    "stem:essay.weakest": 0.172,
    "stem:evaluate.judgement": 0.335,
    "stem:evidence.booster": 0.126,
    "stem:explanation.links": 0.069,
    "stem:fallback.bearing": -0.008,
    "stem:fallback.episode": -0.217,
    "stem:fallback.moment": 0.107,
    "stem:followOn.dispute": 0.116,
    "stem:followOn.evaluate": 0.074,
    "stem:followOn.implication": -0.06,
    "stem:generic.argueWith": -0.434,
    "stem:generic.disagree": -0.268,
    "stem:generic.mainPoint": -0.164,
    "stem:implication.actor": -0.144,
    "stem:implication.conditional": 0.012,
    "stem:implication.next": 0.012,
    "stem:meaning": -0.775,
    "stem:narrative.sides": 0.036,
    "stem:objection.dispute": 0.221,
    "stem:objection.example": -0.232,
    "stem:objection.strongest": 0.131,
    "stem:opening": 0.069,
    "stem:personal.compare": 0.075,
    "stem:personal.experience": 0.065,
    "stem:personal.moment": 0.029,
    "stem:personal.view": 0.046,
    "stem:perspective.pair": 0.106,
    "stem:perspective.respond": -0.262,
    "stem:purpose.role": -0.225,
    "stem:significance.explain": -0.212,
    "stem:significance.matter": 0.289,
    "stem:significance.show": -0.249,
    "stem:significance.topic": -0.11,
    "stem:source.finding": 0.167,
    "stem:source.opinion": 0.091,
    "stem:source.views": 0.045,
    "stem:tension.fit": -0.089,
    "twoQuotes": -0.121,
    "type:assumption": 0.164,
    "type:certainty": 0.24,
    "type:clarify": -0.38,
    "type:connect": -0.614,
    "type:evaluate": 0.391,
    "type:evidence": -0.035,
    "type:example": -0.232,
    "type:explanation": -0.114,
    "type:implication": 0.176,
    "type:perspective": -0.005,
    "type:purpose": 0.227,
    "type:tension": -0.045,
    "type:thesis": 0.226,
    "wholeSentence": -0.081,
  },
};
// END FITTED

/**
 * Added to the log-odds of a question the configured LLM wrote. The labels hold no model
 * questions, so the fit knows nothing of them; a group that turns the model on wants to see its
 * questions, which read the whole section and word questions freely. With this prior a model
 * question of ordinary features ranks with the best offline ones, and still passes the same
 * filters.
 */
export const LLM_PRIOR = 2;

/** How many of the section's key phrases count as "top" for the key-phrase feature. */
export const TOP_KEY_PHRASES = 6;

/**
 * Beyond the first three of a section (chosen together, diversify.ts), maximal marginal
 * relevance: chance − lambda × (similarity to the closest already chosen). Two questions quoting
 * overlapping text are never both shown, so there is no weight for that.
 */
export const DIVERSITY = {
  lambda: 0.1,
  /** Similarity added when two questions share a type. */
  sameType: 0.8,
  /** Similarity added when two questions are anchored in the same sentence. */
  sameSentence: 1.2,
} as const;

/**
 * How many questions a section shows: the first `always` whatever their chance (the bot
 * promises a few per section), then up to PER_SECTION only when they are no filler and the
 * model gives them at least `floor` (precision over recall: a fourth question must be one a
 * teacher would very likely keep).
 */
export const SHOWN = {
  always: 3,
  floor: 0.85,
} as const;

/**
 * Essay-level questions: the first `always` are shown, further ones only at `floor` or above.
 */
export const ESSAY_SHOWN = {
  always: 2,
  floor: 0.85,
} as const;

/**
 * Longest quote, in words. Long enough for most whole claims ("A free bus that comes every forty
 * minutes is still a bus that most people with a choice will not take" is 20), so a claim is
 * seldom cut just before the words that carry its point; the 40-word limit on a question still
 * keeps a long quote to the shorter stems.
 */
export const MAX_QUOTE_WORDS = 20;

/**
 * What a filler loses (in log-chance) when the first three questions of a section are chosen
 * together: a real question of the same estimated chance wins.
 */
export const FILLER_PENALTY = 0.5;

/**
 * What a set of three loses (in log-chance) for each pair of its questions that quote the same
 * claim, where the diversifier lets questions share one (a section with too few usable claims):
 * three kinds of question about one claim are chosen only when they are clearly likelier to be
 * kept than fillers about other sentences.
 */
export const SHARED_ANCHOR_PENALTY = 0.5;

/** How many of a long section's most central sentences get questions of their own (candidates/focus.ts). */
export const FOCUS_SENTENCES = 16;
/**
 * In a book-length text (sentences beyond LONG_ESSAY_SENTENCES, ten times an ordinary essay),
 * a section's most central LONG_ESSAY_FOCUS sentences only: time stays linear and small.
 */
export const LONG_ESSAY_SENTENCES = 1500;
export const LONG_ESSAY_FOCUS = 8;

/** How many of a section's best candidates the diversifier considers (plus every filler). */
export const DIVERSIFY_POOL = 16;

/** Default counts. */
export const PER_SECTION = 5;
export const ESSAY_LEVEL = 4;

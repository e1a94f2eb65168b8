// Every number the ranker and the diversifier use, in one place, so they can be read, argued
// about and later fitted to labelled examples (test/fixtures/questions/labels).
import type { QuestionType } from "./types.js";

/** How deep a discussion each type tends to open (judgement, not recall, scores high). */
export const TYPE_DEPTH: Readonly<Record<QuestionType, number>> = {
  thesis: 0.9,
  purpose: 0.4,
  clarify: 0.45,
  explanation: 0.85,
  evidence: 0.8,
  assumption: 0.9,
  tension: 1,
  certainty: 0.8,
  perspective: 0.75,
  implication: 0.75,
  example: 0.6,
  evaluate: 0.7,
  connect: 0.85,
};

/** Weight of each feature in a candidate's score (each feature lies in 0..1). */
export const SCORE_WEIGHTS = {
  typeDepth: 1,
  /** Centrality of the anchor sentence within its section. */
  centrality: 0.6,
  /** Share of the section's top key phrases the question's quotes contain. */
  keyPhrases: 0.6,
  /** The question names or quotes one of the section's actors. */
  actors: 0.25,
  /** How strongly the text's cue invites this type. */
  cueStrength: 0.7,
  /** Quoted spans are complete clauses of a readable length. */
  spanQuality: 1.2,
  /** Question length near the comfortable 12–32 words. */
  length: 0.4,
  /**
   * A question the configured LLM wrote: it read the whole section and words questions freely, so
   * a group that turns it on sees its questions first when they are otherwise as good.
   */
  llmSource: 0.3,
  /**
   * A stem that fits any quote ("What does the fact that "…" tell us about …?", "Why does it
   * matter that "…"?"): specific only through its quote, so it yields to a stem that fits the
   * anchor's kind, and is chosen mainly to give a section a third kind of question.
   */
  genericStem: -0.6,
} as const;

/** How many of the section's key phrases count as "top" for the key-phrase feature. */
export const TOP_KEY_PHRASES = 6;

/**
 * Maximal marginal relevance: score − lambda × (similarity to the closest already chosen). Two
 * questions quoting overlapping text are never both shown (diversify.ts), so there is no weight
 * for that.
 */
export const DIVERSITY = {
  lambda: 1,
  /** Similarity added when two questions share a type. */
  sameType: 0.8,
  /** Similarity added when two questions are anchored in the same sentence. */
  sameSentence: 1.2,
} as const;

/**
 * How many questions a section shows: the first `always` whatever their score (the bot promises
 * a few per section), then up to PER_SECTION only when they are no filler and score at least
 * `floor` (precision over recall: a fourth question must be as good as a typical third).
 */
export const SHOWN = {
  always: 3,
  floor: 3.2,
} as const;

/**
 * Longest quote, in words. Long enough for most whole claims ("A free bus that comes every forty
 * minutes is still a bus that most people with a choice will not take" is 20), so a claim is
 * seldom cut just before the words that carry its point; the 40-word limit on a question still
 * keeps a long quote to the shorter stems.
 */
export const MAX_QUOTE_WORDS = 20;

/** What a generic filler loses when the first three questions of a section are chosen together. */
export const FILLER_PENALTY = 1;

/** How many of a long section's most central sentences get questions of their own (candidates/focus.ts). */
export const FOCUS_SENTENCES = 12;

/** How many of a section's best candidates the diversifier considers (plus every filler). */
export const DIVERSIFY_POOL = 16;

/** Default counts. */
export const PER_SECTION = 5;
export const ESSAY_LEVEL = 4;

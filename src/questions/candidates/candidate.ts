// A question candidate before filtering and ranking, with the features the ranker scores.
import type { SectionAnalysis } from "../analysis/analyseEssay.js";
import type { Span } from "../analysis/spans.js";
import type { TaggedSentence } from "../analysis/taggedSentence.js";
import { wordCount } from "../proxies.js";
import type { QuestionType } from "../types.js";

export interface Candidate {
  text: string;
  type: QuestionType;
  /**
   * Which template made it ("evaluate.judgement", "narrative.choice" …): what the fitted ranker
   * (weights.ts) knows each template's record by. Every generator sets its own.
   */
  stem: string;
  /** The quoted span the question is about, when it is one: the ranker reads its claim profile. */
  span?: Span;
  /** Sentence the question is about and the exact text it grew from. */
  anchor: { sentence: number; text: string };
  /** Exact spans the question quotes and asks about (each must be text of the section). */
  quotes: string[];
  /**
   * Exact spans it quotes only to set the scene (the sentence before a "They should be
   * abolished"; a claim from an earlier section): they may repeat another question's words.
   */
  context?: string[];
  /** How strongly the text invites this type (a connective is stronger than a lone "could"). */
  cueStrength: number;
  /** The quoted spans' quality: complete clauses of a good length score 1. */
  spanQuality: number;
  /** A generic fallback ("What role does … play"): shown only when nothing better fills the list. */
  filler?: boolean;
  /**
   * How much of the question's stem could be asked of any quote, 0..1: "What does the fact that
   * "…" tell us about …?" is 1, "Why does it matter that "…"?" 0.5; scored down (weights.ts).
   */
  generic?: number;
  /** Where it came from (default: the offline generator). */
  source?: "offline" | "llm";
}

/**
 * A question about a clause cut right before its "because", "since", "if" or "unless" ("Leavitt's
 * relation was useful", "a sun compass only works") asks about the half that matters least. Only
 * a question that also quotes the other half (an explanation, an "if … then") may use it.
 */
export function leavesOutItsReason(candidate: Candidate): boolean {
  return candidate.span?.cutBeforeReason === true && candidate.quotes.length < 2;
}

/** Writes a span as it appears inside a question. */
export function quote(text: string): string {
  return `"${text}"`;
}

/**
 * What a generator decides about a question on one span; anchor, quotes and quality follow from
 * the span (anchoredOn).
 */
export type Asking = Pick<Candidate, "text" | "type" | "stem" | "cueStrength" | "filler" | "generic"> & {
  /**
   * The quote's quality where a generator rates it otherwise than spanQuality(span): a floor
   * (opening.ts), a fixed value (clarify.ts).
   */
  spanQuality?: number;
};

/**
 * A candidate about one span of a sentence that quotes that span and nothing else, the shape most
 * generators build. A question that quotes two spans (tension.ts), or sets the scene with another
 * (followOn.ts, context), builds its own.
 */
export function anchoredOn(sentence: TaggedSentence, span: Span, asking: Asking): Candidate {
  const { text, type, stem, cueStrength, spanQuality: quality = spanQuality(span), ...marks } = asking;
  return { text, type, stem, span, anchor: { sentence: sentence.index, text: span.text }, quotes: [span.text], cueStrength, spanQuality: quality, ...marks };
}

/** 1 for a complete clause of 5–14 words, less for cut, short or long spans, or ones that lean on context. */
export function spanQuality(span: Span): number {
  let quality = span.complete ? 1 : 0.75;
  if (span.words < 5) quality -= 0.2;
  if (span.words > 14) quality -= 0.06 * (span.words - 14);
  if (span.pronounStart || span.unresolved) quality -= 0.5;
  if (span.anaphoric) quality -= 0.3;
  if (span.vague) quality -= 0.5;
  if (span.fragment || span.contextual) quality -= 0.6;
  return Math.max(0, quality);
}

/**
 * The first phrasing that stays within the 40 words a question may have: a long quote gets the
 * shorter follow-up ("How far should we trust that finding, and why?") rather than no question.
 */
export function fitting(...phrasings: string[]): string {
  return phrasings.find((text) => wordCount(text) <= MAX_QUESTION_WORDS) ?? phrasings[phrasings.length - 1]!;
}

/** The longest question the proxies allow (proxies.ts: 8–40 words). */
const MAX_QUESTION_WORDS = 40;

/** Picks one of several phrasings deterministically, so sections vary but runs do not. */
export function pick<T>(options: readonly T[], seed: string): T {
  let hash = 2166136261;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 16777619);
  return options[(hash >>> 0) % options.length]!;
}

export type CandidateGenerator = (analysis: SectionAnalysis) => Candidate[];

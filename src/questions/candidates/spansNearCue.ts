// Finds the quotable spans a cue points at: the clause holding a hedge, the two sides of a
// "but", the claim an "It is possible that …" wraps.
import { findCues } from "../analysis/cues.js";
import type { Cue } from "../analysis/cues.js";
import { quotableSpan, segments } from "../analysis/spans.js";
import type { Span } from "../analysis/spans.js";
import type { TaggedSentence } from "../analysis/taggedSentence.js";

export const MAX_QUOTE_WORDS = 15;

/** A span is usable on its own when it needs nothing outside the quote to make sense. */
export function standsAlone(span: Span | undefined): span is Span {
  return span !== undefined && !span.pronounStart && !span.unresolved && span.shape === "clause" && !span.conditional;
}

/** "One common answer is that …", "many analysts think …": the span reports a view inside itself. */
export function reportsAView(sentence: TaggedSentence, span: Span): boolean {
  const inside = sentence.tokens.slice(span.firstToken, span.endToken);
  return inside.some((t, k) => NOT_ASSERTED.has(t.lower) && t.lower !== "not" && t.lower !== "no" && t.lower !== "never" && inside.slice(k + 1).some((u) => u.lower === "that" || u.lower === "whether" || u.pos === "VERB"));
}

/** Words after which a clause is doubted or only reported, not asserted by the author. */
const NOT_ASSERTED = new Set([
  "doubtful", "doubt", "doubts", "possible", "unlikely", "likely", "uncertain", "unclear", "whether", "not", "never",
  "no", "wrong", "false", "deny", "denied", "denies", "reject", "rejected", "dispute", "disputed", "say", "said",
  "says", "claim", "claimed", "claims", "answer", "view", "argue", "argued", "argues", "believe", "believed",
  "believes", "think", "thought", "thinks", "suppose", "imagine", "imagined", "hold", "held", "accept", "admit",
  "agree",
]);

/**
 * The author asserts the span outright: it is not inside "It is doubtful that …", "whether …",
 * "What they denied was that …". Looks back only within the span's own clause chain.
 */
export function asserted(sentence: TaggedSentence, span: Span): boolean {
  const { tokens } = sentence;
  for (let k = span.firstToken - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.text === ";" || t.text === ":" || (t.pos === "CCONJ" && tokens[k - 1]?.text === ",")) return true;
    if (NOT_ASSERTED.has(t.lower)) return false;
  }
  return true;
}

const YEAR = /^(?:1[5-9]\d\d|20\d\d)s?$/;
const PRESENT = /^(?:is|are|am|has|have|does|do|can|will|must|should|may|might|could|would|cannot)$/;

/**
 * How much the span argues rather than reports: judging words, the present tense of general
 * claims and comparisons count for it; a dated past event ("In 2015 Houston redrew …") against.
 */
const cuesOf = new WeakMap<TaggedSentence, Cue[]>();

export function claimness(sentence: TaggedSentence, span: Span): number {
  const tokens = sentence.tokens.slice(span.firstToken, span.endToken);
  let cues = cuesOf.get(sentence);
  if (!cues) cuesOf.set(sentence, (cues = findCues(sentence.tokens)));
  let score = 0;
  const judging = cues.some((c) => c.first >= span.firstToken && c.end <= span.endToken && (c.kind === "stance" || c.kind === "hedge" || c.kind === "booster" || c.kind === "obligation"));
  if (judging) score += 1;
  if (tokens.some((t) => (t.pos === "AUX" || t.pos === "VERB") && (PRESENT.test(t.lower) || (t.pos === "VERB" && t.lower !== t.lemma && t.lower.endsWith("s"))))) score += 0.5;
  if (tokens.some((t) => /^(?:more|most|less|least|better|worse|best|worst)$/.test(t.lower) || ((t.pos === "ADJ" || t.pos === "ADV") && t.lower !== t.lemma && /(?:er|est)$/.test(t.lower)))) score += 0.5;
  if (tokens.some((t) => t.pos === "NUM" && YEAR.test(t.text))) score -= 0.5;
  return score;
}

/** The first usable clause of a sentence that argues something (see claimness). */
/** Nouns that announce what the next sentences will say ("a consistent story", "a quieter cost"). */
const PLACEHOLDER_NOUNS = /^(?:story|lesson|point|problem|question|answer|thing|things|issue|matter|cost|reason|way|grounds|sense)$/;

/**
 * A short topic sentence whose claim is only a promise: "Surveys … tell a consistent story."
 * Its content is in the sentences after it, so quoting it alone asks about nothing.
 */
export function announcesOnly(sentence: TaggedSentence, span: Span): boolean {
  if (!sentence.opensParagraph || span.words > 16) return false;
  const nouns = sentence.tokens.slice(span.firstToken, span.endToken).filter((t) => t.pos === "NOUN");
  const last = nouns[nouns.length - 1];
  return last !== undefined && PLACEHOLDER_NOUNS.test(last.lower);
}

export function mainClaim(sentence: TaggedSentence, maxWords = MAX_QUOTE_WORDS, threshold = 0.5): Span | undefined {
  const span = mainClause(sentence, maxWords);
  return span && !span.vague && !announcesOnly(sentence, span) && claimness(sentence, span) >= threshold ? span : undefined;
}

/** The clause containing the cue. */
export function clauseAroundCue(sentence: TaggedSentence, cue: Cue, maxWords = MAX_QUOTE_WORDS): Span | undefined {
  const ranges = segments(sentence.tokens);
  const index = ranges.findIndex(([from, to]) => cue.first >= from && cue.first < to);
  if (index < 0) return undefined;
  const [from, to] = ranges[index]!;
  const here = quotableSpan(sentence, from, to, maxWords);
  if (standsAlone(here) && here.firstToken <= cue.first && here.endToken >= cue.end && asserted(sentence, here) && !reportsAView(sentence, here)) return here;
  return undefined;
}

/** The claim a hedge is wrapped round, outside the hedge's own clause. */
export function wrappedClaim(sentence: TaggedSentence, cue: Cue, maxWords = MAX_QUOTE_WORDS): Span | undefined {
  const ranges = segments(sentence.tokens);
  const index = ranges.findIndex(([from, to]) => cue.first >= from && cue.first < to);
  if (index < 0) return undefined;
  // Hedges wrapped round a claim: "It is doubtful … that any negotiations could have made much
  // progress", "The jury is out on whether the outcomes can be achieved".
  for (const [nextFrom, nextTo] of ranges.slice(index + 1, index + 3)) {
    if (sentence.tokens[nextFrom]?.lower !== "that" && sentence.tokens[nextFrom]?.lower !== "whether") continue;
    const content = quotableSpan(sentence, nextFrom, nextTo, maxWords);
    if (content && !content.pronounStart && !content.unresolved && content.shape === "clause") return { ...content, conditional: false };
  }
  return undefined;
}

/** The clauses before and after a connective inside one sentence ("A, but B"). */
export function sidesOfConnective(sentence: TaggedSentence, cue: Cue, maxWords: number): [Span, Span] | undefined {
  const ranges = segments(sentence.tokens);
  const at = ranges.findIndex(([from]) => from === cue.first);
  if (at <= 0) return undefined;
  const [beforeFrom, beforeTo] = ranges[at - 1]!;
  const [afterFrom, afterTo] = ranges[at]!;
  const before = quotableSpan(sentence, beforeFrom, beforeTo, maxWords);
  // Start after the whole connective ("which is why"), not just its first word.
  const after = quotableSpan(sentence, Math.max(afterFrom, cue.end), afterTo, maxWords);
  // The second clause may refer back to the first ("…, but they carried tremendous risks").
  if (!standsAlone(before) || !after || after.shape !== "clause" || (after.unresolved && !after.pronounStart)) return undefined;
  return [before, after];
}

/** The first usable clause of a sentence (its main claim, usually). */
export function mainClause(sentence: TaggedSentence, maxWords = MAX_QUOTE_WORDS): Span | undefined {
  const whole = quotableSpan(sentence, 0, sentence.tokens.length, maxWords);
  if (standsAlone(whole) && whole.complete && !reportsAView(sentence, whole)) return whole;
  for (const [from, to] of segments(sentence.tokens)) {
    const span = quotableSpan(sentence, from, to, maxWords);
    if (standsAlone(span) && asserted(sentence, span) && !reportsAView(sentence, span)) return span;
  }
  return undefined;
}

// Finds the quotable spans a cue points at: the clause holding a hedge, the two sides of a
// "but", the claim an "It is possible that …" wraps.
import { claimProfile, isArguable } from "../analysis/claimProfile.js";
import type { Cue } from "../analysis/cues.js";
import { quotableSpan, segments } from "../analysis/spans.js";
import type { Span } from "../analysis/spans.js";
import type { TaggedSentence } from "../analysis/taggedSentence.js";
import { MAX_QUOTE_WORDS } from "../weights.js";

export { MAX_QUOTE_WORDS };


/** A span is usable on its own when it needs nothing outside the quote to make sense. */
export function standsAlone(span: Span | undefined, withItsReason = false): span is Span {
  return span !== undefined && !span.pronounStart && !span.unresolved && span.shape === "clause" && !span.conditional && !span.fragment && !span.contextual && (withItsReason || !span.cutBeforeReason);
}

/** "One common answer is that …", "many analysts think …": the span reports a view inside itself. */
export function reportsAView(sentence: TaggedSentence, span: Span): boolean {
  const inside = sentence.tokens.slice(span.firstToken, span.endToken);
  // A word of saying or doubting followed by its clause: "that"/"whether" after any of them ("One
  // common answer is that …"), a bare clause only after a verb ("many analysts think Kim …").
  return inside.some(
    (t, k) =>
      NOT_ASSERTED.has(t.lower) &&
      t.lower !== "not" &&
      t.lower !== "no" &&
      t.lower !== "never" &&
      inside.slice(k + 1).some((u) => u.lower === "that" || u.lower === "whether" || (t.pos === "VERB" && u.pos === "VERB")),
  );
}

/** Words after which a clause is doubted or only reported, not asserted by the author. */
const NOT_ASSERTED = new Set([
  "doubtful", "doubt", "doubts", "possible", "unlikely", "likely", "uncertain", "unclear", "whether", "not", "never",
  "no", "wrong", "false", "deny", "denied", "denies", "reject", "rejected", "dispute", "disputed", "say", "said",
  "says", "claim", "claimed", "claims", "answer", "view", "argue", "argued", "argues", "believe", "believed",
  "believes", "think", "thought", "thinks", "suppose", "imagine", "imagined", "hold", "held", "accept", "admit",
  "agree",
  // Hopes, expectations and assumptions of others ("astronomers first hoped that …").
  "hope", "hoped", "hopes", "expect", "expected", "expects", "wish", "wished", "fear", "feared", "fears", "predict",
  "predicted", "predicts", "assume", "assumed", "assumes", "suppose", "supposed", "insist", "insisted", "insists",
  // What others complained, warned or noted ("Some fishing-boat owners complained that storm
  // warnings kept their crews in port"): sources.ts asks about it with its source named.
  "complain", "complained", "complains", "warn", "warned", "warns", "note", "noted", "notes", "observe", "observed",
  "remark", "remarked", "insisting",
  // Findings reported from others ("Surveys suggest that …"): sources.ts asks about them.
  "suggest", "suggests", "suggested", "report", "reports", "reported", "found",
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

/**
 * How much the span argues rather than reports (claimProfile.ts): 1 for a judgement a group can
 * weigh, 0.5 for a claim the author hedges, 0 for a report, a definition or a statute.
 */
export function claimness(sentence: TaggedSentence, span: Span, storied = false): number {
  const profile = claimProfile(sentence, span);
  if (isArguable(profile, storied)) return 1;
  return profile.hedged && !profile.reported && !profile.firstPerson ? 0.5 : 0;
}

/** The first usable clause of a sentence that argues something (see claimness). */
/** Nouns that announce what the next sentences will say ("a consistent story", "a quieter cost"). */
const PLACEHOLDER_NOUNS = /^(?:story|lesson|point|problem|question|answer|thing|things|issue|matter|cost|reason|way|grounds|sense|principle|worries|objections|concerns|questions|points|reasons|arguments|problems|ways|lessons)$/;

/**
 * A short topic sentence whose claim is only a promise: "Surveys … tell a consistent story."
 * Its content is in the sentences after it, so quoting it alone asks about nothing.
 */
export function announcesOnly(sentence: TaggedSentence, span: Span): boolean {
  if (!sentence.opensParagraph || span.words > 16) return false;
  // "Minimums also shape what gets built at all": a short topic sentence adding a point the
  // paragraph then makes.
  if (span.words <= 8 && sentence.tokens.slice(span.firstToken, span.endToken).some((t) => t.lower === "also")) return true;
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
    if (content && !content.pronounStart && !content.unresolved && content.shape === "clause" && !content.fragment && !content.contextual) return { ...content, conditional: false };
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
  // Spans at the full limit (shared with every other generator), too long a side rejected, not cut.
  const fits = (span: Span | undefined) => (span && span.words <= maxWords ? span : undefined);
  const before = fits(quotableSpan(sentence, beforeFrom, beforeTo, MAX_QUOTE_WORDS));
  // Start after the whole connective ("which is why"), not just its first word.
  const after = fits(quotableSpan(sentence, Math.max(afterFrom, cue.end), afterTo, MAX_QUOTE_WORDS));
  // The second clause may refer back to the first ("…, but they carried tremendous risks"), but
  // must be a clause of its own.
  // (The quote before the connective is followed by the one after it: nothing is left out.)
  if (!standsAlone(before, true) || !after || after.shape !== "clause" || after.fragment || (after.unresolved && !after.pronounStart)) return undefined;
  return [before, after];
}

const mainClauseCache = new WeakMap<TaggedSentence, Span | undefined>();

/**
 * The first usable clause of a sentence (its main claim, usually), memoised: many generators
 * ask. With a smaller word limit, the main clause if it fits, else the first of its standalone
 * parts that does: a shorter limit never cuts a clause that the full limit keeps whole.
 */
export function mainClause(sentence: TaggedSentence, maxWords = MAX_QUOTE_WORDS): Span | undefined {
  if (!mainClauseCache.has(sentence)) mainClauseCache.set(sentence, findMainClause(sentence, MAX_QUOTE_WORDS));
  const main = mainClauseCache.get(sentence);
  if (maxWords >= MAX_QUOTE_WORDS || (main && main.words <= maxWords)) return main;
  return claimAnchors(sentence).find((span) => span.words <= maxWords);
}

function findMainClause(sentence: TaggedSentence, maxWords: number): Span | undefined {
  const whole = quotableSpan(sentence, 0, sentence.tokens.length, maxWords);
  if (standsAlone(whole) && whole.complete && !reportsAView(sentence, whole)) return whole;
  for (const [from, to] of segments(sentence.tokens)) {
    const span = quotableSpan(sentence, from, to, maxWords);
    if (standsAlone(span) && asserted(sentence, span) && !reportsAView(sentence, span)) return span;
  }
  return undefined;
}

const anchorCache = new WeakMap<TaggedSentence, Span[]>();

/**
 * The claims of a sentence a question can be anchored on: its main clause and, when that is a
 * compound of two standalone clauses ("Most Americans will go on driving for decades, and people
 * in rural areas have few alternatives"), each of them too, so that one sentence can carry two
 * questions about different things.
 */
export function claimAnchors(sentence: TaggedSentence): Span[] {
  const cached = anchorCache.get(sentence);
  if (cached) return cached;
  const main = mainClause(sentence);
  const anchors: Span[] = main ? [main] : [];
  const parts = segments(sentence.tokens)
    .map(([from, to]) => quotableSpan(sentence, from, to, MAX_QUOTE_WORDS))
    .filter((span): span is Span => standsAlone(span) && span.words >= 5 && asserted(sentence, span) && !reportsAView(sentence, span));
  if (parts.length >= 2) for (const part of parts) if (!anchors.some((a) => a.start === part.start && a.end === part.end)) anchors.push(part);
  anchorCache.set(sentence, anchors);
  return anchors;
}

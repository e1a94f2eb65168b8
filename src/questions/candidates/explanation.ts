// Explanation questions: a cause the author gives ("because", "so", "as a result") and whether
// it is the whole story.
import { fitting, quote, spanQuality } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { MAX_QUOTE_WORDS, sidesOfConnective } from "./spansNearCue.js";
import type { Cue } from "../analysis/cues.js";
import { quotableSpan } from "../analysis/spans.js";
import type { Span } from "../analysis/spans.js";
import type { TaggedSentence } from "../analysis/taggedSentence.js";
import type { Token } from "../analysis/tagger.js";
import { claimProfile, YEAR } from "../analysis/claimProfile.js";

/** Time nouns after "since" ("since the war", "since childhood"): a point in time, not a reason. */
const TIME_NOUNS = /^(?:then|childhood|birth|infancy|war|century|decade|decades|year|years|month|months|week|weeks|day|days|morning|era|age|time|times|dawn|independence)$/;

/**
 * Round 8: "since" of time ("Mechanical refrigeration had existed since the 1850s", "since 1979",
 * "ever since the war") gives no cause: "According to the author, "…" because "the 1850s, …""
 * misreads it.
 */
export function temporalSince(tokens: readonly Token[], cue: Cue): boolean {
  if (cue.text.toLowerCase() !== "since") return false;
  if (tokens[cue.first - 1]?.lower === "ever") return true;
  const after = tokens.slice(cue.end, cue.end + 3);
  const first = after[0];
  if (first === undefined) return false;
  if (first.pos === "NUM" || YEAR.test(first.text) || TIME_NOUNS.test(first.lower)) return true;
  // "since the 1850s", "since the war", "since last year", "since early childhood".
  return /^(?:the|last|early|its|their|his|her)$/.test(first.lower) && after.slice(1).some((t) => YEAR.test(t.text) || TIME_NOUNS.test(t.lower));
}

/** "Because trees … suffer the same droughts, their sequences … match": [cause, effect]. */
function openingCause(sentence: TaggedSentence, cue: Cue): [Span, Span] | undefined {
  if (!/^(?:because|since)$/i.test(cue.text)) return undefined;
  const { tokens } = sentence;
  const comma = tokens.findIndex((t, k) => k > cue.end && t.text === ",");
  if (comma < 0) return undefined;
  const cause = quotableSpan(sentence, cue.end, comma, MAX_SIDE_WORDS);
  const effect = quotableSpan(sentence, comma + 1, tokens.length, MAX_QUOTE_WORDS);
  if (!cause || !effect || cause.words + effect.words > MAX_BOTH_WORDS) return undefined;
  // The effect may refer back to the cause ("their sequences"): the question quotes the cause first.
  if (!cause || cause.shape !== "clause" || cause.pronounStart || cause.unresolved || cause.fragment) return undefined;
  // ("…, their sequences … match": a pronoun opening the effect may stand for the cause's subject.)
  const plural = sentence.tokens.slice(cause.firstToken, cause.endToken).some((t) => t.pos === "NOUN" && t.lower !== t.lemma);
  const opener = sentence.tokens[effect?.firstToken ?? 0]?.lower ?? "";
  const fits = !effect?.pronounStart || (/^(?:they|their|them)$/.test(opener) ? plural : /^(?:it|its)$/.test(opener));
  if (!effect || effect.shape !== "clause" || !fits || effect.fragment || effect.contextual) return undefined;
  return [cause, effect];
}

const MAX_SIDE_WORDS = 12;
/** Both quotes of a "Because A, B" together: the question must stay under 40 words. */
const MAX_BOTH_WORDS = 26;
/** Connectives whose clause after them is the cause ("A because B"); the rest give the effect. */
const CAUSE_FOLLOWS = new Set(["because", "since", "given that", "due to", "owing to", "because of"]);

export const explanationQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  analysis.sentences.forEach((sentence, i) => {
    for (const cue of analysis.cues[i]!) {
      if (cue.kind !== "cause" || temporalSince(sentence.tokens, cue)) continue;
      // "Because A, B": the cause opens the sentence, the effect follows its comma.
      const sides = cue.first === 0 ? openingCause(sentence, cue) : sidesOfConnective(sentence, cue, MAX_SIDE_WORDS);
      if (!sides) continue;
      const [left, right] = sides;
      const causeFollows = CAUSE_FOLLOWS.has(cue.text.toLowerCase()) && cue.first > 0;
      const [effect, cause] = causeFollows ? [left, right] : [right, left];
      // Round 8: not of someone else's view ("The mission to Quito is sometimes remembered as a
      // failure because it arrived second"): the reason is theirs, often the one the author goes
      // on to reject, and "According to the author, …" misattributes it.
      if (causeFollows && claimProfile(sentence, effect).othersView) continue;
      const text = causeFollows
        ? `According to the author, ${quote(effect.text)} because ${quote(cause.text)}. Is that the whole explanation, or what else could be at work?`
        : fitting(`The author links ${quote(cause.text)} to ${quote(effect.text)}. How direct is that connection, and what else might play a part?`, `The author links ${quote(cause.text)} to ${quote(effect.text)}. How direct is that connection?`);
      out.push({
        text,
        type: "explanation",
        stem: causeFollows ? "explanation.because" : "explanation.links",
        span: cause,
        anchor: { sentence: sentence.index, text: cause.text },
        quotes: [effect.text, cause.text],
        cueStrength: 1,
        spanQuality: Math.min(spanQuality(effect), spanQuality(cause)),
      });
    }
  });
  return out;
};

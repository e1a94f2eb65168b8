// Explanation questions: a cause the author gives ("because", "so", "as a result") and whether
// it is the whole story.
import { fitting, quote, spanQuality } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { MAX_QUOTE_WORDS, sidesOfConnective } from "./spansNearCue.js";
import type { Cue } from "../analysis/cues.js";
import { quotableSpan } from "../analysis/spans.js";
import type { Span } from "../analysis/spans.js";
import type { TaggedSentence } from "../analysis/taggedSentence.js";

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
      if (cue.kind !== "cause") continue;
      // "Because A, B": the cause opens the sentence, the effect follows its comma.
      const sides = cue.first === 0 ? openingCause(sentence, cue) : sidesOfConnective(sentence, cue, MAX_SIDE_WORDS);
      if (!sides) continue;
      const [left, right] = sides;
      const causeFollows = CAUSE_FOLLOWS.has(cue.text.toLowerCase()) && cue.first > 0;
      const [effect, cause] = causeFollows ? [left, right] : [right, left];
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

// Implication questions: what follows if a prediction or a condition in the text holds.
import { actorPhrase, hasStake } from "../analysis/actors.js";
import { PERSON_TITLES } from "../analysis/cueWords.js";
import { quotableSpan } from "../analysis/spans.js";
import type { Span } from "../analysis/spans.js";
import type { TaggedSentence } from "../analysis/taggedSentence.js";
import { claimProfile, isArguable, isStoried } from "../analysis/claimProfile.js";
import { anchoredOn, quote, spanQuality } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { clauseAroundCue, sidesOfConnective } from "./spansNearCue.js";

const MAX_SIDE_WORDS = 14;

/** "If A, B": the condition and its consequence. */
function conditional(sentence: TaggedSentence, cueFirst: number): [Span, Span] | undefined {
  const { tokens } = sentence;
  if (tokens[cueFirst + 1]?.lower === "only") return undefined;
  if (cueFirst === 0) {
    // The consequence starts after the last comma that opens a clause: "If A, B and C, the summit was …".
    for (let comma = tokens.length - 1; comma > 1; comma--) {
      if (tokens[comma]!.text !== ",") continue;
      const consequence = quotableSpan(sentence, comma + 1, tokens.length, MAX_SIDE_WORDS);
      if (!consequence || consequence.shape !== "clause" || consequence.fragment || (consequence.unresolved && !consequence.pronounStart)) continue;
      const condition = quotableSpan(sentence, 1, comma, MAX_SIDE_WORDS);
      if (!condition || condition.pronounStart || condition.unresolved || condition.contextual || condition.shape !== "clause") return undefined;
      return [condition, consequence];
    }
    return undefined;
  }
  const sides = sidesOfConnective(sentence, { kind: "condition", text: "if", first: cueFirst, end: cueFirst + 1, main: true }, MAX_SIDE_WORDS);
  return sides ? [sides[1], sides[0]] : undefined;
}

/** Nouns that frame the argument itself: "if conservation is the justification", "if the purpose was …". */
const FRAMING_NOUNS = /^(?:justification|argument|reason|purpose|aim|goal|point|case|premise|claim|test|standard|question|answer|objection|measure|definition|idea)$/;

/**
 * "How likely is that condition?" fits a condition about the world someone could bring about or
 * watch for ("if the district funds Friday programming …"). Round 6: judges rejected it on a
 * worked example for "you" ("if you owe a fixed sum of money") or with a figure ("if workers
 * expect prices to rise by 5 percent"), on the author's rhetorical "if a library board asked
 * me", on a premise granted for argument ("if conservation is the justification", "if the
 * purpose was to get acquainted"), and on "only … if" read backwards ("a sun compass only works").
 */
export function conditionFits(sentence: TaggedSentence, condition: Span, consequence: Span): boolean {
  const cond = sentence.tokens.slice(condition.firstToken, condition.endToken);
  const cons = sentence.tokens.slice(consequence.firstToken, consequence.endToken);
  if (cond.some((t) => /^(?:i|me|my|we|us|our|you|your)$/.test(t.lower))) return false;
  if (cons.some((t) => /^(?:i|me|my|you|your)$/.test(t.lower))) return false;
  if (cond.some((t) => t.pos === "NUM" || t.lower === "percent" || /^[£$€%]$/.test(t.text))) return false;
  if (cons.some((t) => t.lower === "only")) return false;
  // A premise about the argument: "X is the justification", "the purpose was to …".
  const k = cond.findIndex((t) => t.lemma === "be");
  if (k >= 0 && cond.some((t) => t.pos === "NOUN" && FRAMING_NOUNS.test(t.lower))) return false;
  return true;
}

export const implicationQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const stakeholders = analysis.actors.filter((a) => hasStake(a.actor)).sort((a, b) => b.mentions - a.mentions);
  analysis.sentences.forEach((sentence, i) => {
    for (const cue of analysis.cues[i]!) {
      if (cue.kind === "condition" && cue.text.toLowerCase() === "if") {
        // Only a condition that opens its sentence ("If the district funds …, most of the savings
        // would disappear"): a trailing "if" restricts a general statement ("People on fixed
        // incomes lose if their payments are not adjusted", "a sun compass only works if …"), and
        // asking how likely the restriction is misreads it. (Every conditional judges kept opened
        // its sentence.)
        if (cue.first !== 0) continue;
        const pair = conditional(sentence, cue.first);
        if (!pair) continue;
        const [condition, consequence] = pair;
        // (Only where the text argues: in an explainer "If the price of oil doubles, transport
        // becomes more expensive" illustrates a mechanism, and its likelihood is beside the point.)
        if (analysis.genre !== "argues" || !conditionFits(sentence, condition, consequence)) continue;
        // The consequence of a condition opening the sentence is the clause right after it:
        // in "If workers expect …, they ask for more, and firms … will set prices accordingly"
        // the last clause answers another condition.
        if (cue.first === 0 && /^\s*(?:and|but|or)\b/i.test(sentence.text.slice(0, consequence.start).replace(/.*,/s, ""))) continue;
        out.push({
          // The condition first: the consequence may refer back to it ("… it is internally risky").
          text: `The author argues that if ${quote(condition.text)}, then ${quote(consequence.text)}. How likely is that condition, and what follows if it fails?`,
          type: "implication",
          stem: "implication.conditional",
          span: condition,
          // The question is about the condition; the consequence only frames it (and may be
          // another question's anchor).
          anchor: { sentence: sentence.index, text: condition.text },
          quotes: [condition.text],
          context: [consequence.text],
          cueStrength: 1,
          spanQuality: Math.min(spanQuality(condition), spanQuality({ ...consequence, pronounStart: false, unresolved: false })),
        });
        continue;
      }
      // A prediction of the author's own, in the main clause ("The physics that would later make
      // numerical forecasting possible" looks back, it predicts nothing); a history's past is
      // not something that "should happen next".
      if (cue.kind !== "prediction" || !cue.main || isStoried(analysis.genre)) continue;
      const span = clauseAroundCue(sentence, cue);
      if (!span) continue;
      // Only a prediction the author argues for: "Most Americans will go on driving" concedes the
      // status quo, and "what would change" asks nothing of it.
      const profile = claimProfile(sentence, span);
      if (profile.firstPerson || profile.reported || profile.legal || (!isArguable(profile) && !profile.hedged)) continue;
      const claim = quote(span.text);
      // Prefer a country, organisation or group to a person: "what follows for Kim" after "the young
      // North Korean leader" would ask about the same person twice.
      const lower = span.text.toLowerCase();
      const outside = stakeholders.filter((v) => !v.actor.name.toLowerCase().split(/\s+/).some((w) => w.length >= 3 && lower.includes(w.slice(0, 4))));
      // A claim about "the leader" or "the president" may be about the very person we would name.
      const namesARole = sentence.tokens.slice(span.firstToken, span.endToken).some((t) => t.pos === "NOUN" && (PERSON_TITLES.has(t.lower) || /^(?:leader|leaders|ruler|author|scientist)$/.test(t.lower)));
      const target = outside.find((v) => v.actor.kind !== "person") ?? (namesARole ? undefined : outside[0]);
      const text = target
        ? `If the author is right that ${claim}, what follows for ${actorPhrase(target.actor)}?`
        : `If the author is right that ${claim}, what should happen next, and who would have to act?`;
      out.push(anchoredOn(sentence, span, { text, type: "implication", stem: target ? "implication.actor" : "implication.next", cueStrength: 0.7 }));
    }
  });
  return out;
};

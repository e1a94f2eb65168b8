// Implication questions: what follows if a prediction or a condition in the text holds.
import { actorPhrase, hasStake } from "../analysis/actors.js";
import { PERSON_TITLES } from "../analysis/cueWords.js";
import { quotableSpan } from "../analysis/spans.js";
import type { Span } from "../analysis/spans.js";
import type { TaggedSentence } from "../analysis/taggedSentence.js";
import { claimProfile, isArguable } from "../analysis/claimProfile.js";
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

export const implicationQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const stakeholders = analysis.actors.filter((a) => hasStake(a.actor)).sort((a, b) => b.mentions - a.mentions);
  analysis.sentences.forEach((sentence, i) => {
    for (const cue of analysis.cues[i]!) {
      if (cue.kind === "condition" && cue.text.toLowerCase() === "if") {
        const pair = conditional(sentence, cue.first);
        if (!pair) continue;
        const [condition, consequence] = pair;
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
      if (cue.kind !== "prediction" || !cue.main || analysis.genre === "narrates" || analysis.genre === "reflects") continue;
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

// Evidence questions: confident general claims ("clearly", "obviously", "never") that invite a
// demand for support. Only the author's own confidence, in the main clause, about a general
// claim: not a reported figure, the author's own doings, a comparison ("records the silence as
// plainly as it records the bread" is an image, not a boast), or a memoir's or story's details.
import { claimProfile, isStoried } from "../analysis/claimProfile.js";
import { anchoredOn, pick, quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { clauseAroundCue } from "./spansNearCue.js";

const CONFIDENT = /^(?:clearly|obviously|certainly|undoubtedly|surely|plainly|indeed|of course|in fact|rightly|truly|simply|inevitably|always|never|rarely|seldom)$/i;

export const evidenceQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const storied = isStoried(analysis.genre);
  analysis.sentences.forEach((sentence, i) => {
    for (const cue of analysis.cues[i]!) {
      if (cue.kind !== "booster" || !CONFIDENT.test(cue.text) || !cue.main) continue;
      if (sentence.tokens[cue.first - 1]?.lower === "as" || sentence.tokens[cue.first - 1]?.lower === "so") continue;
      const span = clauseAroundCue(sentence, cue);
      if (!span) continue;
      const profile = claimProfile(sentence, span);
      if (profile.reported || profile.firstPerson || profile.legal) continue;
      if (storied && profile.judging < 1) continue;
      const claim = quote(span.text);
      const text = pick(
        [
          `The author states that ${claim}. What evidence would it take to convince a skeptic, and does the essay provide it?`,
          `What evidence supports the claim that ${claim}? Is it enough to persuade you?`,
        ],
        `${analysis.section.id}:${span.start}:${sentence.index}`,
      );
      out.push(anchoredOn(sentence, span, { text, type: "evidence", stem: "evidence.booster", cueStrength: 1 }));
    }
  });
  return out;
};

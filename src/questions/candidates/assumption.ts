// Assumption questions: the author's claims of necessity or universality ("must", "should",
// "never", "only") rest on something left unsaid. Only a cue in the author's own main clause
// counts ("a household … pays for parking it will never use" hides its "never" in a relative
// clause), and not in a memoir or a story ("The amounts are never large" describes an uncle's
// allowance), of a statute ("By law the revenue must …"), a reported figure, or the author's own
// doings ("I could not …").
import { claimProfile, isStoried } from "../analysis/claimProfile.js";
import { anchoredOn, pick, quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { clauseAroundCue } from "./spansNearCue.js";

// ("every", "all", "nothing" are left out: "a question that has nothing to do with bread",
// "every building" are rhetoric or scope, seldom a universal claim resting on an assumption.)
const ABSOLUTES = /^(?:never|always|only|must|cannot|no one)$/i;

export const assumptionQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const storied = isStoried(analysis.genre);
  analysis.sentences.forEach((sentence, i) => {
    for (const cue of analysis.cues[i]!) {
      const absolute = cue.kind === "booster" && ABSOLUTES.test(cue.text);
      if ((cue.kind !== "obligation" && !absolute) || !cue.main) continue;
      const span = clauseAroundCue(sentence, cue);
      if (!span) continue;
      const profile = claimProfile(sentence, span);
      if (profile.firstPerson) continue;
      // Round 8: not the consequent of "If A, then B" ("If harm requires someone who experiences
      // it, then there is no one left to harm"): what has to be true for B to hold is A, which the
      // sentence states; the conditional stem (implication.ts) asks about the pair.
      if (/^\W*(?:(?:and|but|so)\s+)?if\b[^;]*,\s*then\s*$/i.test(sentence.text.slice(0, span.start))) continue;
      const claim = quote(span.text);
      // A rule the text reports ("Under rules written in the 1950s, a new shop … must provide …",
      // "By law the revenue must be spent on transport") is no claim of the author's, but the
      // assumptions behind the rule are well worth a discussion.
      const rule = profile.rule;
      if (!rule && (profile.legal || profile.reported)) continue;
      // In a story or a memoir an absolute describes ("never large"); only a judgement there rests on assumptions.
      if (!rule && storied && profile.judging < 1) continue;
      const text = rule
        ? `What assumptions lie behind the rule that ${claim}? Are they sound?`
        : pick(
            [
              `What unstated assumptions lie behind the claim that ${claim}? Are they sound?`,
              `The essay says that ${claim}. What has to be true for that to hold, and how could we check?`,
            ],
            `${analysis.section.id}:${span.start}:${sentence.index}`,
          );
      out.push(anchoredOn(sentence, span, { text, type: "assumption", stem: rule ? "assumption.rule" : "assumption.claim", cueStrength: absolute ? 1 : 0.85 }));
    }
  });
  return out;
};

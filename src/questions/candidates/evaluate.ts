// Evaluation questions: how convincing the section's central judgements are. Only a judgement
// the author makes can be weighed ("Requiring every building to supply its own parking is a
// blunt way …"); a reported figure, a definition or a statute cannot (claimProfile.ts).
import { claimProfile, grantedFrame, isStoried } from "../analysis/claimProfile.js";
import { anchoredOn, pick, quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { focusPositions } from "./focus.js";
import { announcesOnly, claimAnchors, claimness } from "./spansNearCue.js";

export const evaluateQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const focus = focusPositions(analysis);
  const ranked = analysis.sentences.map((sentence, i) => ({ sentence, centrality: analysis.centrality[i]! })).filter((_, i) => focus.has(i));
  for (const { sentence, centrality } of ranked) {
    for (const span of claimAnchors(sentence)) {
    if (span.vague || announcesOnly(sentence, span) || claimness(sentence, span, isStoried(analysis.genre)) < 1) continue;
    const profile = claimProfile(sentence, span);
    // (Nor a clause the author floats or grants, "It may be true that public display is how zoos
    // currently raise money": the author does not assert it.)
    if (profile.firstPerson || profile.selfMention || grantedFrame(sentence, span)) continue;
    const claim = quote(span.text);
    // ("How strong is the case that "The strongest case …"" would stumble over its own words.)
    const text = /\bcase\b/i.test(span.text) ? `How convincing is the claim that ${claim}? What would a skeptic say?` : pick(
      [
        `How convincing is the claim that ${claim}? What would a skeptic say?`,
        `How strong is the case that ${claim}? What is the best argument against it?`,
      ],
      // (The sentence alone seeds the main clause's wording, so it stays as it was labelled.)
      span.start === claimAnchors(sentence)[0]?.start ? `${analysis.section.id}:${sentence.index}` : `${analysis.section.id}:${sentence.index}:${span.start}`,
    );
    // A hedged judgement is better asked as a certainty question; this one then ranks lower.
    const strength = 0.35 + 0.3 * centrality + 0.15 * Math.min(2, profile.evaluative) - (profile.hedged ? 0.2 : 0);
    out.push(anchoredOn(sentence, span, { text, type: "evaluate", stem: "evaluate.judgement", cueStrength: strength }));
    }
  }
  return out;
};

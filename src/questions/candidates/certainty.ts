// Certainty questions: a claim the author hedges ("probably", "it is doubtful", "may").
import { quote, spanQuality } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { clauseAroundCue, wrappedClaim } from "./spansNearCue.js";

export const certaintyQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  analysis.sentences.forEach((sentence, i) => {
    for (const cue of analysis.cues[i]!) {
      if (cue.kind !== "hedge") continue;
      const inside = clauseAroundCue(sentence, cue);
      const span = inside ?? wrappedClaim(sentence, cue);
      if (!span) continue;
      const claim = quote(span.text);
      // "How sure can we be that X" reads well only when the hedge is not inside X itself.
      const text = inside
        ? `The author writes that ${claim}. How confident should we be of that, and what would change our minds?`
        : `The author hedges on whether ${claim}. How likely is it, and what evidence would settle the matter?`;
      // Multi-word hedges ("it is doubtful", "the jury is out") are deliberate; a lone "may" less so.
      const strength = cue.text.includes(" ") || /^(?:probably|likely|doubtful|possible|perhaps|arguably)$/i.test(cue.text) ? 1 : 0.7;
      out.push({ text, type: "certainty", anchor: { sentence: sentence.index, text: span.text }, quotes: [span.text], cueStrength: strength, spanQuality: spanQuality(span) });
    }
  });
  return out;
};

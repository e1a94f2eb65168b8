// Evaluation questions: how convincing the section's most central claims are.
import { pick, quote, spanQuality } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { claimness, mainClaim } from "./spansNearCue.js";

export const evaluateQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const ranked = analysis.sentences.map((sentence, i) => ({ sentence, centrality: analysis.centrality[i]! })).sort((a, b) => b.centrality - a.centrality);
  for (const { sentence, centrality } of ranked.slice(0, 4)) {
    const span = mainClaim(sentence);
    if (!span) continue;
    const claim = quote(span.text);
    const text = pick(
      [
        `How convincing is the claim that ${claim}? What would a skeptic say?`,
        `How strong is the case that ${claim}? What is the best argument against it?`,
      ],
      `${analysis.section.id}:${sentence.index}`,
    );
    out.push({ text, type: "evaluate", anchor: { sentence: sentence.index, text: span.text }, quotes: [span.text], cueStrength: 0.3 + 0.3 * centrality + 0.4 * Math.min(1, claimness(sentence, span)), spanQuality: spanQuality(span) });
  }
  return out;
};

// Questions about the author's own views and feelings in a personal essay: "I find those pages
// hard to read", "I think they are the most honest account of a person I have ever read". The
// reader is asked why the author says it and whether they would say the same, which is open in
// a way that "How convincing is the claim …" is not for a feeling.
import { claimProfile } from "../analysis/claimProfile.js";
import { quote, spanQuality } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { focusPositions } from "./focus.js";
import { mainClause } from "./spansNearCue.js";

export const personalQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const focus = focusPositions(analysis);
  analysis.sentences.forEach((sentence, i) => {
    if (!focus.has(i)) return;
    const span = mainClause(sentence);
    if (!span) return;
    const profile = claimProfile(sentence, span);
    if (!profile.firstPerson || (!profile.personalView && profile.evaluative < 1)) return;
    out.push({
      text: `Why does the author say ${quote(span.text)}, and would you see it the same way?`,
      type: "perspective",
      anchor: { sentence: sentence.index, text: span.text },
      quotes: [span.text],
      cueStrength: 0.5 + 0.3 * analysis.centrality[i]!,
      spanQuality: spanQuality(span),
    });
  });
  return out;
};

// Assumption questions: claims of necessity or universality ("must", "should", "never", "only")
// rest on something left unsaid.
import { pick, quote, spanQuality } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { clauseAroundCue } from "./spansNearCue.js";

const ABSOLUTES = /^(?:never|always|only|must|cannot|none|nothing|no one|every|all)$/i;

export const assumptionQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  analysis.sentences.forEach((sentence, i) => {
    for (const cue of analysis.cues[i]!) {
      const absolute = cue.kind === "booster" && ABSOLUTES.test(cue.text);
      if (cue.kind !== "obligation" && !absolute) continue;
      const span = clauseAroundCue(sentence, cue);
      if (!span) continue;
      const claim = quote(span.text);
      const text = pick(
        [
          `What unstated assumptions lie behind the claim that ${claim}? Are they sound?`,
          `The essay says that ${claim}. What has to be true for that to hold, and how could we check?`,
        ],
        `${analysis.section.id}:${span.start}:${sentence.index}`,
      );
      out.push({ text, type: "assumption", anchor: { sentence: sentence.index, text: span.text }, quotes: [span.text], cueStrength: absolute ? 1 : 0.85, spanQuality: spanQuality(span) });
    }
  });
  return out;
};

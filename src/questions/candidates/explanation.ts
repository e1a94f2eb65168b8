// Explanation questions: a cause the author gives ("because", "so", "as a result") and whether
// it is the whole story.
import { quote, spanQuality } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { sidesOfConnective } from "./spansNearCue.js";

const MAX_SIDE_WORDS = 12;
/** Connectives whose clause after them is the cause ("A because B"); the rest give the effect. */
const CAUSE_FOLLOWS = new Set(["because", "since", "given that", "due to", "owing to", "because of"]);

export const explanationQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  analysis.sentences.forEach((sentence, i) => {
    for (const cue of analysis.cues[i]!) {
      if (cue.kind !== "cause" || cue.first === 0) continue;
      const sides = sidesOfConnective(sentence, cue, MAX_SIDE_WORDS);
      if (!sides) continue;
      const [left, right] = sides;
      const causeFollows = CAUSE_FOLLOWS.has(cue.text.toLowerCase());
      const [effect, cause] = causeFollows ? [left, right] : [right, left];
      const text = causeFollows
        ? `According to the author, ${quote(effect.text)} because ${quote(cause.text)}. Is that the whole explanation, or what else could be at work?`
        : `The author links ${quote(cause.text)} to ${quote(effect.text)}. How direct is that connection, and what else might play a part?`;
      out.push({
        text,
        type: "explanation",
        anchor: { sentence: sentence.index, text: cause.text },
        quotes: [effect.text, cause.text],
        cueStrength: 1,
        spanQuality: Math.min(spanQuality(effect), spanQuality(cause)),
      });
    }
  });
  return out;
};

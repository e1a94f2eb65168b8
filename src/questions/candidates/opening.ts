// The essay's first section: why the author begins where they do. Asked of the opening words
// themselves, so it works for a scene-setting start ("In January 1912 a young German
// meteorologist …") that offers no claim to argue with.
import { quotableSpan } from "../analysis/spans.js";
import { anchoredOn, quote, spanQuality } from "./candidate.js";
import type { CandidateGenerator } from "./candidate.js";
import { MAX_QUOTE_WORDS } from "./spansNearCue.js";

export const openingQuestions: CandidateGenerator = (analysis) => {
  if (analysis.section.number !== 1) return [];
  for (const sentence of analysis.sentences.slice(0, 2)) {
    const span = quotableSpan(sentence, 0, sentence.tokens.length, MAX_QUOTE_WORDS, 6);
    // (A whole clause: "The wall runs up … in a line [that looks drawn with a ruler]" loses the
    // image the essay returns to.)
    if (!span || !span.complete || span.pronounStart || span.unresolved || span.fragment || span.contextual || span.firstToken > 0) continue;
    return [
      anchoredOn(sentence, span, {
        text: `Why might the author begin with ${quote(span.text)}? What does that opening set up for the rest of the essay?`,
        type: "purpose",
        stem: "opening",
        cueStrength: 0.8,
        spanQuality: Math.max(spanQuality(span), 0.7),
      }),
    ];
  }
  return [];
};

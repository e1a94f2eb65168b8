// Clarifying questions: a phrase the author puts in quotation marks, or a short dictum after a
// colon.
import { quotableSpan } from "../analysis/spans.js";
import { quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";

const QUOTED = /[“"]([^”"]{3,80})[”"]/g;

export const clarifyQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  for (const sentence of analysis.sentences) {
    for (const match of sentence.text.matchAll(QUOTED)) {
      const term = match[1]!.trim().replace(/[,.;:]$/, "");
      if (term.split(/\s+/).length > 8) continue;
      out.push({
        text: `What does the phrase ${quote(term)} mean here, and why might the author have put it in quotation marks?`,
        type: "clarify",
        stem: "clarify.quoted",
        anchor: { sentence: sentence.index, text: term },
        quotes: [term],
        cueStrength: 1,
        spanQuality: 1,
      });
    }
  }
  // A short dictum after a colon ("… puts it bluntly: frequency is freedom"): the author's
  // compressed claim, worth unpacking.
  for (const sentence of analysis.sentences) {
    const colon = sentence.tokens.findIndex((t) => t.text === ":");
    if (colon < 0) continue;
    const next = sentence.tokens.findIndex((t, k) => k > colon && /^[;:.!?]$/.test(t.text));
    const span = quotableSpan(sentence, colon + 1, next < 0 ? sentence.tokens.length : next, 6);
    if (!span || span.shape !== "clause" || span.pronounStart || span.unresolved || span.words > 6 || !span.complete) continue;
    out.push({
      text: `What does the author mean by ${quote(span.text)}, and what follows if it is true?`,
      type: "clarify",
      stem: "clarify.dictum",
      span,
      anchor: { sentence: sentence.index, text: span.text },
      quotes: [span.text],
      cueStrength: 0.9,
      spanQuality: 1,
    });
  }
  return out;
};

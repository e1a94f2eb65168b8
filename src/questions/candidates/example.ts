// Example questions: what an abstract idea of the section would look like in practice.
import type { SectionAnalysis } from "../analysis/analyseEssay.js";
import { isGoal } from "./abstractNouns.js";
import { quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";

/**
 * The phrase is something to be done, not a description: it follows an infinitive ("to develop
 * an agreed, incremental roadmap") or sits in a sentence about what should or will happen.
 */
function prospective(analysis: SectionAnalysis, sentenceIndex: number, start: number): boolean {
  const position = analysis.sentences.findIndex((s) => s.index === sentenceIndex);
  const sentence = analysis.sentences[position];
  if (!sentence) return false;
  if (analysis.cues[position]!.some((c) => c.kind === "obligation" || c.kind === "prediction")) return true;
  const before = sentence.tokens.filter((t) => t.end <= start).slice(-7);
  return before.some((t, k) => t.pos === "VERB" && (before[k - 1]?.lower === "to" || before.slice(0, k).some((u) => u.lower === "to")));
}

export const exampleQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  for (const phrase of analysis.keyPhrases.slice(0, 8)) {
    // Only ideas one could set out to do ("a roadmap", "a network redesign") have a practice to picture.
    if (phrase.hasName || phrase.size < 2 || !isGoal(phrase.head)) continue;
    const occurrence = phrase.occurrences.find((o) => prospective(analysis, o.sentence, o.start));
    if (!occurrence || occurrence.truncated || occurrence.quoted.split(/\s+/).length > 8) continue;
    const text = `What might ${quote(occurrence.quoted)} look like in practice, and what would make ${phrase.plural ? "them" : "it"} hard to achieve?`;
    out.push({ text, type: "example", stem: "example.practice", anchor: { sentence: occurrence.sentence, text: occurrence.quoted }, quotes: [occurrence.quoted], cueStrength: phrase.size >= 2 ? 0.8 : 0.6, spanQuality: 0.8 });
  }
  return out;
};

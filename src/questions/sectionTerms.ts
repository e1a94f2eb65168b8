// What a question must mention to count as about its section: the section's noun phrases (and
// their words of four letters or more) and the names of its actors.
import type { SectionAnalysis } from "./analysis/analyseEssay.js";

export function sectionTerms(analysis: SectionAnalysis): string[] {
  const terms = new Set<string>();
  for (const phrase of analysis.keyPhrases) {
    for (const occurrence of phrase.occurrences) terms.add(occurrence.text);
    for (const word of phrase.text.split(/[\s-]+/)) if (word.length >= 4 && /^\p{L}+$/u.test(word)) terms.add(word);
  }
  for (const { actor } of analysis.actors) terms.add(actor.name);
  return [...terms];
}

/** The section's text as the quotes-are-exact check reads it: its sentences, one per line. */
export function sectionText(analysis: SectionAnalysis): string {
  return analysis.sentences.map((s) => s.text).join("\n");
}

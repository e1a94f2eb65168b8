// What a question must mention to count as about its section: the section's noun phrases (and
// their words of four letters or more), the names of its actors, and the author's heading.
import type { SectionAnalysis } from "./analysis/analyseEssay.js";
import { topicName } from "./analysis/essayTopic.js";
import { isRelation, protagonistOf } from "./analysis/referents.js";

const cache = new WeakMap<SectionAnalysis, string[]>();

export function sectionTerms(analysis: SectionAnalysis): string[] {
  let terms = cache.get(analysis);
  if (!terms) cache.set(analysis, (terms = collectTerms(analysis)));
  return terms;
}

function collectTerms(analysis: SectionAnalysis): string[] {
  const terms = new Set<string>();
  for (const phrase of analysis.keyPhrases) {
    for (const occurrence of phrase.occurrences) terms.add(occurrence.text);
    for (const word of phrase.text.split(/[\s-]+/)) if (word.length >= 4 && /^\p{L}+$/u.test(word)) terms.add(word);
  }
  for (const { actor } of analysis.actors) terms.add(actor.name);
  // The essay's topic is what every section is about.
  const topic = analysis.essayTopic;
  if (topic) {
    terms.add(topic.text);
    terms.add(topicName(topic, analysis.essayText));
    for (const word of topic.text.split(/[\s-]+/)) if (word.length >= 4 && /^\p{L}+$/u.test(word)) terms.add(word);
  }
  // The people of a memoir or a story the text names by relation ("my grandmother", "the
  // teacher"): actors as much as any named one, though no capital marks them.
  for (const sentence of analysis.sentences) {
    sentence.tokens.forEach((t, i) => {
      if (t.pos === "NOUN" && /^(?:my|our|his|her|their|the)$/.test(sentence.tokens[i - 1]?.lower ?? "") && isRelation(t.lemma)) terms.add(t.lemma);
    });
  }
  // A memoir's "she" is its protagonist: the person named from the title or the first relation.
  const lead = protagonistOf(analysis);
  if (lead) terms.add(lead);
  // The author's own heading names what the section is about.
  if (analysis.section.titleFromHeading) {
    terms.add(analysis.section.title);
    for (const word of analysis.section.title.split(/[\s-]+/)) if (word.length >= 4 && /^\p{L}+$/u.test(word)) terms.add(word);
  }
  return [...terms];
}

/** The section's text as the quotes-are-exact check reads it: its sentences, one per line. */
export function sectionText(analysis: SectionAnalysis): string {
  return analysis.sentences.map((s) => s.text).join("\n");
}

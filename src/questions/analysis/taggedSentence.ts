// A sentence of the essay together with its tokens: the unit every analysis step reads.
import type { Token } from "./tagger.js";

export interface TaggedSentence {
  /** Essay-wide sentence index (Sentence.index). */
  index: number;
  /** Position within its section (0-based). */
  position: number;
  /** True when the sentence opens its paragraph. */
  opensParagraph: boolean;
  text: string;
  tokens: Token[];
  /**
   * Lemmas of the nouns and verbs of the sentences before it in its paragraph, less the essay's
   * topic words: a "the …" noun repeated from them points back outside a quote (selfContained.ts).
   */
  priorLemmas?: ReadonlySet<string>;
  /** The essay's topic nouns (in its title, or in a third of its sections): "the scheme" needs no antecedent. */
  topicLemmas?: ReadonlySet<string>;
  /**
   * Its core topic nouns (in its title, or in two thirds of its sections and at least three):
   * "these parking minimums" needs no antecedent, "that fall" or "the range" does.
   */
  coreTopicLemmas?: ReadonlySet<string>;
}

const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM"]);

/** Lemmas of the content words (nouns, verbs, adjectives), the basis of every similarity measure. */
export function contentLemmas(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => CONTENT_POS.has(t.pos) && !t.stop && /\p{L}/u.test(t.text)).map((t) => t.lemma);
}

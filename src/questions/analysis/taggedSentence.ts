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
   * Lemmas of the nouns and verbs the few sentences before it in its section introduced, less the essay's
   * topic words: a "the …" noun repeated from them points back outside a quote (selfContained.ts).
   */
  priorLemmas?: { has(lemma: string): boolean };
  /** The essay's topic nouns (in its title, or in a third of its sections): "the scheme" needs no antecedent. */
  topicLemmas?: ReadonlySet<string>;
  /**
   * Its core topic nouns (in its title, or in two thirds of its sections and at least three):
   * "these parking minimums" needs no antecedent, "that fall" or "the range" does.
   */
  coreTopicLemmas?: ReadonlySet<string>;
  /**
   * Tokens inside a name the actor finder typed as something other than a person (an
   * organisation, a country, a place): "the Royal Society" cannot be what "his" refers to.
   */
  impersonalNames?: ReadonlySet<number>;
}

const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM"]);

/** Lemmas of the content words (nouns, verbs, adjectives), the basis of every similarity measure. */
export function contentLemmas(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => CONTENT_POS.has(t.pos) && !t.stop && /\p{L}/u.test(t.text)).map((t) => t.lemma);
}

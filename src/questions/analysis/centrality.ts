// Sentence centrality within a section (TextRank-style degree): how much of what the other
// sentences say each sentence shares. The most central sentence usually states the section's claim.
import { contentLemmas } from "./taggedSentence.js";
import type { TaggedSentence } from "./taggedSentence.js";

function bag(sentence: TaggedSentence): Map<string, number> {
  const counts = new Map<string, number>();
  for (const lemma of contentLemmas(sentence.tokens)) counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  return counts;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Centrality of each sentence, scaled so the most central one is 1 (a lone sentence is 1). */
export function sentenceCentrality(sentences: readonly TaggedSentence[]): number[] {
  const bags = sentences.map(bag);
  const raw = bags.map((b, i) => {
    let sum = 0;
    bags.forEach((other, j) => {
      if (i !== j) sum += cosine(b, other);
    });
    // Paragraph-opening sentences are topic sentences more often than not.
    return sum + (sentences[i]!.opensParagraph ? 0.15 : 0);
  });
  const max = Math.max(...raw, 0);
  return raw.map((value) => (max > 0 ? value / max : 1));
}

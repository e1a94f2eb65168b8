// Sentence centrality within a section (TextRank-style degree): how much of what the other
// sentences say each sentence shares. The most central sentence usually states the section's claim.
import { contentLemmas } from "./taggedSentence.js";
import type { TaggedSentence } from "./taggedSentence.js";

function bag(sentence: TaggedSentence): Map<string, number> {
  const counts = new Map<string, number>();
  for (const lemma of contentLemmas(sentence.tokens)) counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  return counts;
}

/**
 * The cosine of two bags given their squared norms. The counts are whole numbers, so the dot
 * product is exact whatever the order it is summed in: the smaller bag is walked.
 */
function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, na: number, nb: number): number {
  if (na === 0 || nb === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) {
    const w = large.get(k);
    if (w !== undefined) dot += v * w;
  }
  return dot / Math.sqrt(na * nb);
}

/** Sum of squares of a bag's counts. */
function squaredNorm(bag: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of bag.values()) n += v * v;
  return n;
}

/**
 * Centrality of each sentence, scaled so the most central one is 1 (a lone sentence is 1).
 * The counts are whole numbers, so a dot product is exact whatever the order it is summed in and
 * cosine(a, b) === cosine(b, a): each pair is computed once, and each sentence's sum still adds
 * its pairs in sentence order (the same figures, bit for bit, as computing every pair both ways).
 */
export function sentenceCentrality(sentences: readonly TaggedSentence[]): number[] {
  const bags = sentences.map(bag);
  const norms = bags.map(squaredNorm);
  const n = bags.length;
  const similarity: number[][] = bags.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = cosine(bags[i]!, bags[j]!, norms[i]!, norms[j]!);
      similarity[i]![j] = value;
      similarity[j]![i] = value;
    }
  }
  const raw = bags.map((_, i) => {
    let sum = 0;
    for (let j = 0; j < n; j++) if (i !== j) sum += similarity[i]![j]!;
    // Paragraph-opening sentences are topic sentences more often than not.
    return sum + (sentences[i]!.opensParagraph ? 0.15 : 0);
  });
  const max = Math.max(...raw, 0);
  return raw.map((value) => (max > 0 ? value / max : 1));
}

// How strongly the topic turns at each gap between paragraphs (TextTiling at paragraph granularity):
// the tf-idf vectors of the paragraphs on either side of a gap are compared by cosine similarity, and a
// gap's "depth" is how far its similarity dips below the nearest peaks on each side. Windows and peak
// searches are bounded, so the cost is linear in the number of paragraphs.
import { contentStems } from "./contentWords.js";

/** How many gaps on each side a peak search may climb. */
const PEAK_REACH = 4;

export interface GapCohesion {
  /** similarity[g]: how alike the text on either side of the gap between paragraphs g and g + 1 is (0–1). */
  similarity: number[];
  /** depth[g]: how far similarity[g] dips below the nearest peaks on either side. */
  depth: number[];
}

export function gapCohesion(paragraphTexts: readonly string[]): GapCohesion {
  const count = paragraphTexts.length;
  if (count < 2) return { similarity: [], depth: [] };
  const bags = paragraphTexts.map((text) => termCounts(contentStems(text)));
  const lengths = paragraphTexts.map((text) => text.length);
  const documentFrequency = new Map<string, number>();
  for (const bag of bags) for (const term of bag.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  // A word used in only one paragraph cannot tie paragraphs together; it would only dilute the comparison.
  const weight = (term: string) => {
    const frequency = documentFrequency.get(term) ?? 1;
    return frequency < 2 ? 0 : Math.log(1 + count / frequency);
  };

  const similarity: number[] = [];
  for (let gap = 0; gap < count - 1; gap += 1) {
    // Adjacent paragraphs alone, and blocks of two on each side: local detail plus some smoothing.
    const near = cosine(window(bags, gap, gap), window(bags, gap + 1, gap + 1), weight);
    const wide = cosine(window(bags, reachBack(lengths, gap), gap), window(bags, gap + 1, reachForward(lengths, gap + 1)), weight);
    similarity.push((near + wide) / 2);
  }

  const depth = similarity.map((value, gap) => {
    let left = value;
    for (let step = gap - 1; step >= Math.max(0, gap - PEAK_REACH) && (similarity[step] ?? 0) >= left; step -= 1) left = similarity[step] ?? left;
    let right = value;
    for (let step = gap + 1; step <= Math.min(similarity.length - 1, gap + PEAK_REACH) && (similarity[step] ?? 0) >= right; step += 1) right = similarity[step] ?? right;
    return left - value + (right - value);
  });
  return { similarity, depth };
}

/** Blocks compared across a gap hold about WINDOW_CHARACTERS of text (at most WINDOW_PARAGRAPHS paragraphs). */
const WINDOW_CHARACTERS = 500;
const WINDOW_PARAGRAPHS = 3;

function reachBack(lengths: readonly number[], last: number): number {
  let first = last;
  let size = lengths[last] ?? 0;
  while (first > 0 && last - first + 1 < WINDOW_PARAGRAPHS && size < WINDOW_CHARACTERS) size += lengths[--first] ?? 0;
  return first;
}

function reachForward(lengths: readonly number[], first: number): number {
  let last = first;
  let size = lengths[first] ?? 0;
  while (last < lengths.length - 1 && last - first + 1 < WINDOW_PARAGRAPHS && size < WINDOW_CHARACTERS) size += lengths[++last] ?? 0;
  return last;
}

function termCounts(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

function window(bags: readonly Map<string, number>[], first: number, last: number): Map<string, number> {
  const merged = new Map<string, number>();
  for (let index = Math.max(0, first); index <= Math.min(bags.length - 1, last); index += 1) {
    for (const [term, times] of bags[index] ?? []) merged.set(term, (merged.get(term) ?? 0) + times);
  }
  return merged;
}

function cosine(a: Map<string, number>, b: Map<string, number>, weight: (term: string) => number): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, times] of a) {
    const value = times * weight(term);
    normA += value * value;
    const other = b.get(term);
    if (other !== undefined) dot += value * other * weight(term);
  }
  for (const [term, times] of b) normB += (times * weight(term)) ** 2;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

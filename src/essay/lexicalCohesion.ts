// How strongly the topic turns at each gap between paragraphs (TextTiling at paragraph granularity):
// the tf-idf vectors of the paragraphs on either side of a gap are compared by cosine similarity, and a
// gap's "depth" is how far its similarity dips below the nearest peaks on each side. Windows and peak
// searches are bounded, so the cost is linear in the number of paragraphs.
//
// A window's vector is the sum of its paragraphs' vectors, so every cosine needed is a sum of dot products
// between paragraphs at most (2 × WINDOW_PARAGRAPHS − 1) apart: those are computed once, from sparse
// vectors sorted by term number, and no window vector is ever built.

/** How many gaps on each side a peak search may climb. */
const PEAK_REACH = 4;
/** Blocks compared across a gap hold about WINDOW_CHARACTERS of text (at most WINDOW_PARAGRAPHS paragraphs). */
const WINDOW_CHARACTERS = 500;
const WINDOW_PARAGRAPHS = 3;
const FARTHEST_PAIR = 2 * WINDOW_PARAGRAPHS - 1;

export interface GapCohesion {
  /** similarity[g]: how alike the text on either side of the gap between paragraphs g and g + 1 is (0–1). */
  similarity: number[];
  /** depth[g]: how far similarity[g] dips below the nearest peaks on either side. */
  depth: number[];
}

/** `stems[p]`: the topical stems of paragraph p in order (contentStems); `lengths[p]`: its length in characters. */
export function gapCohesion(stems: readonly (readonly string[])[], lengths: readonly number[]): GapCohesion {
  const count = stems.length;
  if (count < 2) return { similarity: [], depth: [] };
  const vectors = weightedVectors(stems);
  // dots[p][d]: dot product of paragraphs p and p + d.
  const dots = vectors.map((vector, paragraph) => {
    const row = new Float64Array(FARTHEST_PAIR + 1);
    for (let distance = 0; distance <= FARTHEST_PAIR && paragraph + distance < count; distance += 1) row[distance] = dot(vector, vectors[paragraph + distance] ?? vector);
    return row;
  });
  const dotOf = (a: number, b: number) => (a <= b ? (dots[a]?.[b - a] ?? 0) : (dots[b]?.[a - b] ?? 0));
  const cosine = (firstA: number, lastA: number, firstB: number, lastB: number): number => {
    let product = 0;
    let normA = 0;
    let normB = 0;
    for (let a = firstA; a <= lastA; a += 1) {
      for (let b = firstB; b <= lastB; b += 1) product += dotOf(a, b);
      for (let other = firstA; other <= lastA; other += 1) normA += dotOf(a, other);
    }
    for (let b = firstB; b <= lastB; b += 1) for (let other = firstB; other <= lastB; other += 1) normB += dotOf(b, other);
    return normA <= 0 || normB <= 0 ? 0 : product / Math.sqrt(normA * normB);
  };

  const similarity: number[] = [];
  for (let gap = 0; gap < count - 1; gap += 1) {
    // Adjacent paragraphs alone, and blocks of up to three on each side: local detail plus some smoothing.
    const near = cosine(gap, gap, gap + 1, gap + 1);
    const wide = cosine(reachBack(lengths, gap), gap, gap + 1, reachForward(lengths, gap + 1));
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

interface SparseVector {
  /** Term numbers, ascending. */
  terms: Int32Array;
  values: Float64Array;
}

/**
 * Each paragraph's term counts times the term's weight, log(1 + paragraphs / paragraphs using it). A word
 * used in only one paragraph cannot tie paragraphs together; it would only dilute the comparison, so it weighs 0.
 */
function weightedVectors(stems: readonly (readonly string[])[]): SparseVector[] {
  const numbers = new Map<string, number>();
  const counts = stems.map((list) => {
    const bag = new Map<number, number>();
    for (const stem of list) {
      let term = numbers.get(stem);
      if (term === undefined) numbers.set(stem, (term = numbers.size));
      bag.set(term, (bag.get(term) ?? 0) + 1);
    }
    return bag;
  });
  const usedBy = new Int32Array(numbers.size);
  for (const bag of counts) for (const term of bag.keys()) usedBy[term] = (usedBy[term] ?? 0) + 1;
  return counts.map((bag) => {
    const terms = Int32Array.from([...bag.keys()].filter((term) => (usedBy[term] ?? 0) >= 2)).sort();
    const values = new Float64Array(terms.length);
    terms.forEach((term, index) => {
      values[index] = (bag.get(term) ?? 0) * Math.log(1 + stems.length / (usedBy[term] ?? 1));
    });
    return { terms, values };
  });
}

function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const termA = a.terms[i] ?? 0;
    const termB = b.terms[j] ?? 0;
    if (termA === termB) sum += (a.values[i++] ?? 0) * (b.values[j++] ?? 0);
    else if (termA < termB) i += 1;
    else j += 1;
  }
  return sum;
}

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

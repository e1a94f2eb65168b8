// Maximal marginal relevance: picks questions best-first while penalising one that repeats an
// already chosen type, anchor sentence or quoted text, so a section gets varied questions.
// Two questions share an anchor only as a last resort, once, among a section's first three
// (see below): the same quoted words asked about twice read as one question in two costumes
// (the seed's opening section once had five about "real negotiations").
// A first pass admits only new types on new sentences; later passes relax that, letting generic
// fillers in when a short section cannot fill the list otherwise. Beyond the first few, only
// questions that clear a quality floor are shown: a short list of good questions beats a long one.
import { jaccard, MAX_PAIRWISE_OVERLAP, ownWords } from "./proxies.js";
import { DIVERSITY, FILLER_PENALTY, SHARED_ANCHOR_PENALTY, SHOWN } from "./weights.js";

export interface Rankable {
  text: string;
  type: string;
  anchor: { sentence: number; text: string };
  /** Exact spans the question quotes (the anchor is one of them). */
  quotes?: readonly string[];
  score: number;
  filler?: boolean;
  /** Which template made it: "generic.…" for a last resort that quotes nothing (lastResort.ts). */
  stem?: string;
}

/** A last resort that quotes nothing ("What is the main point of this part of the essay …"). */
function isGeneric(item: Rankable): boolean {
  return item.stem?.startsWith("generic.") === true;
}

function quotesOf(item: Rankable): readonly string[] {
  return item.quotes && item.quotes.length > 0 ? item.quotes : [item.anchor.text];
}

/** The two questions are about the same words: one quote contains the other. */
export function sameAnchor(a: Rankable, b: Rankable): boolean {
  // A question that quotes nothing (a last resort about the whole section) shares no words.
  if (a.quotes?.length === 0 || b.quotes?.length === 0) return false;
  if (a.anchor.text.includes(b.anchor.text) || b.anchor.text.includes(a.anchor.text)) return true;
  return quotesOf(a).some((x) => quotesOf(b).some((y) => x.includes(y) || y.includes(x)));
}

function similarity(a: Rankable, b: Rankable, words: (item: Rankable) => ReadonlySet<string>): number {
  let s = 0;
  if (a.type === b.type) s += DIVERSITY.sameType;
  if (a.anchor.sentence === b.anchor.sentence) s += DIVERSITY.sameSentence;
  return s + jaccard(words(a), words(b));
}

type Admit = (item: Rankable, chosen: readonly Rankable[]) => boolean;

const newType: Admit = (item, chosen) => chosen.every((c) => c.type !== item.type);
const newSentence: Admit = (item, chosen) => chosen.every((c) => c.anchor.sentence !== item.anchor.sentence);

const real: Admit = (item) => item.filler !== true;

const PASSES: readonly Admit[] = [
  (item, chosen) => real(item, chosen) && newType(item, chosen) && newSentence(item, chosen),
  (item, chosen) => real(item, chosen) && newType(item, chosen),
  (item, chosen) => real(item, chosen) && newSentence(item, chosen),
  real,
  newType,
  () => true,
];

/** At least this many types in a full list: fillers of new types then replace the last repeats. */
const MIN_TYPES = 3;

/**
 * Chooses up to `count` items; ties break on text so the order is deterministic. After the first
 * `always` items, an item is taken only when it is no filler and scores at least `floor` (scores
 * are the ranker's chances that a teacher keeps the question).
 */
export function diversify<T extends Rankable>(items: readonly T[], count: number, always: number = SHOWN.always, distinctAnchors = true, floor: number = SHOWN.floor): T[] {
  const pool = [...items].sort((a, b) => b.score - a.score || a.text.localeCompare(b.text));
  // Siblings are compared by the words they ask with, outside their quotes (proxies.ts ownWords).
  const wordSets = new Map<Rankable, ReadonlySet<string>>(pool.map((item) => [item, ownWords(item.text)]));
  const words = (item: Rankable) => wordSets.get(item)!;
  // The first three together: the best-scoring set of three kinds on three anchors, with real
  // questions before fillers. Choosing greedily would let an early pick force a generic filler
  // in later just to reach a third kind.
  const compatible = (a: T, b: T) => !(distinctAnchors && sameAnchor(a, b)) && jaccard(words(a), words(b)) <= MAX_PAIRWISE_OVERLAP;
  // A section with no three real questions on three anchors may ask two different kinds of
  // question about one claim (one such pair): dropping this pass cost nine acceptable questions
  // on the development essays for fillers, which judges always reject.
  // Round 6: then, before any question about the whole section ("What is the main point of this
  // part of the essay …", which judges rejected every time as a stem that fits any section),
  // questions that quote the section's own sentences, real or filler: on three anchors, else the
  // best set even if it asks three kinds of question about the section's one usable claim: a list asking how strong a claim is, who would
  // dispute it and why it matters is narrower than one about three claims, but each of its
  // questions is one a teacher can use. Each shared pair costs SHARED_ANCHOR_PENALTY.
  const real = (item: T) => item.filler !== true;
  const quoting = (item: T) => !isGeneric(item);
  const shareable = (a: T, b: T) => jaccard(words(a), words(b)) <= MAX_PAIRWISE_OVERLAP;
  const passes: Array<[(item: T) => boolean, (a: T, b: T) => boolean, number]> = [
    [real, compatible, 0],
    [real, shareable, 1],
    [quoting, compatible, 0],
    [quoting, shareable, 3],
    [() => true, compatible, 0],
  ];
  // (Where fewer than three are promised, the rest of the best set must clear the floor.)
  const chosen: T[] = (count >= MIN_TYPES ? bestSet(pool, passes, sameAnchor) : []).filter((item, i) => i < always || (item.filler !== true && item.score >= floor));
  swapGeneric(chosen, pool, shareable);
  for (const item of chosen) pool.splice(pool.indexOf(item), 1);
  const worthShowing = (item: Rankable) => chosen.length < always || (item.filler !== true && item.score >= floor);
  for (const admit of PASSES) {
    while (chosen.length < count) {
      let bestIndex = -1;
      let bestValue = -Infinity;
      pool.forEach((item, i) => {
        if (!admit(item, chosen) || !worthShowing(item)) return;
        if (distinctAnchors && chosen.some((c) => sameAnchor(item, c))) return;
        // Siblings that say nearly the same thing are never both shown.
        if (chosen.some((c) => jaccard(words(item), words(c)) > MAX_PAIRWISE_OVERLAP)) return;
        const penalty = chosen.length === 0 ? 0 : Math.max(...chosen.map((c) => similarity(item, c, words)));
        const value = item.score - DIVERSITY.lambda * penalty;
        if (value > bestValue) {
          bestValue = value;
          bestIndex = i;
        }
      });
      if (bestIndex < 0) break;
      chosen.push(pool.splice(bestIndex, 1)[0]!);
    }
  }
  // A filler never stands before a real question: it is there only to make up the kinds.
  const list = withEnoughTypes(chosen, pool, Math.min(MIN_TYPES, count));
  return [...list.filter((item) => item.filler !== true), ...list.filter((item) => item.filler === true)];
}

/** How many of the best candidates the search for the first three looks at. */
const SEARCH_WIDTH = 18;

/**
 * The three compatible items of three different types with the highest total score, trying each
 * pass in turn (real questions on three anchors; real questions, two of them on one anchor, then
 * all three on one; fillers too). Empty when no set of three types exists at all (the greedy passes then do what
 * they can). Best first.
 */
function bestSet<T extends Rankable>(pool: readonly T[], passes: ReadonlyArray<readonly [(item: T) => boolean, (a: T, b: T) => boolean, number]>, same: (a: T, b: T) => boolean): T[] {
  for (const [admit, compatible, sharedPairs] of passes) {
    const options = pool.filter(admit).slice(0, SEARCH_WIDTH);
    // Which pairs may stand together, worked out once (the triples reuse them).
    const fits = options.map((a, i) => options.map((b, j) => j > i && b.type !== a.type && compatible(a, b)));
    let best: T[] = [];
    let bestScore = -Infinity;
    for (let i = 0; i < options.length; i++) {
      const a = options[i]!;
      for (let j = i + 1; j < options.length; j++) {
        const b = options[j]!;
        if (!fits[i]![j]) continue;
        for (let k = j + 1; k < options.length; k++) {
          const c = options[k]!;
          if (!fits[i]![k] || !fits[j]![k] || c.type === b.type) continue;
          // How many pairs may share an anchor in this pass (one: two questions on one claim).
          const pairs = sharedPairs > 0 ? [same(a, b), same(a, c), same(b, c)].filter(Boolean).length : 0;
          if (pairs > sharedPairs) continue;
          // The chance that all three are kept (scores are chances), fillers counting for less,
          // and so does a set that asks twice about one claim (where that may happen at all).
          const shared = sharedPairs > 1 ? pairs : 0;
          const total = [a, b, c].reduce((sum, item) => sum + Math.log(Math.max(item.score, 0.001)) - (item.filler === true ? FILLER_PENALTY : 0), 0) - SHARED_ANCHOR_PENALTY * shared;
          if (total > bestScore) {
            bestScore = total;
            best = [a, b, c];
          }
        }
      }
    }
    if (best.length === 3) return best;
  }
  return [];
}

/** Swaps the lowest-ranked repeats of a type for candidates of new types, keeping the best first. */
function withEnoughTypes<T extends Rankable>(chosen: T[], pool: T[], wanted: number): T[] {
  const result = [...chosen];
  for (const item of pool) {
    const types = new Set(result.map((c) => c.type));
    if (types.size >= wanted) break;
    if (types.has(item.type)) continue;
    // The last question whose type appears more than once makes room.
    const counts = new Map<string, number>();
    for (const c of result) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
    const victim = result.map((c, i) => ({ c, i })).reverse().find(({ c }) => (counts.get(c.type) ?? 0) > 1);
    const others = victim ? result.filter((_, i) => i !== victim.i) : result;
    if (others.some((c) => sameAnchor(item, c) || jaccard(ownWords(item.text), ownWords(c.text)) > MAX_PAIRWISE_OVERLAP)) continue;
    if (victim) result.splice(victim.i, 1);
    result.push(item);
  }
  return result;
}

/**
 * Round 5: a generic filler in the first three (judges reject every one) gives way to a filler
 * that quotes the section's own sentence in a kind not yet shown, even one that shares a claim
 * with another question (as long as no other pair already does). The real questions stay as
 * chosen: only the generic one is replaced.
 */
function swapGeneric<T extends Rankable>(chosen: T[], pool: readonly T[], shareable: (a: T, b: T) => boolean): void {
  const at = chosen.findIndex(isGeneric);
  if (at < 0) return;
  const others = chosen.filter((_, i) => i !== at);
  const shared = others.some((a, i) => others.some((b, j) => j > i && sameAnchor(a, b)));
  const swap = pool.find(
    (item) =>
      item.filler === true &&
      !isGeneric(item) &&
      !chosen.includes(item) &&
      others.every((o) => o.type !== item.type && shareable(o, item)) &&
      others.filter((o) => sameAnchor(o, item)).length <= (shared ? 0 : 1),
  );
  if (swap) chosen[at] = swap;
}

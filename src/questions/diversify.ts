// Maximal marginal relevance: picks questions best-first while penalising one that repeats an
// already chosen type, anchor sentence or quoted text, so a section gets varied questions.
// A first pass admits only new types on new sentences; later passes relax that, letting generic
// fillers in when a short section cannot fill the list otherwise.
import { contentWords, jaccard, MAX_PAIRWISE_OVERLAP } from "./proxies.js";
import { DIVERSITY } from "./weights.js";

export interface Rankable {
  text: string;
  type: string;
  anchor: { sentence: number; text: string };
  score: number;
  filler?: boolean;
}

function similarity(a: Rankable, b: Rankable, words: (item: Rankable) => ReadonlySet<string>): number {
  let s = 0;
  if (a.type === b.type) s += DIVERSITY.sameType;
  if (a.anchor.sentence === b.anchor.sentence) s += DIVERSITY.sameSentence;
  if (a.anchor.text.includes(b.anchor.text) || b.anchor.text.includes(a.anchor.text)) s += DIVERSITY.sharedQuote;
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

/** Chooses up to `count` items; ties break on text so the order is deterministic. */
export function diversify<T extends Rankable>(items: readonly T[], count: number): T[] {
  const pool = [...items].sort((a, b) => b.score - a.score || a.text.localeCompare(b.text));
  const wordSets = new Map<Rankable, ReadonlySet<string>>(pool.map((item) => [item, contentWords(item.text)]));
  const words = (item: Rankable) => wordSets.get(item)!;
  const chosen: T[] = [];
  for (const admit of PASSES) {
    while (chosen.length < count) {
      let bestIndex = -1;
      let bestValue = -Infinity;
      pool.forEach((item, i) => {
        if (!admit(item, chosen)) return;
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
  return withEnoughTypes(chosen, pool, Math.min(MIN_TYPES, count));
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
    if (victim) result.splice(victim.i, 1);
    result.push(item);
  }
  return result;
}

// Which sentences of a long section the sentence-by-sentence generators look at: its most
// central ones. A section shows at most five questions; on a very long section, asking about
// every sentence costs time (a 1 MB text has thousands) for candidates that never win. Short
// sections (the usual case) are read whole. Cue-driven generators (tension, certainty …) still
// see every sentence: a cue is rare and strong wherever it stands.
import type { SectionAnalysis } from "../analysis/analyseEssay.js";
import { FOCUS_SENTENCES } from "../weights.js";

const cache = new WeakMap<SectionAnalysis, ReadonlySet<number>>();

/** Positions (0-based within the section) of the sentences worth a question of their own. */
export function focusPositions(analysis: SectionAnalysis): ReadonlySet<number> {
  let focus = cache.get(analysis);
  if (!focus) {
    const positions = analysis.sentences.map((_, i) => i);
    const chosen = positions.length <= FOCUS_SENTENCES ? positions : [...positions].sort((a, b) => analysis.centrality[b]! - analysis.centrality[a]! || a - b).slice(0, FOCUS_SENTENCES);
    cache.set(analysis, (focus = new Set(chosen)));
  }
  return focus;
}

// Which sentences of a long section the sentence-by-sentence generators look at: its most
// central ones. A section shows at most five questions; on a very long section, asking about
// every sentence costs time (a 1 MB text has thousands) for candidates that never win. Short
// sections (the usual case) are read whole. Cue-driven generators (tension, certainty …) still
// see every sentence: a cue is rare and strong wherever it stands.
import type { SectionAnalysis } from "../analysis/analyseEssay.js";
import { FOCUS_SENTENCES, LONG_ESSAY_FOCUS, LONG_ESSAY_SENTENCES } from "../weights.js";

const cache = new WeakMap<SectionAnalysis, ReadonlySet<number>>();

/** Positions (0-based within the section) of the sentences worth a question of their own. */
export function focusPositions(analysis: SectionAnalysis): ReadonlySet<number> {
  let focus = cache.get(analysis);
  if (!focus) {
    const positions = analysis.sentences.map((_, i) => i);
    // A book-length text gets fewer sentences a section (its sections are many and long): the
    // bot must answer a 1 MB text in seconds, and the best few anchors are what it shows.
    const last = analysis.sentences[analysis.sentences.length - 1]?.index ?? 0;
    const limit = last > LONG_ESSAY_SENTENCES ? LONG_ESSAY_FOCUS : FOCUS_SENTENCES;
    // (A verbless list item — "Bread.", "Bus to the hospital." — is never an anchor: it yields its place.)
    const short = (i: number) => (analysis.sentences[i]!.tokens.some((t) => t.pos === "VERB" || t.pos === "AUX") ? 0 : 1);
    const chosen = positions.length <= limit ? positions : [...positions].sort((a, b) => short(a) - short(b) || analysis.centrality[b]! - analysis.centrality[a]! || a - b).slice(0, limit);
    cache.set(analysis, (focus = new Set(chosen)));
  }
  return focus;
}

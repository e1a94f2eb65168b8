// Connecting questions at section level: a claim of this section set beside a related claim the
// reader met in an earlier section ("How does the point that "…" bear on the earlier claim that
// "…"?"). Asking how two parts of an essay bear on each other is one of the best discussion
// moves, and it works in narrative and descriptive sections that carry few cue words.
import type { SectionAnalysis } from "../analysis/analyseEssay.js";
import { claimProfile, isArguable, isStoried } from "../analysis/claimProfile.js";
import type { Span } from "../analysis/spans.js";
import type { TaggedSentence } from "../analysis/taggedSentence.js";
import { quote, spanQuality } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { announcesOnly, mainClause } from "./spansNearCue.js";

const QUOTE_WORDS = 12;
/** Claims considered per section: its most central ones. */
const PER_SECTION = 3;

interface Claim {
  sentence: TaggedSentence;
  span: Span;
  lemmas: Set<string>;
  arguable: boolean;
}

const claimCache = new WeakMap<SectionAnalysis, Claim[]>();

/** The section's most central self-contained claims of a dozen words or fewer. */
function claimsOf(section: SectionAnalysis): Claim[] {
  const cached = claimCache.get(section);
  if (cached) return cached;
  const ranked = section.sentences.map((sentence, i) => ({ sentence, centrality: section.centrality[i]! })).sort((a, b) => b.centrality - a.centrality);
  const claims: Claim[] = [];
  for (const { sentence } of ranked) {
    if (claims.length >= PER_SECTION) break;
    const span = mainClause(sentence, QUOTE_WORDS);
    if (!span || span.vague || announcesOnly(sentence, span)) continue;
    const profile = claimProfile(sentence, span);
    if (profile.firstPerson && !profile.personalView) continue;
    // Nouns only: two claims sharing "rise" are not about the same thing; two sharing "ridership" may be.
    // Nor do two claims of an essay about inflation share anything by both saying "inflation":
    // a noun used across the essay's sections (its topic, or "year") relates no two of them.
    const lemmas = new Set(sentence.tokens.slice(span.firstToken, span.endToken).filter((t) => (t.pos === "NOUN" || t.pos === "PROPN") && !t.stop && sentence.topicLemmas?.has(t.lemma) !== true).map((t) => t.lemma));
    claims.push({ sentence, span, lemmas, arguable: isArguable(profile, isStoried(section.genre)) });
  }
  claimCache.set(section, claims);
  return claims;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** For each of the section's central claims, the earlier claim it shares most words with. */
export const connectSectionQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  for (const claim of claimsOf(analysis)) {
    let best: { earlier: Claim; overlap: number } | undefined;
    for (const section of analysis.earlier) {
      for (const earlier of claimsOf(section)) {
        // Related by their words: one shared word when one of the two argues something, two
        // when both describe (an expository essay's sections build on each other too).
        const overlap = shared(claim.lemmas, earlier.lemmas);
        if (overlap < (claim.arguable || earlier.arguable ? 1 : 2)) continue;
        if (!best || overlap > best.overlap) best = { earlier, overlap };
      }
    }
    if (!best) continue;
    const { earlier, overlap } = best;
    out.push({
      text: `How does the point that ${quote(claim.span.text)} bear on the earlier claim that ${quote(earlier.span.text)}?`,
      type: "connect",
      stem: "connect.sections",
      span: claim.span,
      anchor: { sentence: claim.sentence.index, text: claim.span.text },
      quotes: [claim.span.text],
      context: [earlier.span.text],
      cueStrength: Math.min(1, 0.35 + 0.15 * overlap),
      spanQuality: Math.min(spanQuality(claim.span), spanQuality(earlier.span)),
    });
  }
  return out;
};

// Tension questions: two claims a "but", "however" or "although" sets against each other.
import { claimProfile } from "../analysis/claimProfile.js";
import type { TaggedSentence } from "../analysis/taggedSentence.js";
import { quote, spanQuality } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { mainClause, sidesOfConnective } from "./spansNearCue.js";
import type { Span } from "../analysis/spans.js";
import type { Token } from "../analysis/tagger.js";

const MAX_SIDE_WORDS = 15;
/** Both quotes together: the question must stay under 40 words. */
const MAX_BOTH_WORDS = 24;

function ask(first: Span, second: Span, concession: boolean, cueStrength: number): Candidate | undefined {
  if (first.words + second.words > MAX_BOTH_WORDS) return undefined;
  const a = quote(first.text);
  const b = quote(second.text);
  const text = concession
    ? `The author grants that ${a} yet still holds that ${b}. Why does the first point not undercut the second?`
    : `The author writes that ${a}, but also that ${b}. How do these two points fit together?`;
  return {
    text,
    type: "tension",
    stem: concession ? "tension.grants" : "tension.fit",
    anchor: { sentence: second.sentence, text: second.text },
    span: second,
    quotes: [first.text, second.text],
    cueStrength,
    spanQuality: Math.min(spanQuality(first), spanQuality(second)),
  };
}

function negated(tokens: readonly Token[]): boolean {
  return tokens.some((t) => /^(?:not|n't|never|no)$/.test(t.lower));
}

/**
 * Round 6: "How do these two points fit together?" needs a point on at least one side. In a
 * story, a memoir or an explainer a "but" often joins two descriptions ("The water was still
 * running, but along both banks the ice had built out …", "The innate response is fast, but it
 * is blunt", "sources differ on the date, but it was long after …"): a picture or a trade-off
 * with nothing to reconcile. There, one side must judge outright (two judging words, an
 * obligation) or hedge; in an argument, one side must at least judge, negate or hedge.
 */
function weighsSomething(genre: string, sides: ReadonlyArray<[TaggedSentence, Span]>): boolean {
  const profiles = sides.map(([sentence, span]) => claimProfile(sentence, span));
  // In an argument, one side must judge, negate a general claim or hedge: "Ice cores and lake
  // sediments reach further back, but their years blur with depth" is a plain trade-off even there.
  if (genre === "argues") return profiles.some((p) => p.evaluative > 0 || p.hedged || p.modalHedged);
  // Elsewhere one judging word is a description ("it is blunt"): one side must judge outright.
  return profiles.some((p) => (p.judging >= 2 || p.obligation || p.hedged) && !p.reported);
}

export const tensionQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  analysis.sentences.forEach((sentence, i) => {
    for (const cue of analysis.cues[i]!) {
      if (cue.kind !== "contrast" && cue.kind !== "concession") continue;
      const concession = cue.kind === "concession";
      if (cue.first === 0) {
        // "However, …" / "Nonetheless, …" sets this sentence against the previous one.
        const previous = analysis.sentences[i - 1];
        if (!previous) continue;
        const before = mainClause(previous, MAX_SIDE_WORDS);
        const after = mainClause(sentence, MAX_SIDE_WORDS);
        const candidate = before && after && weighsSomething(analysis.genre, [[previous, before], [sentence, after]]) ? ask(before, after, concession, 0.8) : undefined;
        if (candidate) out.push(candidate);
        continue;
      }
      // "rather than", "instead" name an alternative, not a second claim.
      if (/^(?:rather than|instead)$/i.test(cue.text)) continue;
      const sides = sidesOfConnective(sentence, cue, MAX_SIDE_WORDS);
      if (!sides) continue;
      // "A tree does not keep a diary, but it keeps something close to one": a correction, not
      // two claims pulling apart.
      if (cue.kind === "contrast" && negated(sentence.tokens.slice(sides[0].firstToken, sides[0].endToken)) && !negated(sentence.tokens.slice(sides[1].firstToken, sides[1].endToken))) continue;
      // "Although A, B": the conceded clause follows the connective.
      const [left, right] = sides;
      if (!weighsSomething(analysis.genre, [[sentence, left], [sentence, right]])) continue;
      const subordinate = ["although", "though", "even though", "even if", "while", "whereas"].includes(cue.text.toLowerCase());
      const candidate = subordinate ? ask(right, left, true, 1) : ask(left, right, concession, 1);
      if (candidate) out.push(candidate);
    }
  });
  return out;
};

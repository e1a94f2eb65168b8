// Questions about a comparison the author draws: "The coastlines of South America and Africa fit
// like torn pages", "A weather map on a phone looks like a window onto the sky". Asking how far
// the comparison holds and where it breaks down is open where the text argues or explains, and
// specific by construction: no two essays compare the same things.
import { isStoried } from "../analysis/claimProfile.js";
import { anchoredOn, quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { claimAnchors } from "./spansNearCue.js";
import { EVALUATIVE_WORDS } from "../analysis/evaluativeWords.js";
import type { Token } from "../analysis/tagger.js";

/** Token index of a comparison marker inside [a, b), or -1. */
function comparisonAt(tokens: readonly Token[], a: number, b: number): number {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    // "like" as a preposition after a verb or an adverb ("fit like torn pages", "looks like a
    // window", "much like"), not the verb ("Politicians like fare-free transit").
    const before = tokens[k - 1];
    // ("began to look like a waste of a night" judges; it compares nothing.)
    const object = tokens.slice(k + 1, k + 4).find((u) => u.pos === "NOUN");
    const judging = object !== undefined && (EVALUATIVE_WORDS.has(object.lemma) || object.lemma === "waste");
    if (t.lower === "like" && t.pos !== "VERB" && !judging && before !== undefined && (before.pos === "VERB" || before.text === "," || /^(?:much|just|rather|more|less|almost|exactly|very)$/.test(before.lower)) && !/^(?:would|'d|’d)$/.test(tokens[k - 2]?.lower ?? "")) return k;
    if ((t.lower === "much" || t.lower === "just") && next?.lower === "as" && tokens[k + 2]?.pos !== "ADJ" && tokens[k + 2]?.pos !== "ADV") return k;
    if (t.lower === "as" && (next?.lower === "if" || next?.lower === "though")) return k;
    // ("compared to/with" draws a comparison; "a computer compared images of …" reports someone
    // comparing things, which is no analogy of the author's.)
    if (/^(?:compare|compared)$/.test(t.lower) && !/^(?:to|with)$/.test(next?.lower ?? "")) continue;
    if (/^(?:compare|compared|resemble|resembles|resembled|akin|mirror|mirrors)$/.test(t.lower)) return k;
  }
  return -1;
}

export const analogyQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  // Round 6: not in a story or a memoir, where a simile paints ("a muted, hollow sound beneath
  // the ice, like someone talking in the next room") and "where does it break down" treats an
  // image as an argument's analogy. In an argument or an explainer a comparison carries a claim.
  if (isStoried(analysis.genre)) return out;
  analysis.sentences.forEach((sentence, i) => {
    // (Round 7: not when the author goes straight on to qualify it — "… sounds like permanent
    // summer". "But a clock does not make daylight; it only moves it." — the next sentence, in the
    // same paragraph, says where the comparison breaks down, so the question is answered by copying.)
    const next = analysis.sentences[i + 1];
    if (next !== undefined && !next.opensParagraph && /^\s*(?:but|yet|however|still|and yet)\b/i.test(next.text)) return;
    for (const span of claimAnchors(sentence)) {
      if (span.vague || span.words < 6) continue;
      if (comparisonAt(sentence.tokens, span.firstToken, span.endToken) < 0) continue;
      out.push(
        anchoredOn(sentence, span, {
          text: `The author writes that ${quote(span.text)}. How far does that comparison hold, and where does it break down?`,
          type: "clarify",
          stem: "analogy",
          cueStrength: 0.6 + 0.3 * analysis.centrality[i]!,
        }),
      );
      break;
    }
  });
  return out;
};

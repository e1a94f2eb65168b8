// Questions that ask what a short, pointed claim means: "Frequency is freedom", "The rings supply
// the record", "Parking minimums hide a subsidy in the price of everything else". A whole
// sentence of a dozen words or fewer that judges, or closes its paragraph, is the author
// compressing an idea; unpacking it is a discussion, not a comprehension check.
import { claimProfile, isArguable, isStoried } from "../analysis/claimProfile.js";
import { anchoredOn, quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { focusPositions } from "./focus.js";
import { announcesOnly, mainClause } from "./spansNearCue.js";

const MAX_WORDS = 12;

export const meaningQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const focus = focusPositions(analysis);
  analysis.sentences.forEach((sentence, i) => {
    if (!focus.has(i)) return;
    const span = mainClause(sentence);
    if (!span || !span.complete || span.firstToken > 1 || span.words > MAX_WORDS || span.vague || announcesOnly(sentence, span)) return;
    const profile = claimProfile(sentence, span);
    // (Nor a signpost announcing a list, "Economists usually sort the causes into a few groups":
    // there is nothing compressed in it to unpack.)
    if (profile.firstPerson || profile.reported || profile.legal || profile.signpost) return;
    // (Nor a denial, "The cities that have dropped minimums have not descended into chaos", "The
    // critics' demand … was not a failure of imagination": what it means is what it denies, and
    // the text goes on to say what is the case instead. Judges kept none of four.)
    if (sentence.tokens.slice(span.firstToken, span.endToken).some((t) => /^(?:not|n't|never|no)$/.test(t.lower))) return;
    // (Round 9: nor what the text tells the reader to do, "Your job is to make the wobble stop",
    // nor a past fact stated without a judging word, "The rope was the only straight thing in
    // the yard": "what follows if it is true" asks whether an instruction or a remembered fact is
    // true, which nobody doubts — judges kept neither.)
    if (profile.addressed || profile.imperative || (profile.past && profile.judging < 1)) return;
    const next = analysis.sentences[i + 1];
    const closesParagraph = next === undefined || next.opensParagraph;
    // (Nor when the sentence goes on after a comma — "The machine could detect certain errors,
    // but when it did, it simply abandoned the job", "the answer … is to manage it, with meters
    // priced …": the rest of the sentence says what is meant and what follows.)
    if (/^\s*,/.test(sentence.text.slice(span.end))) return;
    // (Nor an explainer's or a story's topic sentence, "Modern systems rely on more powerful
    // descendants", when its paragraph goes on: the paragraph unpacks it.)
    if (analysis.genre !== "argues" && sentence.opensParagraph && next !== undefined && !next.opensParagraph) return;
    const arguable = isArguable(profile, isStoried(analysis.genre));
    if (!arguable && !closesParagraph) return;
    out.push(
      anchoredOn(sentence, span, {
        text: `What does the author mean by ${quote(span.text)}, and what follows if it is true?`,
        type: "clarify",
        stem: "meaning",
        cueStrength: arguable ? 0.7 : 0.5,
      }),
    );
  });
  return out;
};

// Objection questions on the section's contestable claims: "What is the strongest objection to
// the point that "…", and how might the author answer it?", "Who would most want to dispute
// that "…", and on what grounds?" and "What example … would support or challenge the point that
// "…"?". They ask for the other side of an argument without naming
// who holds it (perspective.ts needs an actor in the text), so any judgement of the author's
// can carry one; a report, a memory or a rule cannot.
import { claimProfile, isPastVerb, isStoried, mainVerb } from "../analysis/claimProfile.js";
import { anchoredOn, quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { focusPositions } from "./focus.js";
import { announcesOnly, claimAnchors, claimness } from "./spansNearCue.js";

export const objectionQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const focus = focusPositions(analysis);
  const storied = isStoried(analysis.genre);
  analysis.sentences.forEach((sentence, i) => {
    if (!focus.has(i)) return;
    for (const span of claimAnchors(sentence)) {
      if (span.vague || span.words < 5 || announcesOnly(sentence, span)) continue;
      const profile = claimProfile(sentence, span);
      // (A hedged estimate — "bus journey times have probably improved" — is asked how sure to be.)
      if (profile.firstPerson || profile.selfMention || profile.rule || profile.legal || profile.speech || profile.hedged || claimness(sentence, span, storied) < 1) continue;
      const q = quote(span.text);
      const central = analysis.centrality[i]!;
      out.push(anchoredOn(sentence, span, { text: `What is the strongest objection to the point that ${q}, and how might the author answer it?`, type: "evaluate", stem: "objection.strongest", cueStrength: 0.4 + 0.3 * central }));
      out.push(anchoredOn(sentence, span, { text: `Who would most want to dispute that ${q}, and on what grounds?`, type: "perspective", stem: "objection.dispute", cueStrength: 0.4 + 0.3 * central }));
      // A case to test it against, from the reader's own knowledge: a general claim about how
      // things are (no names, not in the past) is checked by instances, for or against; a verdict
      // on one event is not.
      const inside = sentence.tokens.slice(span.firstToken, span.endToken);
      const k = mainVerb(sentence.tokens, span.firstToken - 1, span.endToken);
      const general = !inside.some((t) => t.pos === "PROPN" || t.pos === "NUM") && k >= 0 && !isPastVerb(sentence.tokens[k]!) && !storied;
      if (general) out.push(anchoredOn(sentence, span, { text: `What example, from your own experience or reading, would support or challenge the point that ${q}?`, type: "example", stem: "objection.example", cueStrength: 0.3 + 0.3 * central }));
    }
  });
  return out;
};

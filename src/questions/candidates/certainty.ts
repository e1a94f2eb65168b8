// Certainty questions: a claim the author hedges ("probably", "it is doubtful", "may"). Only the
// author's own hedge, in the main clause of the author's own assertion (not "my uncle, who …
// could not keep a job", not "I could not tell you"); a bare modal ("may", "might", "could",
// "seems") only on a claim that also judges: "A gale … might reach the coast of Ireland in a day"
// illustrates a speed, "It may hang there for a few hours" gives a range, neither is a doubt.
import { approximates, BARE_MODALS, claimProfile, suggests } from "../analysis/claimProfile.js";
import { anchoredOn, quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { clauseAroundCue, wrappedClaim } from "./spansNearCue.js";

/** Hedges too weak or too idiomatic to build a question on alone. */
const WEAK = /^(?:could|can|may|might|seem|seems|appear|appears|may be)$/i;

export const certaintyQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  analysis.sentences.forEach((sentence, i) => {
    for (const cue of analysis.cues[i]!) {
      // (Nor a rounded figure, "roughly half", nor a suggestion, "a reader might keep …".)
      if (cue.kind !== "hedge" || !cue.main || approximates(sentence.tokens, cue) || suggests(sentence.tokens, cue)) continue;
      const inside = clauseAroundCue(sentence, cue);
      const span = inside ?? wrappedClaim(sentence, cue);
      if (!span) continue;
      const profile = claimProfile(sentence, span);
      if (profile.firstPerson || profile.legal) continue;
      // "Surveys suggest that …": a short subject is a source, whose finding sources.ts asks
      // about; a long one ("The thinness of the communique … suggests") is the author's inference.
      const before = sentence.tokens[cue.first - 1];
      const subjectLength = sentence.tokens.slice(0, cue.first).filter((t) => t.pos !== "PUNCT").length;
      if (/^(?:suggest|suggests|suggested|indicate|indicates)$/i.test(cue.text) && before !== undefined && (before.pos === "NOUN" || before.pos === "PROPN") && subjectLength <= 4 && !inside) continue;
      // A bare modal hedges only a judgement ("It may be that …" wraps a claim and is a hedge).
      const wraps = !inside && sentence.tokens[cue.end]?.lower === "that";
      // In an argument a bare modal may carry the author's doubt ("a forest restored to its old
      // density may not thrive in a hotter, drier world"); elsewhere, or with a time or a range,
      // it states what can happen.
      // ("could" proposes or grants ability — "governments could do what they did with the
      // weekend" — more often than it doubts; only "may" and "might" count.)
      const argued = analysis.genre === "argues" && /^(?:may|might)$/i.test(cue.text) && !profile.duration;
      if ((WEAK.test(cue.text) || BARE_MODALS.test(cue.text)) && !wraps && profile.evaluative < 1 && !argued) continue;
      // In a report ("Budget airlines could carry a passenger … in ninety minutes") "could" is
      // past ability, not doubt.
      if (WEAK.test(cue.text) && profile.reported) continue;
      const claim = quote(span.text);
      // "How sure can we be that X" reads well only when the hedge is not inside X itself.
      const text = inside
        ? `The author writes that ${claim}. How confident should we be of that, and what would change our minds?`
        : `The author hedges on whether ${claim}. How likely is it, and what evidence would settle the matter?`;
      // Multi-word hedges ("it is doubtful", "the jury is out") are deliberate; a lone "may" less so.
      const strength = cue.text.includes(" ") || /^(?:probably|likely|doubtful|possible|perhaps|arguably|unlikely|uncertain)$/i.test(cue.text) ? 1 : 0.7;
      out.push(anchoredOn(sentence, span, { text, type: "certainty", stem: inside ? "certainty.inside" : "certainty.whether", cueStrength: strength }));
    }
  });
  return out;
};

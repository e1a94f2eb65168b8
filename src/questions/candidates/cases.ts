// Questions about the cases an essay reports (a dated event, a named city or person): how much
// one case can prove, and why the author tells it at all. They give narrative passages, which
// carry few argumentative cues, questions that still ask for judgement.
import type { SectionAnalysis } from "../analysis/analyseEssay.js";
import { quote, spanQuality } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { focusPositions } from "./focus.js";
import { claimProfile } from "../analysis/claimProfile.js";
import { claimness, mainClause } from "./spansNearCue.js";

const YEAR = /^(?:1[5-9]\d\d|20\d\d)s?$/;

const EXAMPLE_OPENERS = /^(?:in|studies|research|surveys|data|evidence|take|consider)$/i;

/**
 * The case is told as support for a claim: it follows an arguing sentence in its paragraph, or
 * opens like an example ("In Tallinn, …", "For instance", "Studies found …").
 */
function supportsAClaim(analysis: SectionAnalysis, i: number): boolean {
  const sentence = analysis.sentences[i]!;
  if (sentence.opensParagraph) return false;
  if (EXAMPLE_OPENERS.test(sentence.tokens[0]?.text ?? "")) return true;
  if (/^for$/i.test(sentence.tokens[0]?.text ?? "") && /^(?:example|instance)$/i.test(sentence.tokens[1]?.text ?? "")) return true;
  const previous = analysis.sentences[i - 1];
  const claim = previous ? mainClause(previous) : undefined;
  return previous !== undefined && claim !== undefined && claimness(previous, claim) >= 0.5;
}

export const caseQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const focus = focusPositions(analysis);
  const named = new Set(analysis.actors.flatMap((a) => (a.actor.kind === "group" || a.actor.kind === "other" ? [] : a.here.map((m) => m.sentence))));
  analysis.sentences.forEach((sentence, i) => {
    if (!focus.has(i)) return;
    const dated = sentence.tokens.some((t) => t.pos === "NUM" && YEAR.test(t.text));
    const span = mainClause(sentence);
    // A report, not an argument: arguments get evaluate/evidence questions of their own. The
    // author's own doings are a personal essay's matter, not "details" (personal.ts).
    if (!span || claimness(sentence, span) > 0.5) return;
    const profile = claimProfile(sentence, span);
    if (profile.firstPerson || profile.imperative || (!dated && !named.has(sentence.index) && !profile.reported)) return;
    const quality = spanQuality(span);
    const central = analysis.centrality[i]!;
    if ((dated || named.has(sentence.index)) && supportsAClaim(analysis, i)) out.push({
      text: `How much weight can the example that ${quote(span.text)} bear? What else would we need to know before generalising from it?`,
      type: "evidence",
      anchor: { sentence: sentence.index, text: span.text },
      quotes: [span.text],
      cueStrength: dated ? 0.7 : 0.5,
      spanQuality: quality,
    });
    // An event the essay narrates ("Houston redrew its entire bus map in 2015") invites the
    // counterfactual: what would have been different without it. Not a figure or a state.
    // Someone named did something: "Houston redrew …", not "Rock formations … lined up".
    const actorLed = analysis.actors.some((a) => a.actor.kind !== "group" && a.actor.kind !== "other" && a.here.some((m) => m.sentence === sentence.index && m.start === sentence.tokens[span.firstToken]?.start));
    const event = actorLed && span.complete && profile.reported && !profile.speech && !sentence.tokens.slice(span.firstToken, span.endToken).some((t) => t.pos === "NUM" && !YEAR.test(t.text));
    if (event) out.push({
      text: `What would have turned out differently if it were not the case that ${quote(span.text)}?`,
      type: "implication",
      anchor: { sentence: sentence.index, text: span.text },
      quotes: [span.text],
      cueStrength: 0.3 + 0.2 * central,
      spanQuality: quality,
    });
    // The opening sentence of a paragraph sets a scene; asking why it is "included" is idle.
    if (!sentence.opensParagraph) out.push({
      text: `Why does the author include the detail that ${quote(span.text)}? What would the argument lose without it?`,
      type: "purpose",
      anchor: { sentence: sentence.index, text: span.text },
      quotes: [span.text],
      cueStrength: (dated || named.has(sentence.index) ? 0.4 : 0.3) + 0.3 * (1 - central),
      spanQuality: quality,
    });
  });
  return out;
};

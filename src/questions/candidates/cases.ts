// Questions about the cases an essay reports (a dated event, a named city or person): how much
// one case can prove, and why the author tells it at all. They give narrative passages, which
// carry few argumentative cues, questions that still ask for judgement.
import type { SectionAnalysis } from "../analysis/analyseEssay.js";
import { quote, spanQuality } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { claimness, mainClause } from "./spansNearCue.js";

const YEAR = /^(?:1[5-9]\d\d|20\d\d)s?$/;

const EXAMPLE_OPENERS = /^(?:in|for|studies|research|surveys|data|evidence|take|consider)$/i;

/**
 * The case is told as support for a claim: it follows an arguing sentence in its paragraph, or
 * opens like an example ("In Tallinn, …", "For instance", "Studies found …").
 */
function supportsAClaim(analysis: SectionAnalysis, i: number): boolean {
  const sentence = analysis.sentences[i]!;
  if (sentence.opensParagraph) return false;
  if (EXAMPLE_OPENERS.test(sentence.tokens[0]?.text ?? "")) return true;
  const previous = analysis.sentences[i - 1];
  const claim = previous ? mainClause(previous) : undefined;
  return previous !== undefined && claim !== undefined && claimness(previous, claim) >= 0.5;
}

export const caseQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const named = new Set(analysis.actors.flatMap((a) => (a.actor.kind === "group" ? [] : a.actor.mentions.map((m) => m.sentence))));
  analysis.sentences.forEach((sentence, i) => {
    const dated = sentence.tokens.some((t) => t.pos === "NUM" && YEAR.test(t.text));
    if (!dated && !named.has(sentence.index)) return;
    const span = mainClause(sentence);
    // A report, not an argument: arguments get evaluate/evidence questions of their own.
    if (!span || claimness(sentence, span) > 0.5) return;
    const quality = spanQuality(span);
    const central = analysis.centrality[i]!;
    if (supportsAClaim(analysis, i)) out.push({
      text: `How much weight can the example that ${quote(span.text)} bear? What else would we need to know before generalising from it?`,
      type: "evidence",
      anchor: { sentence: sentence.index, text: span.text },
      quotes: [span.text],
      cueStrength: dated ? 0.7 : 0.5,
      spanQuality: quality,
    });
    // The opening sentence of a paragraph sets a scene; asking why it is "included" is idle.
    if (!sentence.opensParagraph) out.push({
      text: `Why does the author include the detail that ${quote(span.text)}? What would the argument lose without it?`,
      type: "purpose",
      anchor: { sentence: sentence.index, text: span.text },
      quotes: [span.text],
      cueStrength: 0.4 + 0.3 * (1 - central),
      spanQuality: quality,
    });
  });
  return out;
};

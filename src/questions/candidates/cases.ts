// Questions about the cases an essay reports (a dated event, a named city or person): what would
// have differed without it, and why the author tells it at all. They give narrative passages, which
// carry few argumentative cues, questions that still ask for judgement.
import { anchoredOn, fitting, quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { focusPositions } from "./focus.js";
import { claimProfile, mainVerb, workedStep, YEAR } from "../analysis/claimProfile.js";
import type { Genre } from "../analysis/genre.js";
import type { Span } from "../analysis/spans.js";
import type { Token } from "../analysis/tagger.js";
import type { TaggedSentence } from "../analysis/taggedSentence.js";
import { givesReason } from "./significance.js";
import { claimness, mainClause } from "./spansNearCue.js";

/** Verbs of being and having: a state, not an event that might not have happened. */
const STATIVE = /^(?:be|have|seem|remain|become|stay|lie|belong|contain|include|know|own|hold|mean|look|appear|exist|consist|depend)$/;

/** Verbs of what a text or a speaker says: a summary of a book or a report, not an action. */
const WRITING_VERBS = /^(?:describe|argue|quote|note|recount|explain|write|claim|suggest|discuss|trace|mention|report|insist|contend|observe|document|chronicle|survey)$/;

/** What a detail serves, in each genre's words ("the argument" has always been the op-ed's). */
const WHOLE: Readonly<Record<Genre, string>> = { argues: "the argument", explains: "the essay", narrates: "the account", reflects: "the essay" };

function mainVerbOf(sentence: TaggedSentence, span: Span): Token | undefined {
  const k = mainVerb(sentence.tokens, span.firstToken - 1, span.endToken);
  return k >= 0 ? sentence.tokens[k] : undefined;
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
    // (Only a whole clause: a detail cut before the words that make it tell — "… flying from
    // Alaska to New Zealand [without stopping, for more than ten days]" — asks about too little.)
    if (!span || !span.complete || claimness(sentence, span) > 0.5) return;
    // (Nor a clause that stops on a word that needs what follows — "Hamming's seven bits were one
    // of the first demonstrations of how", "… showed that": cut before its point.)
    const last = sentence.tokens[span.endToken - 1];
    if (last && /^(?:how|why|what|when|where|whether|which|who|whom|whose|that|if|of|to|the|a|an)$/.test(last.lower)) return;
    const profile = claimProfile(sentence, span);
    if (profile.firstPerson || profile.imperative || (!dated && !named.has(sentence.index) && !profile.reported)) return;
    const central = analysis.centrality[i]!;
    // ("How much weight can the example that … bear?" was asked here too; judges kept 4 of 15,
    // on narrated events and one item of a list as much as on real examples, so it is no longer
    // asked: a risky type is left out rather than guessed at.)
    // An event the essay narrates ("Houston redrew its entire bus map in 2015") invites the
    // counterfactual: what would have been different without it. Not a figure or a state.
    // Someone named did something: "Houston redrew …", not "Rock formations … lined up".
    const actorLed = analysis.actors.some((a) => a.actor.kind !== "group" && a.actor.kind !== "other" && a.here.some((m) => m.sentence === sentence.index && m.start === sentence.tokens[span.firstToken]?.start));
    // An action, not a state: "FitzRoy's forecasts were popular …" has no "if it had not happened".
    const verb = mainVerbOf(sentence, span);
    const action = verb !== undefined && verb.pos === "VERB" && !STATIVE.test(verb.lemma);
    // (Round 8: nor a verb of writing or arguing — "Whitcombe describes how …", "the report argues
    // that …": in a review or a summary the "event" is what a text says, and "what would have
    // turned out differently if it were not the case that Whitcombe describes …" asks nothing.)
    const writes = verb !== undefined && WRITING_VERBS.test(verb.lemma);
    const event = actorLed && action && !writes && span.complete && profile.reported && !profile.speech && !sentence.tokens.slice(span.firstToken, span.endToken).some((t) => t.pos === "NUM" && !YEAR.test(t.text));
    // (Round 6: only where the text argues. In a story, a memoir or an explainer the told event
    // is the story — "What would have turned out differently if … Heezen went to sea and
    // brought back the strips?" has the trivial answer "no data": judges kept none of these.)
    // (Nor of a negated clause: "if it were not the case that "Tharp never saw the rift"" is a
    // double negative that asks nothing.)
    const negated = sentence.tokens.slice(span.firstToken, span.endToken).some((t) => /^(?:not|n't|never|no|nobody|nothing)$/.test(t.lower));
    if (event && !negated && analysis.genre === "argues") out.push(anchoredOn(sentence, span, {
      text: `What would have turned out differently if it were not the case that ${quote(span.text)}?`,
      type: "implication",
      stem: "cases.counterfactual",
      cueStrength: 0.3 + 0.2 * central,
    }));
    // The opening sentence of a paragraph sets a scene; asking why it is "included" is idle.
    // Not the section's own point ("The telegraph's contribution was to make weather a shared
    // … picture" is no "detail"), and in a story or a memoir what is lost is part of the account.
    // (Nor a step of a worked example — "four data bits are protected by three check bits",
    // "the block we transmit is 0110011": digits and positions are the demonstration's
    // machinery, and "what would the essay lose without it" has no answer worth discussing.)
    // (Round 8: nor a clause that is the sentence's reason or result — "Not because …, but because
    // the Senate picked the wrong clock", "…, meaning that no single bit was disturbed" — which is
    // no detail; nor one whose purpose the rest of the sentence gives — "Wyeth devised a
    // horse-drawn cutter …, so that workers could break the surface into uniform blocks" — where
    // "why include it" is answered by copying the sentence.)
    const reasonOrResult = /\b(?:because|since|meaning(?: that)?|so that|which means(?: that)?)\s*$/i.test(sentence.text.slice(0, span.start));
    if (reasonOrResult || givesReason(sentence.text.slice(span.end))) return;
    if (!sentence.opensParagraph && central < 0.9 && !workedStep(sentence.tokens, span.firstToken, span.endToken)) out.push(anchoredOn(sentence, span, {
      text: fitting(`Why does the author include the detail that ${quote(span.text)}? What would ${WHOLE[analysis.genre]} lose without it?`, `Why does the author include the detail that ${quote(span.text)}?`),
      type: "purpose",
      stem: "cases.detail",
      cueStrength: (dated || named.has(sentence.index) ? 0.4 : 0.3) + 0.3 * (1 - central),
    }));
  });
  return out;
};

// Questions for a story or a history: the choices of the people in it and the sides of its
// conflicts. "According to the essay, FitzRoy "set up a network of coastal stations …". What
// might have led FitzRoy to do this, and what did it change?" asks about a named person's
// deliberate act, quoting what the text says they did (the predicate, so that a sentence opening
// "He …" can be asked about too). "The essay reports that "In 1897 a British punitive expedition
// sacked Benin City". Whose side of that story is missing …?" asks what the account leaves out.
import { isPastVerb, mainVerb } from "../analysis/claimProfile.js";
import { subjectPerson } from "../analysis/referents.js";
import { quotableSpan } from "../analysis/spans.js";
import { anchoredOn, quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { focusPositions } from "./focus.js";
import { mainClause, MAX_QUOTE_WORDS } from "./spansNearCue.js";

/** Deliberate acts: someone chose to do them, so "what led them to do it" is a real question. */
const CHOICE_VERBS = new Set([
  "decide", "choose", "refuse", "agree", "persuade", "propose", "publish", "set", "begin", "start", "stop",
  "abandon", "reject", "accept", "return", "transfer", "keep", "assign", "appoint", "employ", "hire", "fire",
  "nominate", "offer", "send", "build", "found", "establish", "launch", "ban", "abolish", "introduce", "redraw",
  "sell", "give", "resign", "order", "invite", "adopt", "close", "open", "cut", "raise", "announce", "oppose",
  "campaign", "write", "insist", "demand", "sue", "forbid", "bequeath", "donate", "buy", "move", "leave",
  "issue", "create", "design", "replace", "remove", "end", "test", "hide", "destroy", "burn", "sack",
]);
/** Acts done to another party: a story with another side to it. */
const SIDED_VERBS = new Set([
  "sack", "invade", "conquer", "seize", "take", "carry", "transfer", "return", "expel", "ban", "force", "punish",
  "mock", "refuse", "reject", "sell", "colonise", "colonize", "occupy", "attack", "defeat", "exclude", "loot",
  "destroy", "burn", "deport", "imprison", "fire", "dismiss", "ignore", "deny",
]);

export const narrativeQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  if (analysis.genre === "reflects") return out;
  const focus = focusPositions(analysis);
  analysis.sentences.forEach((sentence, i) => {
    if (!focus.has(i)) return;
    const { tokens } = sentence;
    const person = subjectPerson(analysis, i);
    const k = mainVerb(tokens, (person?.predicateStart ?? 0) - 1, tokens.length);
    const verb = k >= 0 ? tokens[k] : undefined;
    if (person && verb && verb.pos === "VERB" && isPastVerb(verb) && CHOICE_VERBS.has(verb.lemma) && k <= person.predicateStart + 2) {
      const predicate = quotableSpan(sentence, k, tokens.length, MAX_QUOTE_WORDS, 4);
      if (predicate && !predicate.unresolved && !predicate.fragment && !predicate.contextual && !predicate.anaphoric) {
        out.push(
          anchoredOn(sentence, predicate, {
            text: `According to the essay, ${person.name} ${quote(predicate.text)}. What might have led ${person.name} to do this, and what did it change?`,
            type: "explanation",
            stem: "narrative.choice",
            cueStrength: 0.6 + 0.3 * analysis.centrality[i]!,
          }),
        );
      }
    }
    // The other side of an act done to someone: the whole clause, its actor named in it.
    const span = mainClause(sentence);
    if (!span || !verb || !SIDED_VERBS.has(verb.lemma) || !isPastVerb(verb) || k < span.firstToken || k >= span.endToken) return;
    const named = analysis.actors.some((a) => a.actor.kind !== "group" && a.actor.kind !== "other" && a.here.some((m) => m.sentence === sentence.index && m.start >= span.start && m.end <= span.end));
    if (!named) return;
    out.push(
      anchoredOn(sentence, span, {
        text: `The essay reports that ${quote(span.text)}. Whose side of that story is missing here, and how might they tell it?`,
        type: "perspective",
        stem: "narrative.sides",
        cueStrength: 0.5 + 0.3 * analysis.centrality[i]!,
      }),
    );
  });
  return out;
};

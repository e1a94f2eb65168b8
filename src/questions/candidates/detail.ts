// What a detail shows about a person in a story or a memoir: "According to the author, the
// author's grandmother "was generous in a steady, unshowy way". What does that detail suggest
// about her?" The person is named from the sentence's subject or from the sentence before a
// "She …" (analysis/referents.ts), and the rest of the sentence is quoted as written.
import { claimProfile, isStoried } from "../analysis/claimProfile.js";
import { subjectPerson } from "../analysis/referents.js";
import { quotableSpan } from "../analysis/spans.js";
import { anchoredOn, quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { focusPositions } from "./focus.js";
import { MAX_QUOTE_WORDS } from "./spansNearCue.js";

export const detailQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  if (!isStoried(analysis.genre)) return out;
  const focus = focusPositions(analysis);
  analysis.sentences.forEach((sentence, i) => {
    if (!focus.has(i)) return;
    const person = subjectPerson(analysis, i);
    if (!person) return;
    const { tokens } = sentence;
    // The predicate straight after the subject ("was generous …", "wrote down everything …").
    const start = person.predicateStart;
    if (!tokens[start] || (tokens[start]!.pos !== "VERB" && tokens[start]!.pos !== "AUX" && tokens[start]!.pos !== "ADV")) return;
    const predicate = quotableSpan(sentence, start, tokens.length, MAX_QUOTE_WORDS, 4);
    if (!predicate || predicate.unresolved || predicate.fragment || predicate.contextual || predicate.anaphoric || !predicate.complete) return;
    const profile = claimProfile(sentence, predicate);
    if (profile.speech) return;
    // "was generous in a steady, unshowy way" already says what it suggests about her.
    if (tokens[start]!.lemma === "be" && predicate.text.split(/\s+/).length <= 8) return;
    const who = person.object === "them" ? person.name : person.object;
    out.push(
      anchoredOn(sentence, predicate, {
        text: `According to the ${analysis.genre === "reflects" ? "author" : "essay"}, ${person.name} ${quote(predicate.text)}. What does that detail suggest about ${who}?`,
        type: "purpose",
        stem: "detail.suggests",
        cueStrength: 0.4 + 0.3 * analysis.centrality[i]!,
      }),
    );
  });
  return out;
};

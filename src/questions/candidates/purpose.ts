// The fallback question for a section with few argumentative cues, built on an idea the section
// keeps returning to. It is a filler, shown only when better questions do not fill the list.
import type { KeyPhrase } from "../analysis/keyPhrases.js";
import { isAbstract, isContested } from "./abstractNouns.js";
import { quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";

/** Heads too vague to carry a question on their own ("the purpose", "the professional level"). */
const VAGUE_HEADS = new Set([
  "thing", "way", "time", "year", "part", "lot", "kind", "sort", "fact", "case", "place", "day", "people", "one", "number",
  "level", "purpose", "set", "range", "form", "basis", "course", "stage", "side", "end", "point", "matter", "sense",
  "degree", "extent", "amount", "process", "story", "version", "issue", "question", "answer", "man", "men",
  "success", "failure", "century", "decade", "month", "week", "hour", "minute", "choice", "meeting", "meetings",
  // Heads of idioms ("in favor of", "in terms of", "on behalf of").
  "favor", "favour", "terms", "behalf", "front", "addition", "spite", "lieu", "regard", "respect",
]);

function filler(type: Candidate["type"], text: string, phrase: KeyPhrase, strength: number): Candidate {
  const occurrence = phrase.occurrences[0]!;
  return {
    text,
    type,
    stem: "purpose.role",
    anchor: { sentence: occurrence.sentence, text: occurrence.quoted },
    quotes: [occurrence.quoted],
    cueStrength: strength,
    spanQuality: 0.6,
    filler: true,
    generic: 1,
  };
}

/** "the method", "the arrangement": a phrase that names something said before it. */
const SHELL_LIKE = /^the (?:\w+ )?(?:method|approach|arrangement|idea|process|problem|question|answer|result|point|case|issue|matter|story|evidence|argument|change|effect|pattern|system|way|plan)$/i;

/**
 * A last resort, shown only when a section offers too few better questions: what an idea the
 * section keeps returning to does for the argument. Only ideas named at least twice in the
 * section, or in its most central sentence, qualify; a one-off image ("a low building") or a
 * phrase that points back ("the familiar pattern") never does.
 */
export const purposeQuestions: CandidateGenerator = (analysis) => {
  // A role said of a person ("a transit planner", "a meteorologist") is no idea to discuss.
  const role = (k: KeyPhrase) => k.size <= 2 && /^an? /.test(k.occurrences[0]!.quoted) && /(?:er|or|ist|ian)$/.test(k.head);
  const central = analysis.sentences[analysis.centrality.indexOf(Math.max(...analysis.centrality))]?.index;
  const prominent = (k: KeyPhrase) => k.occurrences.length >= 2 || k.occurrences.some((o) => o.sentence === central);
  const ideas = analysis.keyPhrases.filter(
    (k) =>
      !role(k) &&
      !k.hasName &&
      k.size >= 2 &&
      prominent(k) &&
      (isAbstract(k.head) || isContested(k.head)) &&
      !k.lemmas.some((l) => VAGUE_HEADS.has(l)) &&
      !k.occurrences[0]!.truncated &&
      !SHELL_LIKE.test(k.occurrences[0]!.quoted) &&
      !/^(?:this|that|these|those|such)\b/i.test(k.occurrences[0]!.quoted) &&
      k.occurrences[0]!.quoted.split(/\s+/).length <= 6,
  );
  const rank = (k: KeyPhrase) => (isContested(k.head) ? 4 : 0) + (k.size >= 2 ? 2 : 0) + Math.min(k.occurrences.length, 3);
  const main = [...ideas].sort((a, b) => rank(b) - rank(a) || b.score - a.score || a.key.localeCompare(b.key))[0];
  if (!main) return [];
  return [filler("purpose", `What role does ${quote(main.occurrences[0]!.quoted)} play in the author's overall argument, and would the essay be weaker without it?`, main, 0.2)];
};

// Fallback questions for sections with few argumentative cues, built on the section's key
// phrases: why the author brings the idea in, what it would take to achieve, how it ties to the
// essay's topic.
// They are fillers, shown only when better questions do not fill the list.
import { actorPhrase, canHoldView } from "../analysis/actors.js";
import type { KeyPhrase } from "../analysis/keyPhrases.js";
import { isAbstract, isContested, isGoal } from "./abstractNouns.js";
import { quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";

/** Everyday things: "How might Jarrett Walker see "the bus" differently?" asks nothing. */
const CONCRETE_HEADS = new Set(["bus", "car", "train", "road", "city", "house", "building", "book", "door", "table", "floor", "map", "money"]);

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
    anchor: { sentence: occurrence.sentence, text: occurrence.quoted },
    quotes: [occurrence.quoted],
    cueStrength: strength,
    spanQuality: 0.6,
    filler: true,
  };
}

export const purposeQuestions: CandidateGenerator = (analysis) => {
  // A role said of a person ("a transit planner", "a meteorologist") is no idea to discuss.
  const role = (k: KeyPhrase) => k.size <= 2 && /^an? /.test(k.occurrences[0]!.quoted) && /(?:er|or|ist|ian)$/.test(k.head);
  // "the statement", "the process": a lone noun with "the" points back to something named before.
  const pointsBack = (k: KeyPhrase) => k.size === 1 && /^the /i.test(k.occurrences[0]!.quoted) && k.occurrences.length < 2;
  const ideas = analysis.keyPhrases.filter((k) => !role(k) && !pointsBack(k) && !k.hasName && !k.lemmas.some((l) => VAGUE_HEADS.has(l)) && !k.occurrences[0]!.truncated && k.occurrences[0]!.quoted.split(/\s+/).length <= 6);
  const out: Candidate[] = [];
  // Ideas first (contested, then abstract heads), then longer phrases; rarity alone is no merit.
  const rank = (k: KeyPhrase) => (isContested(k.head) ? 4 : 0) + (isAbstract(k.head) ? 2 : 0) + (k.size >= 2 ? 1 : 0);
  const [main, second] = [...ideas].sort((a, b) => rank(b) - rank(a) || b.score - a.score || a.key.localeCompare(b.key));
  if (main) {
    out.push(filler("purpose", `What role does ${quote(main.occurrences[0]!.quoted)} play in the author's overall argument, and would the essay be weaker without it?`, main, 0.2));
  }
  const goal = ideas.find((k) => k.size >= 2 && isGoal(k.head));
  if (goal) {
    out.push(filler("implication", `What would it take for ${quote(goal.occurrences[0]!.quoted)} to succeed, and who would have to act first?`, goal, 0.2));
  }
  // Only an idea can be judged convincing or not; "hidebound men" cannot.
  const judged = [second, main].find((k) => k !== undefined && isAbstract(k.head));
  if (judged) {
    out.push(filler("evaluate", `How convincing is what the author says about ${quote(judged.occurrences[0]!.quoted)}, and what would a skeptical reader want to add?`, judged, 0.15));
  }
  // Someone in the section with a view of its idea: the critics, a named person, a country.
  const viewer = analysis.actors.filter((a) => canHoldView(a.actor)).sort((a, b) => b.mentions - a.mentions || a.actor.name.localeCompare(b.actor.name))[0];
  // Only an idea people can disagree about ("personal praise"), not a description ("a transit planner").
  // Not a phrase said of the viewer ("Jarrett Walker, a transit planner").
  const personSentences = new Set(viewer?.actor.kind === "person" ? viewer.actor.mentions.map((m) => m.sentence) : []);
  const outsideView = (k: KeyPhrase | undefined): k is KeyPhrase =>
    k !== undefined && viewer !== undefined && !k.text.toLowerCase().includes(viewer.actor.name.toLowerCase()) && !personSentences.has(k.occurrences[0]!.sentence);
  const seen = [main, second].find((k) => outsideView(k) && isContested(k.head)) ?? [main, second].find((k) => outsideView(k) && !CONCRETE_HEADS.has(k.head));
  if (viewer && seen) {
    out.push(filler("perspective", `How might ${actorPhrase(viewer.actor)} see ${quote(seen.occurrences[0]!.quoted)} differently, and why?`, seen, 0.15));
  }
  const topic = analysis.essayTopic;
  const unlike = (k: KeyPhrase | undefined): k is KeyPhrase => k !== undefined && topic !== undefined && k.key !== topic.key && !topic.key.includes(k.key);
  const linked = [second, main].find((k) => unlike(k) && (k.size >= 2 || isAbstract(k.head))) ?? [second, main].find(unlike);
  if (linked && topic) {
    out.push(
      filler(
        "connect",
        // The topic is named, not quoted: it may come from another section.
        `How does what the author says here about ${quote(linked.occurrences[0]!.quoted)} bear on the essay's larger argument about ${topic.occurrences[0]!.quoted}?`,
        linked,
        0.2,
      ),
    );
  }
  return out;
};

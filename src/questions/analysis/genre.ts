// What a section mostly does — argue, explain, narrate or reflect — read from surface signals
// that need no model: the first person, the tense of main verbs, dates and named people, and
// how often its sentences judge. Question types are planned per genre (candidates/typePlan.ts):
// "How convincing is the claim …" fits an argument, "Why did … choose …" a history, "Why does
// this moment matter to the author" a memoir, "How far does the comparison hold" an explanation.
import type { Cue } from "./cues.js";
import { BARE_MODALS, isPastVerb, mainVerb, YEAR } from "./claimProfile.js";
import { EVALUATIVE_WORDS } from "./evaluativeWords.js";
import type { TaggedSentence } from "./taggedSentence.js";

export type Genre = "argues" | "explains" | "narrates" | "reflects";

export interface GenreSignals {
  /** Share of sentences with "I", "me", "my" (the author's own experience). */
  firstPerson: number;
  /** Share of sentences whose main verb is in the past tense. */
  past: number;
  /** Share of sentences holding a year. */
  dated: number;
  /** Share of sentences that judge, oblige, concede or press a point (arguingWeight: 0..1 each). */
  arguing: number;
  /** How much each sentence argues (arguingWeight), in the section's order. */
  sentenceArguing: number[];
}

/** Boosters that press a position ("clearly", "of course"), not ones that describe ("never", "only", "always"). */
const PRESSING_BOOSTERS = /^(?:clearly|obviously|plainly|surely|certainly|undoubtedly|of course|in fact|indeed|inevitably|rightly|truly)$/i;

/**
 * How much one sentence argues, 0..1. Round 5: an explainer's "but" ("fast, but blunt"), its
 * "never" and "only", and one descriptive judging word ("a real infection", "a strong response")
 * made most of a science explainer read as argument, so its textbook facts were asked "how
 * convincing". A stance or obligation of the author's own, a concession, a hedge of doubt, a
 * pressing booster or two judging words argue outright; one judging word or a contrast only half.
 */
function arguingWeight(judges: number, cues: readonly Cue[]): number {
  const strong = cues.some(
    (c) =>
      (c.kind === "stance" && c.main) ||
      (c.kind === "obligation" && c.main) ||
      c.kind === "concession" ||
      // (A bare modal — "might reach the coast in a day" — states a possibility, not a position.)
      (c.kind === "hedge" && c.main && !BARE_MODALS.test(c.text)) ||
      (c.kind === "booster" && PRESSING_BOOSTERS.test(c.text)),
  );
  if (strong || judges >= 2) return 1;
  if (judges === 1 || cues.some((c) => c.kind === "contrast" || c.kind === "booster" || c.kind === "hedge")) return 0.5;
  return 0;
}

export function genreSignals(sentences: readonly TaggedSentence[], cues: readonly Cue[][]): GenreSignals {
  const n = Math.max(1, sentences.length);
  let firstPerson = 0;
  let past = 0;
  let dated = 0;
  let arguing = 0;
  const sentenceArguing: number[] = [];
  sentences.forEach((sentence, i) => {
    const { tokens } = sentence;
    if (tokens.some((t) => t.text === "I" || t.lower === "me" || t.lower === "my" || t.lower === "myself")) firstPerson++;
    const verb = mainVerb(tokens, -1, tokens.length);
    if (verb >= 0 && isPastVerb(tokens[verb]!)) past++;
    if (tokens.some((t) => YEAR.test(t.text))) dated++;
    // A judging word after the main verb, or a cue of arguing anywhere (claimProfile's reading,
    // cheapened: this runs over every sentence of the essay).
    const from = verb < 0 ? 0 : verb;
    const judges = tokens.filter((t, k) => k >= from && (t.pos === "ADJ" || t.pos === "ADV" || t.pos === "VERB" || t.pos === "NOUN") && EVALUATIVE_WORDS.has(t.lemma)).length;
    const weight = arguingWeight(judges, cues[i] ?? []);
    sentenceArguing.push(weight);
    arguing += weight;
  });
  return { firstPerson: firstPerson / n, past: past / n, dated: dated / n, arguing: arguing / n, sentenceArguing };
}

/**
 * The section's genre. First person in a third of its sentences makes it reflective (a memoir
 * may judge, but its judgements are the author's own); mostly past tense makes it a narrative;
 * otherwise it argues when a good share of its sentences judge, and explains when they describe.
 */
export function genreOf(signals: GenreSignals): Genre {
  if (signals.firstPerson >= 0.3) return "reflects";
  // (Thresholds on round 5's weighted share: a science explainer's sections score 0.17–0.33, an
  // op-ed's 0.4–1.)
  if (signals.past >= 0.5 && signals.arguing < 0.4) return "narrates";
  if (signals.arguing >= 0.35) return "argues";
  return signals.past >= 0.5 ? "narrates" : "explains";
}

/**
 * Question types that weigh a claim: asked only where the text argues (`argues`). ("What has to
 * be true for that to hold" of an explainer's "Memory does not always last forever" or a memoir's
 * "The twine was the only straight thing on the hill" was rejected 4 times in 5.)
 */
export const ARGUMENT_TYPES: ReadonlySet<string> = new Set(["evaluate", "evidence", "certainty", "assumption"]);

/**
 * Whether a question that weighs a claim ("How convincing …", "What evidence …", "How confident
 * …", "the strongest objection …") fits the sentence at `index` (within the section): the section
 * argues, or the sentence itself argues outright (a stance, a concession, a hedge of doubt, two
 * judging words) — "That delay is the crucial weakness" in an explainer. A textbook mechanism, a
 * told event or a remembered moment is explained, told or remembered, not argued.
 */
export function argues(genre: Genre, signals: GenreSignals, index: number): boolean {
  return genre === "argues" || (signals.sentenceArguing[index] ?? 0) >= 1;
}

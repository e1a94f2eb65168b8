// What a section mostly does — argue, explain, narrate or reflect — read from surface signals
// that need no model: the first person, the tense of main verbs, dates and named people, and
// how often its sentences judge. Question types are planned per genre (candidates/typePlan.ts):
// "How convincing is the claim …" fits an argument, "Why did … choose …" a history, "Why does
// this moment matter to the author" a memoir, "How far does the comparison hold" an explanation.
import type { Cue } from "./cues.js";
import { BARE_MODALS, isPastVerb, mainVerb } from "./claimProfile.js";
import { EVALUATIVE_WORDS } from "./evaluativeWords.js";
import type { TaggedSentence } from "./taggedSentence.js";

export type Genre = "argues" | "explains" | "narrates" | "reflects";
export const GENRES: readonly Genre[] = ["argues", "explains", "narrates", "reflects"];

export interface GenreSignals {
  /** Share of sentences with "I", "me", "my" (the author's own experience). */
  firstPerson: number;
  /** Share of sentences whose main verb is in the past tense. */
  past: number;
  /** Share of sentences holding a year. */
  dated: number;
  /** Share of sentences that judge, oblige, concede or contrast. */
  arguing: number;
}

const YEAR = /^(?:1[5-9]\d\d|20\d\d)s?$/;
const ARGUING_CUES = new Set(["obligation", "contrast", "concession", "stance", "booster", "hedge"]);

export function genreSignals(sentences: readonly TaggedSentence[], cues: readonly Cue[][]): GenreSignals {
  const n = Math.max(1, sentences.length);
  let firstPerson = 0;
  let past = 0;
  let dated = 0;
  let arguing = 0;
  sentences.forEach((sentence, i) => {
    const { tokens } = sentence;
    if (tokens.some((t) => t.text === "I" || t.lower === "me" || t.lower === "my" || t.lower === "myself")) firstPerson++;
    const verb = mainVerb(tokens, -1, tokens.length);
    if (verb >= 0 && isPastVerb(tokens[verb]!)) past++;
    if (tokens.some((t) => YEAR.test(t.text))) dated++;
    // A judging word after the main verb, or a cue of arguing anywhere (claimProfile's reading,
    // cheapened: this runs over every sentence of the essay).
    const from = verb < 0 ? 0 : verb;
    const judges = tokens.some((t, k) => k >= from && (t.pos === "ADJ" || t.pos === "ADV" || t.pos === "VERB" || t.pos === "NOUN") && EVALUATIVE_WORDS.has(t.lemma));
    // (A bare modal — "might reach the coast in a day" — states a possibility, not a position.)
    if (judges || (cues[i] ?? []).some((c) => ARGUING_CUES.has(c.kind) && !(c.kind === "hedge" && BARE_MODALS.test(c.text)))) arguing++;
  });
  return { firstPerson: firstPerson / n, past: past / n, dated: dated / n, arguing: arguing / n };
}

/**
 * The section's genre. First person in a third of its sentences makes it reflective (a memoir
 * may judge, but its judgements are the author's own); mostly past tense makes it a narrative;
 * otherwise it argues when a good share of its sentences judge, and explains when they describe.
 */
export function genreOf(signals: GenreSignals): Genre {
  if (signals.firstPerson >= 0.3) return "reflects";
  if (signals.past >= 0.5 && signals.arguing < 0.5) return "narrates";
  if (signals.arguing >= 0.4) return "argues";
  return signals.past >= 0.5 ? "narrates" : "explains";
}

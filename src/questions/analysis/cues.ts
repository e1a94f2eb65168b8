// Finds the cue words of one sentence (connectives, hedges, boosters, modals, stance words),
// using part-of-speech tags to skip the senses that are no cue ("so many", "since 2013",
// "not yet", "is still").
import { CUE_PHRASES, CUE_WORDS } from "./cueWords.js";
import type { CueKind } from "./cueWords.js";
import type { Token } from "./tagger.js";

export interface Cue {
  kind: CueKind;
  /** The cue as written (exact text). */
  text: string;
  /** Token range [first, end) of the cue. */
  first: number;
  end: number;
  /**
   * The cue stands in the sentence's own main clause, not inside a relative clause ("my uncle,
   * who drank and could not keep a job"), a subordinate clause ("when the forecasts were wrong")
   * or an opening phrase: only there is it the author's hedge, absolute or prediction.
   */
  main: boolean;
}

const CLAUSE_OPENERS = new Set(["PRON", "DET", "NOUN", "PROPN", "ADJ", "NUM", "ADV", "AUX", "VERB"]);

function followsBoundary(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev === undefined || /^[,;:—–(]$/.test(prev.text);
}

function isCueSense(word: string, kind: CueKind, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  switch (word) {
    case "so":
      // "so many", "so far" intensify; "…, so the city" introduces a result.
      return next !== undefined && next.pos !== "ADJ" && next.pos !== "ADV" && CLAUSE_OPENERS.has(next.pos) && followsBoundary(tokens, i);
    case "since":
      return t.pos === "SCONJ" && next !== undefined && next.pos !== "NUM";
    case "still":
    case "yet":
      return followsBoundary(tokens, i) || t.pos === "CCONJ";
    case "may":
      return t.text === "may" || (t.text === "May" && i === 0 && next?.pos === "VERB");
    case "will":
      return t.pos === "AUX" || t.pos === "VERB" ? t.text !== "Will" || i > 0 : false;
    case "all":
    case "every":
      // "every time", "every few years", "all day": a frequency, not a universal claim.
      if (next !== undefined && /^(?:time|times|day|days|week|weeks|month|months|year|years|morning|evening|night|few|other|now)$/.test(next.lower)) return false;
      return next !== undefined && (next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "DET");
    case "only":
      // "the only way out", "only if", "only to try" claim exclusivity; "his only ally" means "sole".
      return tokens[i - 1]?.lower === "the" || (next !== undefined && ["VERB", "AUX", "ADP", "SCONJ", "PART", "ADV"].includes(next.pos));
    case "right":
    case "fair":
    case "deep":
      return t.pos === "ADJ";
    case "could":
      return t.pos === "AUX" || t.pos === "VERB";
    case "possible":
      // "made it possible", "as far as possible": an ability or a limit, not a doubt ("it is
      // possible that" is a phrase cue of its own).
      return next?.lower === "that";
    case "doubt":
      // "no doubt", "beyond doubt" assert; "I doubt", "many doubt" report a doubt.
      return !/^(?:no|beyond|without)$/.test(tokens[i - 1]?.lower ?? "");
    default:
      return kind !== "prediction" || t.pos === "AUX" || t.pos === "VERB";
  }
}

/** Multi-word cues indexed by their first word, longest first, split once. */
const PHRASES_BY_FIRST_WORD = new Map<string, Array<{ words: string[]; kind: CueKind }>>();
for (const [phrase, kind] of CUE_PHRASES) {
  const words = phrase.split(" ");
  const list = PHRASES_BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push({ words, kind });
  PHRASES_BY_FIRST_WORD.set(words[0]!, list);
}

export function findCues(tokens: readonly Token[]): Cue[] {
  const subordinate = subordinateMask(tokens);
  const cues: Cue[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    for (const { words, kind } of PHRASES_BY_FIRST_WORD.get(tokens[i]!.lower) ?? []) {
      if (i + words.length > tokens.length) continue;
      if (words.every((w, k) => tokens[i + k]!.lower === w) && !words.some((_, k) => taken.has(i + k))) {
        cues.push({ kind, text: phraseText(tokens, i, i + words.length), first: i, end: i + words.length, main: !subordinate[i] });
        words.forEach((_, k) => taken.add(i + k));
      }
    }
  }
  tokens.forEach((t, i) => {
    if (taken.has(i)) return;
    const kind = CUE_WORDS.get(t.lower);
    if (kind === undefined || !isCueSense(t.lower, kind, tokens, i)) return;
    cues.push({ kind, text: t.text, first: i, end: i + 1, main: !subordinate[i] });
  });
  return cues.sort((a, b) => a.first - b.first);
}

function phraseText(tokens: readonly Token[], from: number, to: number): string {
  let out = "";
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    out += k > from && prev && t.start > prev.end ? ` ${t.text}` : t.text;
  }
  return out;
}

/** Words opening a clause that is not the sentence's main one. */
const SUBORDINATORS = /^(?:if|unless|when|whenever|because|although|though|while|whereas|since|once|until|before|after|where|wherever)$/;
const RELATIVES = /^(?:who|which|whom|whose)$/;

/**
 * For each token, whether it lies outside the main clause: in a relative clause (from "who",
 * "which" or a "that" after a noun, to the next comma or to where the main clause's verb takes
 * over), or in a subordinate clause or phrase (to its comma, or to the end when it comes last).
 * The cue words in those parts are someone else's or serve as background, not the author's own
 * claim: "my uncle, who … could not keep a job", "when the forecasts were wrong".
 */
const masks = new WeakMap<readonly Token[], boolean[]>();

export function subordinateMask(tokens: readonly Token[]): boolean[] {
  let mask = masks.get(tokens);
  if (!mask) masks.set(tokens, (mask = computeMask(tokens)));
  return mask;
}

function computeMask(tokens: readonly Token[]): boolean[] {
  const mask = tokens.map(() => false);
  let inside: "no" | "relative" | "subordinate" = "no";
  let ownVerb = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (/^[;:—–]$/.test(t.text)) {
      inside = "no";
      continue;
    }
    if (inside !== "no" && t.text === ",") {
      inside = "no";
      continue;
    }
    if (inside === "relative") {
      const verb = t.pos === "VERB" || t.pos === "AUX";
      // "messages that once took days arrived in minutes": a second verb, straight after the
      // relative clause's object and not joined to it by "and", is the main clause's.
      if (verb && ownVerb && prev !== undefined && prev.pos !== "AUX" && prev.pos !== "CCONJ" && prev.pos !== "PART" && (prev.pos === "NOUN" || prev.pos === "PROPN" || prev.pos === "ADV" || prev.pos === "NUM")) {
        inside = "no";
      } else {
        if (verb) ownVerb = true;
        mask[k] = true;
        continue;
      }
    }
    if (inside === "subordinate") {
      mask[k] = true;
      continue;
    }
    const relative = k > 0 && (RELATIVES.test(t.lower) || (t.lower === "that" && (prev?.pos === "NOUN" || prev?.pos === "PROPN") && tokens[k + 1]?.pos !== "NOUN"));
    const subordinate = SUBORDINATORS.test(t.lower) && (t.pos === "SCONJ" || t.pos === "ADP" || t.pos === "ADV") && !(t.lower === "since" && tokens[k + 1]?.pos === "VERB");
    if (relative) {
      inside = "relative";
      ownVerb = false;
      mask[k] = true;
    } else if (subordinate) {
      inside = "subordinate";
      mask[k] = true;
    }
  }
  return mask;
}

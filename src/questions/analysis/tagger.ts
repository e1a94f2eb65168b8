// Part-of-speech tagging of one sentence with wink-nlp's light English model, returning tokens
// located exactly in the sentence text (so quoted spans can be cut from the original).
// wink-nlp was chosen over compromise by measurement (docs/questions.md): ~25× faster per
// section and quicker to start; its model has no person/place entities, so actors.ts builds
// them from proper-noun runs instead.
import type { ItsFunction, PartOfSpeech, WinkMethods } from "wink-nlp";
import { winkTagger } from "../../essay/partsOfSpeech.js";

/** wink's part-of-speech tags (its type list omits SCONJ, which the model does emit). */
export type Pos = PartOfSpeech | "SCONJ";

export interface Token {
  /** Exact text, === sentence.slice(start, end). */
  text: string;
  start: number;
  end: number;
  pos: Pos;
  /** Lower-cased lemma ("sanctions" → "sanction"). */
  lemma: string;
  /** Lower-cased surface form. */
  lower: string;
  stop: boolean;
}

let engine: WinkMethods | undefined;

/**
 * Loads the model once; the first call costs the start-up time measured in the bench. It is the
 * essay engine's instance (the POS pipe only: sentence splitting is the essay engine's, entities
 * come from actors.ts), so the model is in memory once.
 */
export function loadTagger(): WinkMethods {
  engine ??= winkTagger() ?? undefined;
  if (!engine) throw new Error("wink-nlp's English model could not be loaded: run npm ci to install it.");
  return engine;
}

/** Tokens of a whole paragraph (one model pass is about twice as fast as one per sentence). */
export function tagText(text: string): Token[] {
  const nlp = loadTagger();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value);
  const pos = tokens.out(its.pos) as Pos[];
  // The lemma helper's declared signature differs from what out() accepts; it works as documented.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>);
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const result: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    // wink keeps token text verbatim; searching forward tolerates any whitespace between tokens.
    const start = text.indexOf(value, cursor);
    if (start < 0) return;
    const end = start + value.length;
    cursor = end;
    result.push({ text: value, start, end, pos: pos[i] ?? "X", lemma: (lemmas[i] ?? value).toLowerCase(), lower: value.toLowerCase(), stop: stops[i] === true });
  });
  return result;
}

/** The tokens of text[start, end), with offsets made relative to start and tags corrected. */
export function tokensWithin(tokens: readonly Token[], start: number, end: number): Token[] {
  // Tokens are in text order and do not overlap, so those inside form one run: found by binary
  // search, not a scan of the whole paragraph for each of its sentences.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const result: Token[] = [];
  for (let k = lo; k < tokens.length && tokens[k]!.end <= end; k++) {
    const t = tokens[k]!;
    result.push({ text: t.text, start: t.start - start, end: t.end - start, pos: correctedPos(t.text, t.pos, k === lo), lemma: t.lemma, lower: t.lower, stop: t.stop });
  }
  return result;
}

export function tagSentence(sentence: string): Token[] {
  return tokensWithin(tagText(sentence), 0, sentence.length);
}

/** The light model tags some names as verbs ("ORCA LIFT"); capitals mid-sentence are names. */
function correctedPos(value: string, pos: Pos, first: boolean): Pos {
  if (/^\p{Lu}{2,}$/u.test(value) && value !== "I") return "PROPN";
  if (!first && (pos === "VERB" || pos === "AUX" || pos === "ADV") && /^\p{Lu}/u.test(value)) return "PROPN";
  return pos;
}

// Parts of speech for the few sentences a section title is drawn from, from wink-nlp's light English
// model (already a dependency of the question generator). It is loaded on first use, synchronously, so
// buildEssay stays synchronous and essays that never need a generated title never pay for it.
// Measured cost (docs/essay-engine.md): about 0.1 s to load once, then about 1.3 µs a token.
import { createRequire } from "node:module";
import type { WinkMethods } from "wink-nlp";

/** Universal part-of-speech tags as wink's model emits them. */
export type PartOfSpeech = "ADJ" | "ADP" | "ADV" | "AUX" | "CCONJ" | "DET" | "INTJ" | "NOUN" | "NUM" | "PART" | "PRON" | "PROPN" | "PUNCT" | "SCONJ" | "SYM" | "VERB" | "X" | "SPACE";

export interface TaggedWord {
  /** Exact text, === text.slice(start, end) of the text that was tagged. */
  text: string;
  start: number;
  end: number;
  pos: PartOfSpeech;
}

let engine: WinkMethods | null | undefined;

/**
 * The tagger, or null when it cannot be loaded (titles then fall back to a section's first words, and
 * nothing throws). The question generator tags with this same instance: one model in memory, loaded once.
 */
export function winkTagger(): WinkMethods | null {
  if (engine === undefined) {
    try {
      const require = createRequire(import.meta.url);
      const winkNLP = require("wink-nlp") as typeof import("wink-nlp").default;
      const model = require("wink-eng-lite-web-model") as import("wink-nlp").Model;
      // Only the tagger: sentences are the essay engine's own, and entities are not needed for titles.
      engine = winkNLP(model, ["pos"]);
    } catch {
      engine = null;
    }
  }
  return engine;
}

/** The words of `text` with their parts of speech, located exactly in it (none when the tagger is missing). */
export function tagWords(text: string): TaggedWord[] {
  const nlp = winkTagger();
  if (!nlp) return [];
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(nlp.its.value);
  const tags = tokens.out(nlp.its.pos) as PartOfSpeech[];
  const words: TaggedWord[] = [];
  let cursor = 0;
  values.forEach((value, index) => {
    // wink keeps each token's text as written; searching forward steps over whatever spacing lies between.
    const start = text.indexOf(value, cursor);
    if (start < 0) return;
    cursor = start + value.length;
    words.push({ text: value, start, end: cursor, pos: tags[index] ?? "X" });
  });
  return words;
}

// Key phrases of a section: noun phrases chunked from part-of-speech tags ("maximum pressure",
// "an agreed, incremental roadmap of actions"), scored YAKE/TF-IDF-style by how often their words
// occur in this section and how particular they are to it compared with the rest of the essay.
import { PERSON_TITLES } from "./cueWords.js";
import type { Token } from "./tagger.js";
import type { TaggedSentence } from "./taggedSentence.js";

export interface PhraseOccurrence {
  sentence: number;
  /** Character offsets in the sentence text. */
  start: number;
  end: number;
  /** Exact text of this occurrence (no leading article). */
  text: string;
  /** Exact text with its article when it has one ("a level of rapport"): what questions quote. */
  quoted: string;
  /**
   * Cut from a longer noun phrase ("[a more] powerful set of pressures", "[the Earth’s] magnetic
   * field"): reads as broken English when quoted alone.
   */
  truncated: boolean;
  /** Token range [first, end) of the phrase in its sentence (when it came from the chunker). */
  tokens?: [number, number];
}

export interface KeyPhrase {
  /** Exact text of its first occurrence, without a leading article or possessive. */
  text: string;
  /** Lemmas of its content words, space-joined: equal keys are the same phrase. */
  key: string;
  lemmas: string[];
  score: number;
  occurrences: PhraseOccurrence[];
  /** Number of content words. */
  size: number;
  /** Contains a proper noun: a name, not an idea. */
  hasName: boolean;
  /** Lemma of the head noun ("regurgitation" in "regurgitation of previous commitments"). */
  head: string;
  /** The head noun is plural ("real negotiations"): questions refer back with "them". */
  plural: boolean;
}

/** Words too general to make a phrase key on their own. */
const GENERIC = new Set([
  "way",
  "thing",
  "time",
  "year",
  "part",
  "kind",
  "lot",
  "fact",
  "number",
  "case",
  "point",
  "sense",
  "place",
  "day",
  "hour",
  "one",
  "other",
  "many",
  "much",
  "most",
  "more",
  "same",
  "own",
  "such",
  "first",
  "second",
  "new",
  "good",
  "deal",
  "people",
  "author",
  "something",
]);

const PHRASE_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
const HEAD_POS = new Set(["NOUN", "PROPN"]);

const chunked = new WeakMap<TaggedSentence, PhraseOccurrence[]>();

/** Maximal noun-phrase chunks in a sentence, optionally extended by one "of"-phrase (memoised). */
export function nounPhrases(sentence: TaggedSentence): PhraseOccurrence[] {
  let phrases = chunked.get(sentence);
  if (!phrases) chunked.set(sentence, (phrases = chunk(sentence)));
  return phrases;
}

function chunk(sentence: TaggedSentence): PhraseOccurrence[] {
  const { tokens, text } = sentence;
  const chunks: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    let common = false;
    while (i < tokens.length && (inPhrase(tokens, i) || gluedHyphen(tokens, i, start))) {
      const t = tokens[i]!;
      // Names lead a phrase ("Singapore summit") but do not follow a common noun ("meeting Chinese President").
      if (t.pos === "PROPN" && common) break;
      if (t.pos !== "PROPN" && t.pos !== "NUM") common = true;
      if (PERSON_TITLES.has(t.lower) && /^\p{Lu}/u.test(t.text)) break;
      i++;
    }
    let end = i;
    while (end > start && !HEAD_POS.has(tokens[end - 1]!.pos)) end--;
    if (end > start) chunks.push([start, end]);
    if (i === start) i++;
  }
  const result: PhraseOccurrence[] = [];
  chunks.forEach(([from, to], c) => {
    let first = from;
    while (first < to && (tokens[first]!.stop || tokens[first]!.text === "-" || tokens[first]!.lower === "like")) first++;
    if (first >= to) return;
    // "…, outline intentions and set a stage": a verb and its object the light model tagged as
    // nouns (a bare base-form word then a plural, after a comma or "and", with no determiner).
    const lead = tokens[first]!;
    const head = tokens[first + 1];
    const before = tokens[first - 1];
    if (to - first === 2 && head && lead.lower === lead.lemma && head.lower !== head.lemma && (before === undefined || before.text === "," || before.pos === "CCONJ")) return;
    let last = to;
    // "roadmap of actions and timetables": extend through one "of" when the next chunk follows it.
    const next = chunks[c + 1];
    const between = tokens.slice(to, next?.[0] ?? to);
    if (next && between.length >= 1 && between[0]!.lower === "of" && between.every((t) => t.lower === "of" || t.pos === "DET")) {
      if (next[1] - first <= 6) last = next[1];
    }
    const article = tokens[first - 1];
    const hasArticle = article !== undefined && /^(?:a|an|the)$/.test(article.text);
    const quotedStart = hasArticle ? article.start : tokens[first]!.start;
    // Something other than a plain article or a boundary before it: the phrase lost its start.
    const truncated = !hasArticle && article !== undefined && ["DET", "PRON", "PART", "ADJ", "NUM", "ADV"].includes(article.pos) || article?.text === ",";
    const add = (end: number) => {
      const startChar = tokens[first]!.start;
      const endChar = tokens[end - 1]!.end;
      // The tokenizer can split inside a word with letters it does not know ("Wi|ś|niewski").
      if (/\p{L}/u.test(text.charAt(startChar - 1)) || /\p{L}/u.test(text.charAt(endChar))) return;
      // "a network [redesign create …]": the phrase goes on past where the tagger stopped it.
      const after = tokens[end];
      const cutShort = after !== undefined && (after.pos === "NOUN" || (after.pos === "VERB" && ["VERB", "AUX", "NOUN"].includes(tokens[end + 1]?.pos ?? "")));
      result.push({ sentence: sentence.index, start: startChar, end: endChar, text: text.slice(startChar, endChar), quoted: text.slice(quotedStart, endChar), truncated: truncated || cutShort, tokens: [first, end] });
    };
    add(last);
    if (last !== to) add(to);
  });
  return result;
}

function inPhrase(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // "an agreed, incremental roadmap": a comma between two adjectives stays inside the phrase.
  if (t.text === "," && tokens[i - 1]?.pos === "ADJ" && tokens[i + 1]?.pos === "ADJ") return true;
  if (!PHRASE_POS.has(t.pos)) return false;
  // Possessive pronouns and numbers alone are not phrase material; "’s" is PART and ends chunks.
  return /\p{L}/u.test(t.text);
}

function gluedHyphen(tokens: readonly Token[], i: number, start: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (i > start && t.text === "-" && prev && next && prev.end === t.start && next.start === t.end) return true;
  // The word after a glued hyphen belongs to the compound whatever its tag ("top-down", "all-door").
  return i > start && prev !== undefined && prev.text === "-" && prev.end === t.start && /\p{L}/u.test(t.text);
}

/** The phrase's tokens: by its token range when known (a scan of the sentence otherwise). */
function tokensOf(sentence: TaggedSentence, occurrence: PhraseOccurrence): Token[] {
  return occurrence.tokens ? sentence.tokens.slice(occurrence.tokens[0], occurrence.tokens[1]) : sentence.tokens.filter((t) => t.start >= occurrence.start && t.end <= occurrence.end);
}

const LETTER = /\p{L}/u;

function phraseLemmas(inside: readonly Token[]): string[] {
  const lemmas: string[] = [];
  for (const t of inside) if (!t.stop && t.text !== "-" && LETTER.test(t.text)) lemmas.push(t.lemma);
  return lemmas;
}

/**
 * Scores the noun phrases of one section against the whole essay.
 * @param documentFrequency lemma → number of sections it occurs in
 */
export function scoreKeyPhrases(
  section: readonly TaggedSentence[],
  documentFrequency: ReadonlyMap<string, number>,
  sectionCount: number,
): KeyPhrase[] {
  const termFrequency = new Map<string, number>();
  for (const sentence of section) {
    for (const t of sentence.tokens) {
      if (!t.stop && (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ" || t.pos === "VERB")) {
        termFrequency.set(t.lemma, (termFrequency.get(t.lemma) ?? 0) + 1);
      }
    }
  }
  const weight = (lemma: string) => {
    if (GENERIC.has(lemma)) return 0.1;
    const tf = termFrequency.get(lemma) ?? 1;
    const df = documentFrequency.get(lemma) ?? 1;
    return (1 + Math.log(tf)) * Math.log(1 + sectionCount / df) + 0.2;
  };
  const phrases = new Map<string, KeyPhrase>();
  section.forEach((sentence, position) => {
    for (const occurrence of nounPhrases(sentence)) {
      const inside = tokensOf(sentence, occurrence);
      const lemmas = phraseLemmas(inside);
      if (lemmas.length === 0 || lemmas.length > 6) continue;
      const key = lemmas.join(" ");
      const existing = phrases.get(key);
      if (existing) {
        existing.occurrences.push(occurrence);
        existing.score += 0.5 * existing.score / existing.occurrences.length;
        continue;
      }
      const base = lemmas.reduce((sum, lemma) => sum + weight(lemma), 0) / Math.sqrt(lemmas.length);
      // Earlier phrases tend to name the section's topic.
      const early = 1 + 0.2 / (1 + position);
      const hasName = inside.some((t) => t.pos === "PROPN");
      const ofAt = inside.findIndex((t) => t.lower === "of");
      const headToken = [...(ofAt > 0 ? inside.slice(0, ofAt) : inside)].reverse().find((t) => t.pos === "NOUN" || t.pos === "PROPN");
      const head = headToken?.lemma ?? lemmas[lemmas.length - 1]!;
      const plural = headToken !== undefined && headToken.lower !== headToken.lemma && /s$/.test(headToken.lower);
      phrases.set(key, { text: occurrence.text, key, lemmas, score: base * early, occurrences: [occurrence], size: lemmas.length, hasName, head, plural });
    }
  });
  return [...phrases.values()].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

// Noun phrases of a tagged sentence, for section titles: an optional determiner or possessor, modifiers,
// a head noun, and at most one prepositional tail ("the thinness | of the communique", "the door | to the
// club", "Kim’s need | for political cover"). Hyphenated compounds count as one word
// ("partly-foreign-educated", "Trump-Kim"). A phrase always ends in its head noun, so a title drawn from
// it never ends in a stop word or a verb.
import type { PartOfSpeech, TaggedWord } from "./partsOfSpeech.js";

export interface PhraseWord {
  text: string;
  /** The text in lower case (worked out once: every rule below looks at it). */
  lower: string;
  /** Holds a digit ("2020s", "2,900"): never part of a title. */
  digit?: boolean;
  start: number;
  end: number;
  pos: PartOfSpeech | "POSS";
}

export interface NounPhrase {
  /** Where the phrase starts in the sentence, with and without its determiner (character offsets). */
  start: number;
  coreStart: number;
  end: number;
  /** "a", "the", "his", "Kim’s"…; the possessor of a "’s" is a word of its own with pos POSS. */
  determiner: PhraseWord | undefined;
  /** Modifiers and head, then (if any) the preposition, its determiner and its object. */
  words: PhraseWord[];
  /** Index in `words` of the head noun of the core (before any tail). */
  head: number;
  /** Index in `words` of the preposition opening the tail, or -1. */
  tailAt: number;
}

const ARTICLES = new Set(["a", "an", "the"]);
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their", "our", "my", "your"]);
/** Prepositions whose phrase completes a title ("the door to the club", "a gulf in understanding"). */
const TAIL_PREPOSITIONS = new Set(["of", "to", "for", "in", "on", "with", "against", "about", "from", "over", "under", "without", "beyond", "behind"]);
const MODIFIER: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN"]);
const QUANTIFIERS = new Set(["much", "many", "more", "most", "less", "least", "few", "fewer", "several", "other", "another", "such", "same", "various", "certain", "only", "own", "enough", "all", "both", "every", "each", "no", "some", "any", "one", "very", "whole", "entire"]);
const HEAD: ReadonlySet<string> = new Set(["NOUN", "PROPN"]);
const HAS_DIGIT = /\d/;
/** Forms of "be", "have" and "do", which the light model sometimes takes for nouns ("There were years"). */
const AUXILIARIES = new Set(["is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "done"]);
/** What may follow a verb the tagger took for a noun: its object or clause. */
const VERB_OBJECT_OPENERS: ReadonlySet<string> = new Set(["DET", "SCONJ", "PRON", "PART"]);
const AFTER_BARE_VERB: ReadonlySet<string> = new Set(["ADP", "DET", "PRON", "SCONJ", "PART"]);
/** Words after a tail's object that show the object goes on ("in favor | of…", "of people | who…"). */
const OBJECT_GOES_ON = new Set(["of", "who", "whom", "whose", "which", "that"]);
/** The longest phrase worth titling with, in words (determiner included). */
const MAX_WORDS = 7;

/** The noun phrases of one sentence, left to right, each with and without its tail. */
export function nounPhrases(tagged: readonly TaggedWord[], sentence: string): NounPhrase[] {
  const words = joinCompounds(tagged, sentence);
  const phrases: NounPhrase[] = [];
  let index = 0;
  while (index < words.length) {
    const core = readCore(words, index);
    if (!core) {
      index += 1;
      continue;
    }
    const { determiner, first, last } = core;
    const coreWords = words.slice(first, last + 1);
    const start = (determiner ?? coreWords[0])?.start ?? 0;
    const coreStart = coreWords[0]?.start ?? 0;
    const end = coreWords[coreWords.length - 1]?.end ?? 0;
    const head = coreWords.length - 1;
    const tail = readTail(words, last + 1);
    if (tail && coreWords.length + tail.length + (determiner ? 1 : 0) <= MAX_WORDS) {
      phrases.push({ start, coreStart, end: tail[tail.length - 1]?.end ?? end, determiner, words: coreWords.concat(tail), head, tailAt: coreWords.length });
    }
    if (coreWords.length + (determiner ? 1 : 0) <= MAX_WORDS) phrases.push({ start, coreStart, end, determiner, words: coreWords, head, tailAt: -1 });
    // A verb the tagger took for a noun ended the phrase; the next phrase starts after it.
    index = last + 1 < words.length && looksLikeVerbAfterNoun(words, last + 1) ? last + 2 : last + 1;
  }
  return phrases;
}

/** Modifiers and a head noun starting at `from` (after an optional determiner); undefined when there is none. */
function readCore(words: readonly PhraseWord[], from: number): { determiner: PhraseWord | undefined; first: number; last: number } | undefined {
  let first = from;
  let determiner: PhraseWord | undefined;
  const opening = words[from];
  if (opening && isDeterminer(opening)) {
    determiner = opening;
    first = from + 1;
  }
  // "Kim’s need", "a hope": after a determiner the tagger's verb is a noun.
  const afterDeterminer = words[first];
  if (determiner && afterDeterminer && (afterDeterminer.pos === "VERB" || afterDeterminer.pos === "AUX") && !isParticipleForm(afterDeterminer.lower)) afterDeterminer.pos = "NOUN";
  // "much progress", "one railroad": quantifiers act as determiners, not as modifiers; before an
  // adjective ("more top-down approach", "very large pot") they are degree words, simply left out.
  while (QUANTIFIERS.has(words[first]?.lower ?? "") && words[first + 1] !== undefined) {
    if (words[first + 1]?.pos !== "ADJ") determiner ??= words[first];
    first += 1;
  }
  // "…, meeting Chinese President Xi": an -ing word opening a phrase without a determiner is a verb.
  const before = words[first - 1];
  if (!determiner && (words[first]?.lower ?? "").endsWith("ing") && before?.pos !== "ADP") first += 1;
  let lastHead = -1;
  for (let index = first; index < words.length; index += 1) {
    const word = words[index];
    if (!word || word.digit === true || AUXILIARIES.has(word.lower) || !(MODIFIER.has(word.pos) || isParticipleModifier(words, index) || (index === first && isSpelledNumber(words, index)))) break;
    // "the world adopted time zones", "the deeper lesson concerns co-operation": a verb the tagger took for a noun.
    if (index > first && looksLikeVerbAfterNoun(words, index)) break;
    if (HEAD.has(word.pos)) lastHead = index;
  }
  if (lastHead < first) return undefined;
  // ", outline intentions and": a bare verb and its object, with no determiner, after a comma or "and".
  const opening2 = words[first];
  if (!determiner && lastHead === first + 1 && opening2 && (before === undefined || before.text === "," || before.pos === "CCONJ") && !/s$/.test(opening2.text) && /[^s]s$/.test(words[lastHead]?.text ?? "") && opening2.pos === "NOUN") return undefined;
  return { determiner, first, last: lastHead };
}

/** Words in -ed that are not past tenses ("need", "hundred", "sacred"). */
const NOT_VERB_ENDINGS = /(eed|hundred|sacred|kindred|naked|wicked|rugged|ragged|beloved)$/;

/** "testing", "agreed": a participle, which may modify a noun; "need", "bring" are not. */
function isParticipleForm(lower: string): boolean {
  return lower.length > 4 && (lower.endsWith("ing") || (lower.endsWith("ed") && !NOT_VERB_ENDINGS.test(lower)));
}

function looksLikeVerbAfterNoun(words: readonly PhraseWord[], index: number): boolean {
  const word = words[index];
  const previous = words[index - 1];
  const next = words[index + 1];
  if (!word || !previous || !HEAD.has(previous.pos)) return false;
  const text = word.lower;
  if (text.length > 4 && text.endsWith("ed") && !NOT_VERB_ENDINGS.test(text)) return true;
  const previousPlural = endsInS(previous.lower);
  // A singular noun, then an -s word, then more phrase: "lesson concerns co-operation", "Singapore signals that".
  if (!previous.lower.endsWith("s") && endsInS(text) && !/[sui]s$/.test(text) && next !== undefined && (MODIFIER.has(next.pos) || VERB_OBJECT_OPENERS.has(next.pos))) return true;
  // A plural noun, then a bare one before a preposition or clause: "shopkeepers fear for", "sleepers talk about".
  return previousPlural && !text.endsWith("s") && (next === undefined || AFTER_BARE_VERB.has(next.pos));
}

/** Ends in one "s" ("threats", not "class"). */
function endsInS(word: string): boolean {
  return word.length > 1 && word.endsWith("s") && !word.endsWith("ss");
}

/** "of the communique", "to the club", "for political cover": a preposition and a noun phrase without a tail. */
function readTail(words: readonly PhraseWord[], at: number): PhraseWord[] | undefined {
  const preposition = words[at];
  if (!preposition || (preposition.pos !== "ADP" && preposition.lower !== "to") || !TAIL_PREPOSITIONS.has(preposition.lower)) return undefined;
  const object = readCore(words, at + 1);
  if (!object) return undefined;
  // "in favor | of the economy", "of people | who like…": the object goes on, and the tail would cut it.
  if (OBJECT_GOES_ON.has(words[object.last + 1]?.lower ?? "")) return undefined;
  const determiner = object.determiner && (ARTICLES.has(object.determiner.lower) || object.determiner.pos === "POSS") ? [object.determiner] : [];
  if (object.determiner && determiner.length === 0) return undefined; // "of their own": not a tidy tail
  return [preposition, ...determiner, ...words.slice(object.first, object.last + 1)];
}

function isDeterminer(word: PhraseWord): boolean {
  const lower = word.lower;
  return word.pos === "POSS" || (word.pos === "DET" && lower !== "both" && lower !== "all") || POSSESSIVE_PRONOUNS.has(lower);
}

/** "the agreed roadmap", "a growing economy": a participle between a determiner or modifier and a noun. */
function isParticipleModifier(words: readonly PhraseWord[], index: number): boolean {
  const word = words[index];
  const next = words[index + 1];
  const previous = words[index - 1];
  if (!word || word.pos !== "VERB" || !/(ed|ing|en)$/.test(word.lower) || !next || !MODIFIER.has(next.pos)) return false;
  // "a growing economy", but "in getting international sanctions": an -ing word needs a determiner or adjective.
  if (word.lower.endsWith("ing")) return previous !== undefined && (isDeterminer(previous) || previous.pos === "ADJ");
  // After a noun or pronoun it is the verb of a clause: "Pontevedra removed cars", "they shared resources";
  // after an adverb it has a modifier of its own the phrase would cut ("a widely | used library").
  return previous === undefined || !["NOUN", "PROPN", "PRON", "AUX", "VERB", "PART", "ADV"].includes(previous.pos);
}

/** "two ways of looking": a number word opening a phrase counts; digits and compound numbers do not ("2,900 employees", "nine hundred objects"). */
function isSpelledNumber(words: readonly PhraseWord[], index: number): boolean {
  const word = words[index];
  return word?.pos === "NUM" && /^\p{L}+$/u.test(word.text) && words[index - 1]?.pos !== "NUM" && words[index + 1]?.pos !== "NUM";
}

/**
 * Words of the sentence with hyphenated compounds joined ("partly", "-", "foreign", "-", "educated" →
 * "partly-foreign-educated", a modifier) and "’s" joined to its possessor ("Kim’s", pos POSS).
 */
function joinCompounds(tagged: readonly TaggedWord[], sentence: string): PhraseWord[] {
  const words: PhraseWord[] = [];
  for (let index = 0; index < tagged.length; index += 1) {
    const token = tagged[index];
    if (!token) continue;
    const previous = words[words.length - 1];
    const next = tagged[index + 1];
    if (token.text === "-" && previous && next && previous.end === token.start && next.start === token.end && /\p{L}/u.test(next.text)) {
      const pos = next.pos === "NOUN" || next.pos === "PROPN" ? (previous.pos === "PROPN" && next.pos === "PROPN" ? "PROPN" : next.pos) : "ADJ";
      const text = sentence.slice(previous.start, next.end);
      words[words.length - 1] = { text, lower: text.toLowerCase(), start: previous.start, end: next.end, pos };
      index += 1;
      continue;
    }
    if (/^['’]s?$/u.test(token.text) && previous && previous.end === token.start && (previous.pos === "PROPN" || previous.pos === "NOUN")) {
      // A name's possessive takes the whole name: "North Korea’s".
      let first = words.length - 1;
      while (previous.pos === "PROPN" && words[first - 1]?.pos === "PROPN" && sentence.slice(words[first - 1]?.end ?? 0, words[first]?.start ?? 0) === " ") first -= 1;
      const start = words[first]?.start ?? previous.start;
      const text = sentence.slice(start, token.end);
      words.splice(first, words.length - first, { text, lower: text.toLowerCase(), start, end: token.end, pos: "POSS" });
      continue;
    }
    const word: PhraseWord = { text: token.text, lower: token.text.toLowerCase(), start: token.start, end: token.end, pos: token.pos };
    if (HAS_DIGIT.test(token.text)) word.digit = true;
    words.push(word);
  }
  return words;
}

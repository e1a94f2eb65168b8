// A title for a section without a heading, the way a teacher would write a table of contents: a short
// noun phrase taken from the section's own text ("International sanctions", "The thinness of the
// communique", "A partly-foreign-educated Korean leader", "The door to the club").
// The sentences most about the section's topic are tagged (partsOfSpeech) and cut into noun phrases
// (nounPhrases); each phrase is scored by how particular its words are to this section (tf-idf against the
// other sections), with its head noun counting double, and by how often it recurs. Titles are in sentence
// case with names as the essay writes them, 2–6 words (one only when nothing better is found), at most 48
// characters, never ending in a stop word or a verb, and never repeating an earlier title or the essay's.
import { contentStems, isTopical, normaliseWord, wordInfo, type WordInfo } from "./contentWords.js";
import type { EssayVocabulary } from "./essayVocabulary.js";
import { nounPhrases, type NounPhrase, type PhraseWord } from "./nounPhrases.js";
import { tagWords, type TaggedWord } from "./partsOfSpeech.js";

export const MAX_TITLE_LENGTH = 48;
const MAX_TITLE_WORDS = 6;
/** Characters of the section's most topical sentences that are tagged: enough to find its phrases, and cheap. */
const TAGGED_CHARACTERS = 700;
const MAX_TAGGED_SENTENCES = 4;
/** Nouns too vague to head a title ("the only way", "a kind of…"). */
const VAGUE_HEADS = new Set(["worth", "way", "thing", "lot", "kind", "sort", "part", "fact", "case", "point", "number", "sense", "matter", "time", "one", "deal", "end", "bit", "side", "something", "anything", "nothing", "everything", "others", "other", "rest", "course", "instance", "example", "moment", "today", "year", "day", "week", "month", "century", "decade", "half"]);
/** A longer title built on the best one wins when it scores at least this share of it. */
const LONGER_TITLE_SHARE = 0.8;
/** Quantities, not things: "none of the goodwill", "most of the sections". */
const QUANTITY_HEADS = new Set(["none", "all", "some", "most", "much", "many", "each", "few", "several", "any", "both", "either", "neither", "more", "less", "rest", "number", "numbers", "lot", "lots", "kind", "kinds", "sort", "sorts", "couple", "handful", "variety", "amount", "majority", "minority", "plenty", "dozen", "dozens", "bit", "deal"]);
/** Vague heads that a noun before them can make specific: "railway time", "the summer months". */
const TIME_HEADS = new Set(["time", "day", "week", "month", "year", "season", "hour", "minute", "age", "era"]);
const ORDINAL = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+tieth|hundredth|thousandth|\p{L}+-(first|second|third|\p{L}+th))$/iu;
/** How much each kind of word adds to a title's topic (others add nothing). */
const CONTENT_SHARE: Partial<Record<PhraseWord["pos"], number>> = { NOUN: 1, PROPN: 1, POSS: 1, ADJ: 0.7, VERB: 0.5 };
/** The most a phrase's recurrence can multiply its score by (1 + 0.3 × 2). */
const MAX_RECURRENCE_GAIN = 1.6;
const ARTICLES = new Set(["a", "an", "the"]);
/** Added to every word's rarity (log inverse section frequency). */
const RARITY_FLOOR = 0.5;
/** A one-word title scores this share of its word's weight: it must be much stronger than any phrase. */
const SINGLE_WORD_SHARE = 0.45;
/** Adjectives that rank or judge rather than say what something is ("the best guide", "the right place"). */
const EMPTY_ADJECTIVES = new Set(
  "best better good great real main important key right true whole usual particular certain simple different same other new old big small large little major general common special various own proper actual obvious least next last first final latest".split(" "),
);
/** Common nouns that make flat titles on their own ("People", "Country"), though fine inside a phrase. */
const PLAIN_NOUNS = new Set(["people", "person", "man", "woman", "world", "country", "life", "work", "place", "thing", "system", "question", "problem", "idea", "group", "area", "state", "issue", "reason", "result", "word"]);

/** What titles already given in the essay rule out. */
export interface TitleMemory {
  /** Lower-cased titles already used, and the essay's own title. */
  titles: Set<string>;
  /** Stems of the head nouns of titles already used: a second title on the same head reads repetitive. */
  heads: Set<string>;
  /** Stems of the essay's title: a title made only of them says nothing about the section. */
  essayTitleStems: ReadonlySet<string>;
}

export function newTitleMemory(essayTitle = ""): TitleMemory {
  return { titles: new Set([essayTitle.toLowerCase()]), heads: new Set(), essayTitleStems: new Set(contentStems(essayTitle)) };
}

export interface Candidate {
  title: string;
  head: string;
  score: number;
}

/**
 * The title of section `sectionIndex`, whose sentences are given; it is added to `memory`.
 * Deterministic: the same essay always gets the same titles.
 */
export function titleSection(sentences: readonly string[], vocabulary: EssayVocabulary, sectionIndex: number, memory: TitleMemory = newTitleMemory(), sentenceStems?: readonly (readonly string[])[]): string {
  const best = rankTitles(sentences, vocabulary, sectionIndex, memory, sentenceStems).find((candidate) => !memory.titles.has(candidate.title.toLowerCase()));
  const title = best?.title ?? fallbackTitle(sentences, memory);
  memory.titles.add(title.toLowerCase());
  if (best) memory.heads.add(best.head);
  return title;
}

/** Candidate titles for a section, best first (exported for tests and tuning). */
export function rankTitles(sentences: readonly string[], vocabulary: EssayVocabulary, sectionIndex: number, memory: TitleMemory = newTitleMemory(), sentenceStems?: readonly (readonly string[])[]): Candidate[] {
  const terms = vocabulary.sectionTerms[sectionIndex] ?? new Map<string, number>();
  const known = new Map<string, number>();
  const weight = (stem: string): number => {
    let value = known.get(stem);
    if (value === undefined) {
      const frequency = terms.get(stem) ?? 0;
      // Sublinear in the count, so one word repeated often does not drown every phrase around it; a floor
      // under the rarity, so the essay's main topic still counts in the sections that dwell on it.
      value = frequency === 0 ? 0 : (1 + Math.log(frequency)) * (RARITY_FLOOR + Math.log(1 + vocabulary.sectionCount / (vocabulary.sectionFrequency.get(stem) ?? 1)));
      known.set(stem, value);
    }
    return value;
  };

  const scored = new Map<string, Scored>();
  const chosen = topicalSentences(sentences, sentenceStems ?? sentences.map(contentStems), weight);
  const tagged = tagEach(chosen.map(([, sentence]) => sentence));
  for (const [index, [position, sentence]] of chosen.entries()) {
    for (const phrase of nounPhrases(tagged[index] ?? [], sentence)) {
      for (const option of phraseOptions(phrase, sentence)) {
        const candidate = scoreOption(option, weight, memory, position === 0);
        if (!candidate) continue;
        const earlier = scored.get(candidate.title);
        if (!earlier || candidate.score > earlier.score) scored.set(candidate.title, candidate);
      }
    }
  }
  // A phrase the section repeats is central to it; counted only for phrases that could still come first.
  const top = Math.max(0, ...[...scored.values()].map((candidate) => candidate.score));
  const sectionText = sentences.join(" ").toLowerCase();
  const candidates: Candidate[] = [...scored.values()].map(({ title, head, score, telling }) => {
    const recurs = telling >= 2 && score * MAX_RECURRENCE_GAIN >= top ? Math.min(2, Math.max(0, countOccurrences(sectionText, title.toLowerCase()) - 1)) : 0;
    return { title, head, score: score * (1 + 0.3 * recurs) };
  });
  return preferLonger(candidates.sort((a, b) => b.score - a.score || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)));
}

/**
 * The words of each sentence with their parts of speech, from one tagger call for them all (each call has a
 * cost of its own); the sentences are separated by blank lines, so none runs into the next.
 */
function tagEach(sentences: readonly string[]): TaggedWord[][] {
  const joint = "\n\n";
  const starts: number[] = [];
  let length = 0;
  for (const sentence of sentences) {
    starts.push(length);
    length += sentence.length + joint.length;
  }
  const perSentence: TaggedWord[][] = sentences.map(() => []);
  let sentence = 0;
  for (const word of tagWords(sentences.join(joint))) {
    while (sentence + 1 < sentences.length && word.start >= (starts[sentence + 1] ?? Number.POSITIVE_INFINITY)) sentence += 1;
    const offset = starts[sentence] ?? 0;
    perSentence[sentence]?.push({ ...word, start: word.start - offset, end: word.end - offset });
  }
  return perSentence;
}

/** A longer phrase that holds a better-scored shorter one ("Korean leader" in "A partly-foreign-educated Korean leader") and nearly matches it says more. */
function preferLonger(ranked: Candidate[]): Candidate[] {
  const [best, ...rest] = ranked;
  if (!best) return ranked;
  const shorter = best.title.toLowerCase();
  const longer = rest.find((candidate) => candidate.score >= LONGER_TITLE_SHARE * best.score && candidate.title.toLowerCase().endsWith(shorter) && candidate.title.length > shorter.length);
  return longer ? [longer, best, ...rest.filter((candidate) => candidate !== longer)] : ranked;
}

/**
 * The sentences most about the section's topic, in text order: picked one by one by the weight of their
 * topical words per word, each pick halving the weight of the words it covers, so the picks cover the
 * section's main words rather than repeat one of them. The first sentence counts a little more.
 */
function topicalSentences(sentences: readonly string[], stems: readonly (readonly string[])[], weight: (stem: string) => number): [number, string][] {
  const candidates = sentences.map((sentence, position) => {
    const distinct = [...new Set(stems[position] ?? [])];
    // About six characters a word: density is per word, so long sentences do not win by length alone.
    const scale = (position === 0 ? 1.2 : 1) / Math.sqrt(sentence.length / 6 + 5);
    return { position, distinct, weights: distinct.map(weight), scale, usable: sentence.length <= 4 * TAGGED_CHARACTERS };
  });
  const covered = new Map<string, number>();
  const chosen: number[] = [];
  let characters = 0;
  while (chosen.length < MAX_TAGGED_SENTENCES) {
    let best: (typeof candidates)[number] | undefined;
    let bestDensity = 0;
    for (const candidate of candidates) {
      // Past the first pick, a sentence must fit in what is left of the budget.
      if (!candidate.usable || (chosen.length > 0 && characters + (sentences[candidate.position]?.length ?? 0) > TAGGED_CHARACTERS)) continue;
      let total = 0;
      candidate.distinct.forEach((stem, index) => {
        total += (candidate.weights[index] ?? 0) / (covered.get(stem) ?? 1);
      });
      const density = total * candidate.scale;
      if (density > bestDensity) [best, bestDensity] = [candidate, density];
    }
    if (!best) break;
    best.usable = false;
    chosen.push(best.position);
    characters += sentences[best.position]?.length ?? 0;
    for (const stem of best.distinct) covered.set(stem, (covered.get(stem) ?? 1) * 2);
  }
  return chosen.sort((a, b) => a - b).map((position) => [position, sentences[position] ?? ""]);
}

interface Option {
  /** Exact text the title is made from. */
  text: string;
  words: readonly PhraseWord[];
  head: PhraseWord;
  /** The head of the prepositional tail's object ("club" in "the door to the club"). */
  tailHead: PhraseWord | undefined;
  /** A determiner the title leaves out that the phrase needs ("no amount of…", "his ability"). */
  droppedDeterminer: boolean;
}

/** The whole phrase, and shorter forms: without its tail, and without leading modifiers ("Korean leader"). */
function phraseOptions(phrase: NounPhrase, sentence: string): Option[] {
  const core = phrase.tailAt < 0 ? phrase.words : phrase.words.slice(0, phrase.tailAt);
  const head = core[phrase.head];
  if (!head) return [];
  const determiner = phrase.determiner;
  const hasTail = phrase.tailAt >= 0;
  const keepDeterminer = determiner !== undefined && shouldKeepDeterminer(determiner, head, hasTail);
  // Leaving out "no", "every", "his"… changes the sense of a singular noun ("no amount" → "Amount").
  const droppedDeterminer = determiner !== undefined && !keepDeterminer && !ARTICLES.has(determiner.lower) && !isPlural(head.lower);
  const end = phrase.end;
  const start = keepDeterminer && determiner ? determiner.start : phrase.coreStart;
  const tailHead = hasTail ? phrase.words[phrase.words.length - 1] : undefined;
  // "Measure with a ruler": a bare noun opening the sentence before a preposition is an imperative verb.
  if (start === 0 && !determiner && core.length === 1 && hasTail) return [];
  const options: Option[] = [{ text: sentence.slice(start, end), words: phrase.words, head, tailHead, droppedDeterminer }];
  if (hasTail) return options; // the phrase without its tail is an option of its own (nounPhrases yields both)
  for (let first = 1; first < core.length; first += 1) {
    const word = core[first];
    const before = core[first - 1];
    // Never start inside a name ("Jong Un Singapore summit").
    if (!word || !before || (before.pos === "PROPN" && word.pos === "PROPN")) continue;
    options.push({ text: sentence.slice(word.start, end), words: core.slice(first), head, tailHead: undefined, droppedDeterminer: false });
  }
  return options;
}

/** "The door to the club", "A deep gulf", "Kim’s need for…" keep their article or possessor; "the sanctions" → "Sanctions". */
function shouldKeepDeterminer(determiner: PhraseWord, head: PhraseWord, hasTail: boolean): boolean {
  if (determiner.pos === "POSS") return true;
  if (!ARTICLES.has(determiner.lower)) return false;
  if (hasTail) return true;
  return head.pos === "NOUN" && !isPlural(head.lower);
}

/** A lower-case noun that looks plural ("threats", not "class", "status", "politics"). */
function isPlural(word: string): boolean {
  return /[^su'’]s$/.test(word) && !/(ics|ness|sis|ous)$/.test(word);
}

interface Scored extends Candidate {
  /** Words of the title that are words of this section. */
  telling: number;
}

/** The topical parts of a phrase word ("North Korea’s" → north, korea), memoised like every word analysis. */
function partsOf(word: PhraseWord): WordInfo[] {
  return word.text.includes(" ") ? word.text.split(" ").map(wordInfo) : [wordInfo(word.text)];
}

function scoreOption(option: Option, weight: (stem: string) => number, memory: TitleMemory, inFirstSentence: boolean): Scored | undefined {
  if (option.text.length > MAX_TITLE_LENGTH) return undefined;
  const text = option.text.includes("\n") || option.text.includes("  ") ? option.text.replace(/\s+/g, " ") : option.text;
  let wordCount = 1;
  for (let index = text.indexOf(" "); index >= 0; index = text.indexOf(" ", index + 1)) wordCount += 1;
  if (wordCount > MAX_TITLE_WORDS) return undefined;

  const head = wordInfo(option.head.text);
  if (QUANTITY_HEADS.has(head.word)) return undefined;
  // Nouns carry a title's topic; adjectives and participles only say which kind.
  let total = 0;
  let telling = 0;
  let stems = 0;
  let onlyTitleWords = true;
  let names = 0;
  let content = 0;
  for (const word of option.words) {
    const share = EMPTY_ADJECTIVES.has(word.lower) ? 0.2 : CONTENT_SHARE[word.pos];
    if (share === undefined) continue;
    content += 1;
    if (word.pos === "PROPN" || word.pos === "POSS") names += 1;
    for (const part of partsOf(word)) {
      if (!part.topical) continue;
      stems += 1;
      const value = share * weight(part.stem);
      total += value;
      if (value > 0) telling += 1;
      if (!memory.essayTitleStems.has(part.stem)) onlyTitleWords = false;
    }
  }
  if (stems === 0 || onlyTitleWords) return undefined;

  // The head counts double: a title is about its head noun; modifiers and the tail say what kind. A vague
  // head ("time", "day") lends its weight to a noun that says which ("railway time", "the day of two noons").
  let headWeight = weight(head.stem);
  if (VAGUE_HEADS.has(head.word) || VAGUE_HEADS.has(head.stem)) {
    // Only a time word takes a noun before it as what it is about ("railway time", not "world side").
    const headAt = option.words.indexOf(option.head);
    const before = TIME_HEADS.has(head.stem) ? option.words.slice(0, headAt).reverse().find((word) => word.pos === "NOUN" || word.pos === "PROPN") : undefined;
    const specifier = option.tailHead ?? before;
    if (!specifier || ORDINAL.test(specifier.text)) return undefined; // "the sixteenth century" names a when, not a what
    headWeight = weight(wordInfo(specifier.text).stem);
    telling += 1;
  } else if (!head.topical) return undefined; // a function word the tagger took for a noun ("fit like")
  // Several names before a common noun are two phrases run together ("the First World War German science").
  if (names >= 3 && names < content) return undefined;
  let score = (total + headWeight) / (stems + 1);
  // More words make a clearer title when they are words of this section; a lone word is flat.
  score *= telling <= 1 ? SINGLE_WORD_SHARE : 1 + 0.3 * (Math.min(telling, 4) - 1);
  if (wordCount > 5) score *= 0.85;
  if (option.tailHead && option.tailHead !== option.head && weight(wordInfo(option.tailHead.text).stem) < 0.5 * headWeight) score *= 0.75; // "users for centuries": a tail that says little
  score *= 1 - 0.4 * (names / Math.max(1, content)); // names alone make flat titles ("President Trump")
  if (option.droppedDeterminer) score *= 0.6;
  if (PLAIN_NOUNS.has(head.word)) {
    // "Place" alone or "the right place" says little; "an arithmetic problem" says what kind.
    const specific = option.tailHead !== undefined || option.words.some((word) => word !== option.head && CONTENT_SHARE[word.pos] !== undefined && !EMPTY_ADJECTIVES.has(word.lower));
    score *= telling <= 1 ? 0.5 : specific ? 1 : 0.6;
  }
  if (memory.essayTitleStems.has(head.stem)) score *= 0.6;
  if (memory.heads.has(head.stem)) score *= 0.75;
  if (inFirstSentence) score *= 1.1;
  return { title: sentenceCase(text.trim()), head: head.stem, score, telling };
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0 && count < 4; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

/** First letter up; the rest as the essay writes it (names keep their capitals). */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Nothing titled well (a section of lists or numbers): its first words, never ending in a stop word. */
function fallbackTitle(sentences: readonly string[], memory: TitleMemory): string {
  const words = (sentences[0] ?? "").replace(/^[^\p{L}]+/u, "").split(/\s+/).slice(0, 5);
  while (words.length > 1 && !isTopical(normaliseWord((words[words.length - 1] ?? "").replace(/[^\p{L}\p{N}'’-]+$/u, "")))) words.pop();
  const base = sentenceCase(words.join(" ").replace(/[^\p{L}\p{N}]+$/u, "") || "Section");
  let title = base;
  for (let suffix = 2; memory.titles.has(title.toLowerCase()); suffix += 1) title = `${base} (${suffix})`;
  return title;
}

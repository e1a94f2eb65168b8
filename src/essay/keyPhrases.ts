// The noun-like phrases of a section, ranked by how much they say about it compared with the other
// sections (tf-idf of their words), for titling. Candidates are runs of one to three topical words
// between stop words and punctuation, plus "X of Y" phrases ("the coastline of Britain"), written as
// they appear in the text. Words that sit where verbs sit (after "they", "to", "will"; an -s word
// before "a", "the", a number) are left out, since no part-of-speech tagger runs here.
import { isTopical, WORD, wordInfo } from "./contentWords.js";
import { VERB_FORMS } from "./verbForms.js";

export interface KeyPhrase {
  /** As a reader should see it: proper nouns capitalised, other words lower case. */
  text: string;
  stems: string[];
  score: number;
}

/** How each word is capitalised across the essay, and how widely each stem is spread over its sections. */
export interface EssayVocabulary {
  sectionCount: number;
  sectionFrequency: ReadonlyMap<string, number>;
  /** Lower-cased words that the essay writes capitalised mid-sentence (names), with that spelling. */
  properSpelling: ReadonlyMap<string, string>;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]+/gu;
/** Words after which a noun phrase usually follows. */
const NOUN_MARKERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "of", "in", "on", "for", "with", "about", "from", "by", "between", "into", "against", "own"]);
/** Vague nouns (stop words themselves) that can head a phrase whose other words are only modifiers: "dull things". */
const GENERIC_HEADS = new Set(["thing", "things", "way", "ways", "lot", "lots", "kind", "kinds", "sort", "part", "parts", "fact", "facts", "case", "cases", "point", "points", "number", "numbers", "sense", "matter", "matters", "time", "times", "one", "ones"]);
/** The commonest English nouns: true topics now and then, but weak titles on their own ("Country", "Member"). */
const COMMON_NOUNS = new Set(
  `people person man woman child children world country countries life work place week company system program question
government number night point home water room mother father area money story month study book eye job word
business issue side head house service friend power hour game line end member law car city community name president
team minute idea body information back parent face level office door health art war history party result change morning
reason research moment air teacher force education year years day days group hand family student state states
school page lesson route length member members size view course form order market value rate land table experience`.split(/\s+/),
);
/** Number words describe quantities, never topics. */
const NUMBER_WORDS = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "half", "third", "quarter", "dozen", "dozens"]);
/** Words after which a verb usually follows. */
const VERB_MARKERS = new Set(["i", "we", "you", "he", "she", "it", "they", "who", "which", "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "not", "did", "does", "do", "never", "also", "often", "still", "just", "only"]);
/** Words that commonly follow a verb: an -s word right before one of these is a verb ("holds thirty", "lists a"). */
const OBJECT_STARTERS = new Set(["a", "an", "the", "what", "that", "how", "why", "his", "her", "their", "its", "it", "them", "us", "me", "him", "our", "my", "your", "this", "these", "those", "no", "some", "every", "each", "all", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "eighty", "hundred", "little", "nothing", "something", "up", "out", "off", "such", "more", "less", "much", "many", "few"]);

export function essayVocabulary(sectionTexts: readonly string[]): EssayVocabulary {
  const sectionFrequency = new Map<string, number>();
  const properCount = new Map<string, number>();
  const lowerCount = new Map<string, number>();
  const spelling = new Map<string, string>();
  for (const text of sectionTexts) {
    const seen = new Set<string>();
    for (const match of text.matchAll(WORD)) {
      const token = match[0];
      const { word, topical, stem: term } = wordInfo(token);
      if (topical) seen.add(term);
      const initial = token.charAt(0);
      if (initial !== initial.toLowerCase()) {
        if (!startsSentence(text, match.index)) {
          properCount.set(word, (properCount.get(word) ?? 0) + 1);
          spelling.set(word, token.replace(/['’]s$/u, ""));
        }
      } else if (initial !== initial.toUpperCase()) lowerCount.set(word, (lowerCount.get(word) ?? 0) + 1);
    }
    for (const term of seen) sectionFrequency.set(term, (sectionFrequency.get(term) ?? 0) + 1);
  }
  const properSpelling = new Map<string, string>();
  for (const [word, count] of properCount) if (count > (lowerCount.get(word) ?? 0)) properSpelling.set(word, spelling.get(word) ?? word);
  return { sectionCount: sectionTexts.length, sectionFrequency, properSpelling };
}

/** The word at `index` opens a sentence, a quotation or a line, so its capital says nothing. */
function startsSentence(text: string, index: number): boolean {
  let before = index - 1;
  while (before >= 0 && text.charAt(before) === " ") before -= 1;
  return before < 0 || ".!?…:\"“\n".includes(text.charAt(before));
}

interface Token {
  word: string;
  stem: string;
  /** Could be part of a noun phrase here. */
  usable: boolean;
  text: string;
  /** Written with a capital letter though not at a sentence start: part of a name. */
  name: boolean;
  /** Ends in "’s": a possessor, which ends its own phrase. */
  possessive: boolean;
}

/** The section's key phrases, best first (the best `limit` of them). */
export function keyPhrases(sectionText: string, vocabulary: EssayVocabulary, limit = Number.POSITIVE_INFINITY): KeyPhrase[] {
  const paragraphs = sectionText.split(/\n\n+/);
  const spread = new Map<string, number>();
  const frequency = new Map<string, number>();
  /** How often each stem is followed by "of": "level of rapport", "size of an economy" make "level" a measure, not a topic. */
  const beforeOf = new Map<string, number>();
  const firstSentenceTerms = new Set<string>();
  const candidates = new Map<string, { words: string[]; stems: string[]; count: number; nounContext: boolean; order: number }>();
  let order = 0;
  /** `stems` are those of the content words only ("coastline of Britain" → coastline, britain). */
  const addCandidate = (words: string[], stems: string[], nounContext: boolean) => {
    const key = words.length === stems.length ? stems.join(" ") : words.join(" ");
    const entry = candidates.get(key) ?? { words, stems, count: 0, nounContext: false, order: order++ };
    entry.count += 1;
    entry.nounContext ||= nounContext;
    candidates.set(key, entry);
  };

  for (const paragraph of paragraphs) {
    const tokens = tokenise(paragraph);
    const seen = new Set<string>();
    let inFirstSentence = true;
    for (const [position, token] of tokens.entries()) {
      if (token.word === "" && /[.!?]/.test(token.text)) inFirstSentence = false;
      if (!token.usable) continue;
      seen.add(token.stem);
      frequency.set(token.stem, (frequency.get(token.stem) ?? 0) + 1);
      if (tokens[position + 1]?.word === "of") beforeOf.set(token.stem, (beforeOf.get(token.stem) ?? 0) + 1);
      if (inFirstSentence) firstSentenceTerms.add(token.stem);
    }
    for (const term of seen) spread.set(term, (spread.get(term) ?? 0) + 1);

    for (let index = 0; index < tokens.length; index += 1) {
      const continuesRun = tokens[index - 1]?.usable === true && tokens[index - 1]?.possessive !== true;
      if (!tokens[index]?.usable || continuesRun) continue;
      let end = index;
      while (tokens[end + 1]?.usable && !tokens[end]?.possessive) end += 1;
      const runTokens = tokens.slice(index, end + 1);
      const run = runTokens.map((token) => token.word);
      const runStems = runTokens.map((token) => token.stem);
      const before = tokens[index - 1]?.word ?? "";
      const nounContext = NOUN_MARKERS.has(before) || vocabulary.properSpelling.has(run[0] ?? "");
      // English noun phrases end in their head noun: candidates are the run's last one to three words,
      // unless a vague noun ("things", "way") is the real head, or the run stops inside a name.
      const headIsVague = GENERIC_HEADS.has(tokens[end + 1]?.word ?? "");
      const cutsName = tokens[end]?.name === true && tokens[end + 1]?.name === true;
      for (let length = 1; length <= Math.min(3, run.length) && !headIsVague && !cutsName; length += 1) {
        const start = run.length - length;
        const words = run.slice(start);
        if (isGoodOpening(words[0] ?? "") && isGoodEnding(words[words.length - 1] ?? "")) addCandidate(words, runStems.slice(start), nounContext && start === 0);
      }
      // "X of (the) Y": the run's last one or two words, "of", and the next run's first one or two.
      const ofAt = tokens[end + 1]?.word === "of" ? end + 2 : -1;
      const next = ofAt >= 0 && ["the", "a", "an"].includes(tokens[ofAt]?.word ?? "") ? ofAt + 1 : ofAt;
      if (next > 0 && tokens[next]?.usable) {
        const head = run.slice(-1);
        const tailTokens = tokens[next + 1]?.usable ? [tokens[next], tokens[next + 1]] : [tokens[next]];
        const tail = tailTokens.map((token) => token?.word ?? "");
        const joiner = next > ofAt ? ["of", tokens[ofAt]?.word ?? "the"] : ["of"];
        const stems = [...runStems.slice(-1), ...tailTokens.map((token) => token?.stem ?? "")];
        if (isGoodOpening(head[0] ?? "") && isGoodEnding(tail[tail.length - 1] ?? "")) addCandidate([...head, ...joiner, ...tail], stems, nounContext || end > index);
      }
    }
  }

  const sections = Math.max(1, vocabulary.sectionCount);
  const weight = (term: string) => {
    const rarity = Math.log(1 + sections / (vocabulary.sectionFrequency.get(term) ?? 1));
    const reach = 1 + 0.25 * ((spread.get(term) ?? 1) - 1);
    const measure = 2 * (beforeOf.get(term) ?? 0) >= (frequency.get(term) ?? 1) ? 0.5 : 1;
    const common = COMMON_NOUNS.has(term) ? 0.6 : 1;
    return (frequency.get(term) ?? 0) * reach * rarity * measure * common * (firstSentenceTerms.has(term) ? 1.2 : 1);
  };

  const ranked: { words: string[]; stems: string[]; score: number; order: number }[] = [];
  for (const entry of candidates.values()) {
    const stems = entry.stems;
    const mean = stems.reduce((sum, term) => sum + weight(term), 0) / stems.length;
    // Longer phrases make clearer titles when they recur; noun contexts make noun phrases likelier.
    const lengthBonus = 1 + (entry.count > 1 ? 0.5 : 0.1) * (stems.length - 1);
    const score = mean * lengthBonus * (entry.nounContext ? 1.2 : 1) * Math.sqrt(entry.count);
    ranked.push({ words: entry.words, stems, score, order: entry.order });
  }
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return ranked.slice(0, limit).map(({ words, stems, score }) => ({ text: words.map((word) => vocabulary.properSpelling.get(word) ?? word).join(" "), stems, score }));
}


/** Words and punctuation of a paragraph; each word marked usable when it may belong to a noun phrase. */
function tokenise(paragraph: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  for (const match of paragraph.matchAll(TOKEN)) {
    const text = match[0];
    const code = text.charCodeAt(0);
    const isWord = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 127 && /^[\p{L}\p{N}]/u.test(text));
    const info = isWord ? wordInfo(text) : undefined;
    const initial = text.charAt(0);
    tokens.push({
      word: info?.word ?? "",
      stem: info?.stem ?? "",
      usable: false,
      text,
      name: isWord && !sentenceStart && initial !== initial.toLowerCase(),
      possessive: text.endsWith("’s") || text.endsWith("'s"),
    });
    if (isWord) sentenceStart = false;
    else if (/[.!?:;"“”]/u.test(text)) sentenceStart = true;
  }
  tokens.forEach((token, index) => {
    if (token.word === "" || !canNameTopic(token.word)) return;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    if (previous !== undefined && VERB_MARKERS.has(previous.word)) return;
    // "the lesson concerns co-operation", "a diary asks what": an -s word between a noun and its object.
    const verbBeforeObject =
      /[^su]s$/.test(token.word) && !/(ics|ness|ous)$/.test(token.word) && (previous?.usable ?? false) && !(previous?.text.endsWith("s") ?? false) &&
      next !== undefined && (OBJECT_STARTERS.has(next.word) || (next.word !== "" && isTopical(next.word)));
    // A participle used as an adjective follows a determiner ("the shared pasture"); elsewhere it is a verb.
    const verbParticiple = token.word.endsWith("ed") && !token.name && !(previous !== undefined && NOUN_MARKERS.has(previous.word));
    token.usable = !verbBeforeObject && !verbParticiple;
  });
  return tokens;
}

const topicWords = new Map<string, boolean>();

/** Topical, not a number or number word, not a common verb form (memoised per word). */
function canNameTopic(word: string): boolean {
  let known = topicWords.get(word);
  if (known === undefined) {
    if (topicWords.size >= 50_000) topicWords.clear();
    known = isTopical(word) && !/\p{N}/u.test(word) && !NUMBER_WORDS.has(word) && !VERB_FORMS.has(word);
    topicWords.set(word, known);
  }
  return known;
}

const NOUNS_IN_ED_ING = /(need|seed|speed|creed|breed|thing|king|ring|spring|wing|building|meeting|beginning|evening|morning|feeling|understanding|reading|setting|ceiling|funding|housing|training|learning|spending|warning|planning|lending|booking)$/;

/** Past-tense and -ing forms rarely end a noun phrase ("sanctions imposed", "talks continuing"). */
function isGoodEnding(word: string): boolean {
  return !(word.length > 4 && /(ed|ing)$/.test(word) && !NOUNS_IN_ED_ING.test(word));
}

/** A phrase opening with a past tense verb ("destroyed capability") reads badly. */
function isGoodOpening(word: string): boolean {
  return !(word.length > 4 && word.endsWith("ed") && !NOUNS_IN_ED_ING.test(word));
}

// The automatic quality proxies from the rubric that need no model: each returns undefined when
// the question passes or a short reason when it fails. The generator drops candidates that fail
// any of them; the tests and `npm run eval:questions` report them for every fixture essay.
import { MAX_QUOTE_WORDS } from "./weights.js";

const PRONOUNS = new Set(["he", "she", "it", "they", "them", "him", "her", "his", "its", "their", "this", "that", "these", "those"]);
const YES_NO_OPENERS = new Set(["is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should", "has", "have", "had"]);
const WH_WORDS = /\b(?:why|how|what|which|who|whom|whose|where|when)\b/i;
const QUOTE = /"([^"]+)"/g;

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** How many words `words(text)` would return, without building the list. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** The spans a question quotes (between straight double quotes). */
export function quotedSpans(question: string): string[] {
  return [...question.matchAll(QUOTE)].map((m) => m[1]!);
}

export function endsWithQuestionMark(question: string): string | undefined {
  return question.trimEnd().endsWith("?") ? undefined : "does not end with a question mark";
}

export function hasReadableLength(question: string): string | undefined {
  const n = wordCount(question);
  return n >= 8 && n <= 40 ? undefined : `has ${n} words (8–40 wanted)`;
}

/** Where each sentence of a question starts (after ". ", "? ", "! " before a capital or a quote). */
function sentenceStarts(question: string): number[] {
  const starts = [0];
  for (let i = 1; i < question.length; i++) {
    const c = question.charAt(i - 1);
    if (c !== "." && c !== "?" && c !== "!") continue;
    let j = i;
    while (j < question.length && question.charCodeAt(j) <= 32) j++;
    if (j > i && /[A-Z"]/.test(question.charAt(j))) starts.push(j);
  }
  return starts;
}

/**
 * No sentence of the question, and no quoted span, opens with a pronoun or a bare "this"/"that"
 * whose antecedent the reader cannot see ("It back-pedaled …", "Why did he …").
 */
export function hasNoDanglingPronoun(question: string): string | undefined {
  // A later quote may lean on an earlier one ("… "the military options …", but also that "they
  // carried tremendous risks""), so only the first quote must stand on its own.
  const firstQuote = question.indexOf('"');
  const openings = sentenceStarts(question).map((at) => question.slice(at, at + 40).replace(/^"/, ""));
  if (firstQuote >= 0) openings.push(question.slice(firstQuote + 1, firstQuote + 41));
  for (const opening of openings) {
    const [first = "", second = ""] = words(opening.toLowerCase().replace(/[^\p{L}\s'’-]/gu, " ")).slice(0, 2);
    if (!PRONOUNS.has(first)) continue;
    const demonstrativeWithNoun = ["this", "that", "these", "those", "his", "her", "its", "their"].includes(first) && /^\p{L}{3,}$/u.test(second) && !["is", "was", "are", "were", "has", "had", "will", "would", "may", "might", "can", "could"].includes(second);
    if (!demonstrativeWithNoun) return `opens with "${first}", whose antecedent is missing`;
  }
  return undefined;
}

/**
 * The first quote (what the question is about) is exact text of the section; a later one may be
 * exact text from elsewhere in the essay ("How does the point that "…" bear on the earlier claim
 * that "…"?"), when the essay's text is given.
 */
export function quotesAreExact(question: string, sectionText: string, essayText?: string): string | undefined {
  return spansAreExact(quotedSpans(question), sectionText, essayText);
}

function spansAreExact(spans: readonly string[], sectionText: string, essayText?: string): string | undefined {
  const first = spans[0];
  if (first !== undefined && !sectionText.includes(first)) return `quotes "${first}", which is not in the section`;
  for (const span of spans.slice(1)) if (!sectionText.includes(span) && !(essayText ?? "").includes(span)) return `quotes "${span}", which is not in the essay`;
  return undefined;
}

/**
 * A quote never holds a straight double quote of its own ("what it called a "Library of Things"
 * in 2015"): the quotation marks would pair up wrongly. Seen from the question's text, a span
 * that opens or closes on a space, or an odd number of marks, gives it away.
 */
export function quotesAreNotNested(question: string): string | undefined {
  return spansAreNotNested(question, quotedSpans(question));
}

function spansAreNotNested(question: string, spans: readonly string[]): string | undefined {
  if ((question.match(/"/g)?.length ?? 0) % 2 !== 0) return "has an unpaired quotation mark";
  for (const span of spans) if (/^\s|\s$/.test(span)) return `quotes "${span}", which looks like a quote inside a quote`;
  return undefined;
}

export function quotesAreShort(question: string, maxWords = MAX_QUOTE_WORDS): string | undefined {
  return spansAreShort(quotedSpans(question), maxWords);
}

function spansAreShort(spans: readonly string[], maxWords = MAX_QUOTE_WORDS): string | undefined {
  for (const span of spans) if (wordCount(span) > maxWords) return `quotes ${wordCount(span)} words (at most ${maxWords})`;
  return undefined;
}

export function opensOnlyWithWhy(question: string): string | undefined {
  const first = (/^\s*(\S+)/.exec(question)?.[1] ?? "").toLowerCase();
  return YES_NO_OPENERS.has(first) && !WH_WORDS.test(question) ? "is a yes/no question with no why or how" : undefined;
}

export function hasNoArtefacts(question: string): string | undefined {
  if (/[\r\n\f\u00ad]/.test(question)) return "contains a line break or soft hyphen";
  if (/\p{Ll}- +\p{Ll}/u.test(question)) return "contains a split hyphenated word";
  if (/ {2,}/.test(question)) return "contains doubled spaces";
  if (/\s[,.;:?!]/.test(question)) return "has a space before punctuation";
  return undefined;
}

const STOP = new Set(
  "the a an of to in on and or but that this these those is are was were be been it its as at by for from with what how why which who does do did would could should might may will can author authors essay claim writes says about".split(" "),
);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Lower-cased words: runs of letters, digits, apostrophes and hyphens. A hand-written scan (ASCII
 * by character code, anything else by a letter test): the proxies and the diversifier split
 * every candidate, and a regular-expression split was a twentieth of the 1 MB budget.
 */
function wordList(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 8217 || (c > 127 && LETTER_OR_DIGIT.test(lower.charAt(i)));
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}

export function contentWords(text: string): Set<string> {
  return new Set(wordList(text).filter((w) => w.length > 2 && !STOP.has(w)));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

function allWords(text: string): Set<string> {
  return new Set(wordList(text));
}

/**
 * A question that is one of the section's sentences turned round ("Why had both leaders painted
 * themselves into corners?"): nearly all its own words are that sentence's. What a question puts
 * in quotation marks is openly quoted, not copied, so only the words outside its quotes count:
 * "Some ecologists argue that "…", while others warn that "…". Which view is more persuasive?"
 * quotes a whole sentence and still asks something of its own.
 */
const loweredSentences = new WeakMap<readonly string[], string[]>();
const sectionWords = new WeakMap<readonly string[], ReadonlySet<string>>();

export function isNotNearCopy(question: string, sentences: readonly string[], sentenceWords?: ReadonlyArray<ReadonlySet<string>>): string | undefined {
  const own = contentWords(question.replace(QUOTE, " "));
  if (own.size === 0) return "asks nothing beyond its quotes";
  if (own.size < 3) return undefined;
  const needed = Math.ceil(0.7 * own.size);
  let lowered = loweredSentences.get(sentences);
  if (!lowered) loweredSentences.set(sentences, (lowered = sentences.map((t) => t.toLowerCase())));
  // Most questions' own words (their stem) barely occur in the section at all: no sentence to check.
  let all = sectionWords.get(sentences);
  if (!all) sectionWords.set(sentences, (all = allWords(lowered.join(" "))));
  let anywhere = 0;
  for (const w of own) if (all.has(w)) anywhere++;
  if (anywhere < needed) return undefined;
  for (let i = 0; i < sentences.length; i++) {
    // A cheap look at the raw text first: most sentences share too few of the words to matter.
    const lower = lowered[i]!;
    let present = 0;
    for (const w of own) if (lower.includes(w)) present++;
    if (present < needed) continue;
    const words = sentenceWords?.[i] ?? allWords(sentences[i]!);
    let shared = 0;
    for (const w of own) if (words.has(w)) shared++;
    if (shared >= needed) return "is a near-copy of one sentence";
  }
  return undefined;
}

/** Each sentence's word set, computed once per section for isNotNearCopy. */
export function sentenceWordSets(sentences: readonly string[]): Array<Set<string>> {
  return sentences.map(allWords);
}

const lowerTerms = new WeakMap<readonly string[], string[]>();

/** Shares a key phrase word or actor name with its section. */
export function isRelevant(question: string, sectionTerms: readonly string[]): string | undefined {
  const lower = question.toLowerCase();
  let terms = lowerTerms.get(sectionTerms);
  if (!terms) lowerTerms.set(sectionTerms, (terms = sectionTerms.map((term) => term.toLowerCase())));
  // A one-word term is looked up among the question's whole words first (a substring search
  // over hundreds of terms per candidate was a noticeable share of a long essay's time); the
  // substring search, which also finds "rings" for "ring", decides the rest.
  let single = oneWordTerms.get(terms);
  if (!single) oneWordTerms.set(terms, (single = new Set(terms.filter((t) => /^[\p{L}\p{N}'’-]+$/u.test(t)))));
  for (const word of wordList(lower)) if (single.has(word)) return undefined;
  return terms.some((term) => lower.includes(term)) ? undefined : "shares no key phrase or actor with its section";
}

const oneWordTerms = new WeakMap<readonly string[], Set<string>>();

export interface SectionCheck {
  /** The section's sentences, one per line. */
  text: string;
  sentences: readonly string[];
  /** Key phrases and actor names (see sectionTerms). */
  terms: readonly string[];
  /** sentenceWordSets(sentences), when the caller checks many questions against one section. */
  sentenceWords?: ReadonlyArray<ReadonlySet<string>>;
  /** The whole essay's sentences, one per line: where a question's second quote may come from. */
  essayText?: string;
}

/** Every single-question proxy by name, with its failure reason when it fails. */
export function questionChecks(question: string, section: SectionCheck): Array<{ name: string; failure: string | undefined }> {
  return [
    { name: "ends with ?", failure: endsWithQuestionMark(question) },
    { name: "8–40 words", failure: hasReadableLength(question) },
    { name: "no dangling pronoun", failure: hasNoDanglingPronoun(question) },
    { name: "quotes exact", failure: quotesAreExact(question, section.text, section.essayText) },
    { name: "quotes short", failure: quotesAreShort(question) },
    { name: "no nested quotes", failure: quotesAreNotNested(question) },
    { name: "no bare yes/no", failure: opensOnlyWithWhy(question) },
    { name: "no artefacts", failure: hasNoArtefacts(question) },
    { name: "not a copy", failure: isNotNearCopy(question, section.sentences, section.sentenceWords) },
    { name: "relevant", failure: isRelevant(question, section.terms) },
  ];
}

/** All single-question proxies; the list of failures (empty when it passes). */
export function questionFailures(question: string, section: SectionCheck): string[] {
  return questionChecks(question, section)
    .map((check) => check.failure)
    .filter((failure): failure is string => failure !== undefined);
}

/**
 * The same proxies as questionFailures, stopping at the first failure, cheapest checks first:
 * what the generator uses to filter thousands of candidates on a long essay.
 */
export function passesProxies(question: string, section: SectionCheck): boolean {
  if (endsWithQuestionMark(question) !== undefined || hasReadableLength(question) !== undefined || opensOnlyWithWhy(question) !== undefined || hasNoArtefacts(question) !== undefined) return false;
  // (The quotes, found once for the three checks that read them.)
  const spans = quotedSpans(question);
  return (
    spansAreShort(spans) === undefined &&
    spansAreNotNested(question, spans) === undefined &&
    spansAreExact(spans, section.text, section.essayText) === undefined &&
    hasNoDanglingPronoun(question) === undefined &&
    isRelevant(question, section.terms) === undefined &&
    isNotNearCopy(question, section.sentences, section.sentenceWords) === undefined
  );
}

/**
 * The words a question asks with, outside its quotation marks: what makes two questions the same
 * question. Two questions quoting the same words may still ask different things ("How convincing
 * is …" and "What would change if …"); two asking "Why does it matter that …" of different
 * quotes ask the same thing twice. (As for the near-copy check, a quote is quoted, not written.)
 */
export function ownWords(question: string): Set<string> {
  return contentWords(question.replace(QUOTE, " "));
}

/** Largest pairwise overlap of their own words among a section's questions (low is good). */
export function maxPairwiseOverlap(questions: readonly string[]): number {
  const sets = questions.map(ownWords);
  let max = 0;
  sets.forEach((a, i) => sets.slice(i + 1).forEach((b) => (max = Math.max(max, jaccard(a, b)))));
  return max;
}

export const MAX_PAIRWISE_OVERLAP = 0.5;

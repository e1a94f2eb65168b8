// The automatic quality proxies from the rubric that need no model: each returns undefined when
// the question passes or a short reason when it fails. The generator drops candidates that fail
// any of them; the tests and `npm run eval:questions` report them for every fixture essay.

const PRONOUNS = new Set(["he", "she", "it", "they", "them", "him", "her", "his", "its", "their", "this", "that", "these", "those"]);
const YES_NO_OPENERS = new Set(["is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should", "has", "have", "had"]);
const WH_WORDS = /\b(?:why|how|what|which|who|whom|whose|where|when)\b/i;
const QUOTE = /"([^"]+)"/g;

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** The spans a question quotes (between straight double quotes). */
export function quotedSpans(question: string): string[] {
  return [...question.matchAll(QUOTE)].map((m) => m[1]!);
}

export function endsWithQuestionMark(question: string): string | undefined {
  return question.trimEnd().endsWith("?") ? undefined : "does not end with a question mark";
}

export function hasReadableLength(question: string): string | undefined {
  const n = words(question).length;
  return n >= 8 && n <= 40 ? undefined : `has ${n} words (8–40 wanted)`;
}

/**
 * No sentence of the question, and no quoted span, opens with a pronoun or a bare "this"/"that"
 * whose antecedent the reader cannot see ("It back-pedaled …", "Why did he …").
 */
export function hasNoDanglingPronoun(question: string): string | undefined {
  // A later quote may lean on an earlier one ("… "the military options …", but also that "they
  // carried tremendous risks""), so only the first quote must stand on its own.
  const openings = [
    ...question.split(/(?<=[.?!])\s+(?=[A-Z"])/).map((s) => s.replace(/^"/, "")),
    ...quotedSpans(question).slice(0, 1),
  ];
  for (const opening of openings) {
    const [first = "", second = ""] = words(opening.toLowerCase().replace(/[^\p{L}\s'’-]/gu, " "));
    if (!PRONOUNS.has(first)) continue;
    const demonstrativeWithNoun = ["this", "that", "these", "those", "his", "her", "its", "their"].includes(first) && /^\p{L}{3,}$/u.test(second) && !["is", "was", "are", "were", "has", "had", "will", "would", "may", "might", "can", "could"].includes(second);
    if (!demonstrativeWithNoun) return `opens with "${first}", whose antecedent is missing`;
  }
  return undefined;
}

export function quotesAreExact(question: string, sectionText: string): string | undefined {
  for (const span of quotedSpans(question)) if (!sectionText.includes(span)) return `quotes "${span}", which is not in the section`;
  return undefined;
}

export function quotesAreShort(question: string, maxWords = 15): string | undefined {
  for (const span of quotedSpans(question)) if (words(span).length > maxWords) return `quotes ${words(span).length} words (at most ${maxWords})`;
  return undefined;
}

export function opensOnlyWithWhy(question: string): string | undefined {
  const first = words(question.toLowerCase())[0] ?? "";
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

export function contentWords(text: string): Set<string> {
  return new Set(
    words(text.toLowerCase().replace(/[^\p{L}\p{N}\s'’-]/gu, " ")).filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

function allWords(text: string): Set<string> {
  return new Set(words(text.toLowerCase().replace(/[^\p{L}\p{N}\s'’-]/gu, " ")));
}

/**
 * A question that is one of the section's sentences turned round ("Why had both leaders painted
 * themselves into corners?"): nearly all its words are that sentence's. Counting every word, a
 * question that quotes a sentence but asks something of its own is not a copy.
 */
export function isNotNearCopy(question: string, sentences: readonly string[], sentenceWords: ReadonlyArray<ReadonlySet<string>> = sentences.map(allWords)): string | undefined {
  const q = allWords(question);
  for (const words of sentenceWords) {
    if (jaccard(q, words) >= 0.7) return "is a near-copy of one sentence";
  }
  return undefined;
}

/** Each sentence's word set, computed once per section for isNotNearCopy. */
export function sentenceWordSets(sentences: readonly string[]): Array<Set<string>> {
  return sentences.map(allWords);
}

/** Shares a key phrase word or actor name with its section. */
export function isRelevant(question: string, sectionTerms: readonly string[]): string | undefined {
  const lower = question.toLowerCase();
  return sectionTerms.some((term) => lower.includes(term.toLowerCase())) ? undefined : "shares no key phrase or actor with its section";
}

export interface SectionCheck {
  /** The section's sentences, one per line. */
  text: string;
  sentences: readonly string[];
  /** Key phrases and actor names (see sectionTerms). */
  terms: readonly string[];
  /** sentenceWordSets(sentences), when the caller checks many questions against one section. */
  sentenceWords?: ReadonlyArray<ReadonlySet<string>>;
}

/** Every single-question proxy by name, with its failure reason when it fails. */
export function questionChecks(question: string, section: SectionCheck): Array<{ name: string; failure: string | undefined }> {
  return [
    { name: "ends with ?", failure: endsWithQuestionMark(question) },
    { name: "8–40 words", failure: hasReadableLength(question) },
    { name: "no dangling pronoun", failure: hasNoDanglingPronoun(question) },
    { name: "quotes exact", failure: quotesAreExact(question, section.text) },
    { name: "quotes short", failure: quotesAreShort(question) },
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

/** Largest pairwise word overlap among a section's questions (low is good). */
export function maxPairwiseOverlap(questions: readonly string[]): number {
  const sets = questions.map(contentWords);
  let max = 0;
  sets.forEach((a, i) => sets.slice(i + 1).forEach((b) => (max = Math.max(max, jaccard(a, b)))));
  return max;
}

export const MAX_PAIRWISE_OVERLAP = 0.5;

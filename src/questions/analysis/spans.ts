// Cuts short, exact, quotable spans out of a sentence: clauses split at connectives and
// punctuation, trimmed so they neither start on a conjunction nor end on "the", "and" or a
// preposition, and shortened at a phrase boundary when longer than the quote limit.
import type { Token } from "./tagger.js";
import type { TaggedSentence } from "./taggedSentence.js";

export type SpanShape =
  | "clause" // has a subject and a verb: quotable after "writes that"
  | "predicate" // starts with a verb: "ploughed through the ocean floor"
  | "phrase"; // no verb: a noun phrase

export interface Span {
  sentence: number;
  /** Character offsets in the sentence text; text === sentence.text.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** Token range [first, end). */
  firstToken: number;
  endToken: number;
  words: number;
  shape: SpanShape;
  /** Starts with a pronoun ("it", "he", "this") whose antecedent is outside the span. */
  pronounStart: boolean;
  /** Contains "it", "they", "this" … before any noun it could refer to. */
  unresolved: boolean;
  /** Ends where the sentence's own clause ends (not cut short). */
  complete: boolean;
  /** The span is a subordinate clause ("if …", "when …", "that most people …"): not a claim. */
  conditional: boolean;
  /** Uses "that case", "these observations": a noun pointing back outside the quote. */
  anaphoric: boolean;
  /** A short "There is …" whose content the following sentences supply. */
  vague: boolean;
}

const LEADING_ADVERBS = new Set([
  "however",
  "nonetheless",
  "nevertheless",
  "therefore",
  "thus",
  "hence",
  "yet",
  "still",
  "also",
  "indeed",
  "instead",
  "then",
  "moreover",
  "furthermore",
  "consequently",
  "so",
]);
const BAD_END_POS = new Set(["DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PRON", "PUNCT", "SYM"]);
const GOOD_END_PRONOUNS = new Set(["it", "them", "him", "her", "us", "itself", "themselves", "himself", "herself", "this", "that", "one"]);
const OPAQUE_PRONOUNS = new Set(["it", "they", "them", "he", "she", "him", "her", "his", "its", "their", "this", "that", "these", "those"]);
const QUANTIFIER_PRONOUNS = new Set(["both", "many", "some", "others", "few", "most", "several", "all", "each", "neither", "either", "none", "one"]);
const BOUNDARY_PUNCT = /^[;:—–]$/;
const CLAUSE_CONJUNCTIONS = new Set(["but", "yet", "whereas", "although", "though", "because", "unless", "while"]);
/** Words before which a long clause may be cut without leaving a dangling head. */
const CUT_BEFORE_NOT = new Set(["of", "than", "as", "between", "to"]);

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}

/** Token ranges of the sentence's clause-like segments, split at connectives and strong punctuation. */
export function segments(tokens: readonly Token[]): Array<[number, number]> {
  const cuts: number[] = [];
  const introEnd = mainClauseComma(tokens);
  if (introEnd !== undefined) cuts.push(introEnd);
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const comma = prev?.text === ",";
    if (BOUNDARY_PUNCT.test(t.text)) cuts.push(i);
    // ("had since drifted": a "since" before a verb is an adverb, whatever the tag says.)
    else if (t.pos === "SCONJ" && t.lower !== "than" && t.lower !== "as" && t.lower !== "that" && !(t.lower === "since" && tokens[i + 1]?.pos === "VERB")) cuts.push(i);
    else if (t.lower === "whether" || (t.lower === "that" && !isNounNext(tokens, i) && (comma || prev?.pos === "VERB" || prev?.pos === "AUX" || prev?.pos === "CCONJ"))) cuts.push(i);
    else if (CLAUSE_CONJUNCTIONS.has(t.lower) && (t.pos === "CCONJ" || t.pos === "SCONJ" || comma)) cuts.push(i);
    else if ((t.lower === "and" || t.lower === "or") && comma && startsClause(tokens, i + 1)) cuts.push(i);
    else if ((t.lower === "which" || t.lower === "that") && tokens[i + 1]?.lower === "is" && tokens[i + 2]?.lower === "why") cuts.push(i);
    // "…, in which we admit …": the relative clause starts at its preposition.
    else if (t.pos === "ADP" && comma && /^(?:which|whom)$/.test(tokens[i + 1]?.lower ?? "")) cuts.push(i);
    else if (t.text === "," && (LEADING_ADVERBS.has(tokens[i + 1]?.lower ?? "") || LEADING_ADVERBS.has(prev?.lower ?? ""))) cuts.push(i);
  });
  // "… are real and that we …": the conjunction belongs to the clause it introduces.
  const moved = cuts.map((cut) => (cut > 0 && tokens[cut - 1]!.pos === "CCONJ" ? cut - 1 : cut));
  cuts.length = 0;
  cuts.push(...moved);
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b).concat(tokens.length)) {
    if (cut > from) ranges.push([from, cut]);
    from = cut;
  }
  return ranges;
}

/** "…, and the sanctions were" starts a clause; "…, and society" does not. */
function startsClause(tokens: readonly Token[], i: number): boolean {
  // A subject (determiners, adjectives, nouns, a pronoun) and then a verb: "the sanctions were".
  for (let k = i; k < Math.min(tokens.length, i + 8); k++) {
    const t = tokens[k]!;
    if (t.pos === "PART" && t.lower === "to") return false;
    if (t.pos === "VERB" || t.pos === "AUX") return k > i;
    if (t.text === "-" || t.text === "’s" || t.text === "'s") continue;
    if (!["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART", "ADV", "ADP"].includes(t.pos)) return false;
  }
  return false;
}

const SUBORDINATORS = /^(?:if|unless|whether|when|whenever|although|though|because|since|while|whereas|after|before|once|until|as)$/;

function isSubordinate(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (!first) return false;
  if (SUBORDINATORS.test(first.lower)) return true;
  // A restrictive relative clause: "a bus that most people … will not take".
  const before = tokens[from - 1];
  return /^(?:that|which|who|whom)$/.test(first.lower) && before !== undefined && (before.pos === "NOUN" || before.pos === "PROPN");
}

const INTRODUCERS = new Set(["if", "when", "although", "though", "because", "since", "while", "despite", "after", "before", "unless", "once", "as", "even", "given", "in", "for", "during", "within", "seen", "with"]);

/** "If A, B and C, the summit was a success": the comma where the main clause starts. */
function mainClauseComma(tokens: readonly Token[]): number | undefined {
  if (!INTRODUCERS.has(tokens[0]?.lower ?? "")) return undefined;
  for (let k = tokens.length - 2; k > 0; k--) {
    if (tokens[k]!.text === "," && startsClause(tokens, k + 1) && tokens[k + 1]!.pos !== "CCONJ") return k;
  }
  return undefined;
}

function shapeOf(tokens: readonly Token[], from: number, to: number): SpanShape {
  const first = tokens[from]!;
  if (first.pos === "VERB" || first.pos === "AUX" || (first.pos === "PART" && first.lower === "to")) return "predicate";
  let sawSubject = false;
  // Inside a relative clause ("people who could take the bus") the verb is not the main one:
  // skip its verb group and the word it governs.
  let relative: "no" | "before-verb" | "in-verb" = "no";
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const isVerb = t.pos === "VERB" || t.pos === "AUX";
    if (relative !== "no") {
      if (isVerb || t.pos === "ADV" || t.pos === "PART") {
        if (isVerb) relative = "in-verb";
        continue;
      }
      if (relative === "in-verb" && (t.pos === "NOUN" || t.pos === "PRON" || t.pos === "PROPN" || t.pos === "ADJ")) relative = "no";
      continue;
    }
    if (k > from && /^(?:who|which|whom)$/.test(t.lower) || (t.lower === "that" && t.pos !== "DET" && tokens[k - 1]?.pos === "NOUN")) {
      relative = "before-verb";
      continue;
    }
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON" || t.pos === "NUM") sawSubject = true;
    if (isVerb && sawSubject) return "clause";
  }
  return "phrase";
}

function balanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/\(/g) === count(/\)/g) && count(/“/g) === count(/”/g) && count(/"/g) % 2 === 0 && count(/\[/g) === count(/]/g);
}

function goodEnd(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  const clauseEnds = next === undefined || (next.pos === "PUNCT" && next.text !== "-" && next.text !== "’s");
  if (t.text === ")" || t.text === "”") return true;
  if (t.pos === "PRON") return GOOD_END_PRONOUNS.has(t.lower) && clauseEnds;
  // "break down", "come back": a particle may end a clause the sentence itself ends there.
  if ((t.pos === "ADP" || t.pos === "ADV") && clauseEnds && /^(?:down|up|out|off|back|away|over|through|in|on|apart|together|ahead|along|around|either|too|well|yet|first|now|again|alone)$/.test(t.lower)) return true;
  // A preposition stranded at the very end of the sentence: "what the critics were objecting to."
  if (t.pos === "ADP" && (next === undefined || /^[.!?]$/.test(next.text))) return true;
  if (t.pos === "AUX" && clauseEnds && /^(?:be|been|do|does|did|have|has|had)$/.test(t.lower)) return true;
  if (BAD_END_POS.has(t.pos)) return false;
  // Adverbs that only modify what follows ("very", "not", "more") cannot end a quote.
  return !/^(?:very|not|more|most|less|least|too|so|also|even|just|quite|rather|much|only|almost|especially|particularly|including|mainly|largely|partly|mostly|chiefly|notably|such)$/.test(t.lower);
}

/**
 * The best quotable span inside tokens [from, to), or undefined.
 * Trims leading conjunctions/connectives and trailing function words; when over maxWords, cuts
 * before a preposition, relative word or comma so that what remains still ends on a content word.
 */
export function quotableSpan(sentence: TaggedSentence, from: number, to: number, maxWords: number, minWords = 3): Span | undefined {
  const { tokens, text } = sentence;
  // A question the author asks is not a claim to quote back ("Will, or even can, Kim walk
  // through?"); a statement that merely ends on a quoted question keeps its claim.
  if (text.trimEnd().endsWith("?") && (asksQuestion(tokens) || tokens.slice(to).every((t) => t.pos === "PUNCT"))) return undefined;
  let a = from;
  let b = to;
  const originalEnd = to;
  const lead = (t: Token) =>
    t.pos === "PUNCT" ||
    t.pos === "CCONJ" ||
    t.pos === "SCONJ" ||
    (t.pos === "ADV" && LEADING_ADVERBS.has(t.lower)) ||
    t.lower === "whether" ||
    t.lower === "if" ||
    (t.lower === "that" && (t.pos === "PRON" || t.pos === "DET") && !isNounNext(tokens, a));
  while (a < b && lead(tokens[a]!)) a++;
  // "of what I was paying attention to", "in which we admit": a fragment, not a claim.
  if (a > 0 && a < b && (tokens[a]!.pos === "ADP" || /^(?:what|which|who|whom|whose)$/.test(tokens[a]!.lower))) return undefined;
  // Only punctuation may be trimmed from the end: a clause that ends on "the", "to" or "it"
  // before its real end ("wanted it [to be]") would misquote the author.
  while (b > a && tokens[b - 1]!.pos === "PUNCT" && tokens[b - 1]!.text !== ")" && tokens[b - 1]!.text !== "”") b--;
  if (b - a <= 0 || !goodEnd(tokens, b - 1)) return undefined;
  // A verb right before "that"/"whether" was cut from its complement ("studies found", "think
  // almost likely, that …"); a subject right before a verb was cut from its predicate.
  let after = b;
  while (tokens[after]?.text === "," || tokens[after]?.text === ")") after++;
  const following = tokens[after];
  const last = tokens[b - 1]!;
  if (following && (following.lower === "that" || following.lower === "whether") && (last.pos === "VERB" || last.pos === "AUX" || last.pos === "ADJ" || last.pos === "ADV")) return undefined;
  if (tokens[b] && tokens[b]!.text !== "," && (tokens[b]!.pos === "AUX" || tokens[b]!.pos === "VERB")) return undefined;
  const words = (x: number, y: number) => countWords(text.slice(tokens[x]!.start, tokens[y - 1]!.end));
  if (words(a, b) > maxWords) {
    let best = -1;
    for (let k = b - 1; k > a; k--) {
      if (!canCutBefore(tokens, k, b)) continue;
      const end = tokens[k - 1]!.text === "," ? k - 1 : k;
      // A verb left at the end of a shortened clause has lost its complement ("can become, …").
      const lastKept = tokens[end - 1];
      const verbEnd = lastKept !== undefined && (lastKept.pos === "VERB" || lastKept.pos === "AUX");
      if (end > a && !verbEnd && goodEnd(tokens, end - 1) && words(a, end) <= maxWords && words(a, end) >= Math.max(minWords, 4)) {
        best = end;
        break;
      }
    }
    if (best < 0) return undefined;
    b = best;
  }
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  // The tokenizer can split inside a word with letters it does not know ("Kieś|lowski").
  if (/\p{L}/u.test(text.charAt(start - 1)) || /\p{L}/u.test(text.charAt(end))) return undefined;
  const spanText = text.slice(start, end);
  const wordCount = countWords(spanText);
  if (wordCount < minWords || !balanced(spanText)) return undefined;
  if (!tokens.slice(a, b).some((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "VERB" || t.pos === "ADJ")) return undefined;
  const first = tokens[a]!;
  const pronounStart =
    (first.pos === "PRON" && OPAQUE_PRONOUNS.has(first.lower)) ||
    ((first.lower === "this" || first.lower === "that") && !isNounNext(tokens, a)) ||
    // "Both hoped …", "Many rightly doubt …": a quantifier standing for people named earlier.
    (QUANTIFIER_PRONOUNS.has(first.lower) && !isNounNext(tokens, a) && tokens[a + 1]?.lower !== "of");
  // A pronoun needs an antecedent of its number earlier in the quote: "Both leaders desperately
  // wanted it to be" leaves "it" unexplained; "Trump … was willing to give it" does not.
  let unresolved = false;
  let singular = false;
  let plural = false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    // A "noun" right before an object pronoun is usually a mis-tagged verb ("forces them").
    const next = tokens[k + 1];
    const beforePronoun = next !== undefined && next.pos === "PRON" && /^(?:it|them|him|her)$/.test(next.lower);
    if ((t.pos === "NOUN" || t.pos === "PROPN") && !beforePronoun) {
      if (isPluralNoun(t)) plural = true;
      else singular = true;
    } else if (t.pos === "PRON" || (t.pos === "DET" && !isNounNext(tokens, k))) {
      if (/^(?:it|its|itself)$/.test(t.lower) && !singular) unresolved = true;
      if (/^(?:they|them|their|themselves)$/.test(t.lower) && !plural) unresolved = true;
      if (/^(?:he|him|his|she|her)$/.test(t.lower) && !tokens.slice(Math.max(a, 1), k).some((u) => u.pos === "PROPN")) unresolved = true;
      // A bare "this", "these", "those" refers to something outside the quote.
      if (/^(?:this|these|those)$/.test(t.lower)) unresolved = true;
    }
    // "the first … the second", "the former", "the latter" point back outside the quote.
    if (/^(?:former|latter)$/.test(t.lower) || (/^(?:first|second)$/.test(t.lower) && tokens[k - 1]?.lower === "the" && !isNounNext(tokens, k))) unresolved = true;
  }
  // "narrow this gulf", "make that case first": the noun points back outside the quote.
  const anaphoric = tokens.slice(a, b).some((t, j) => demonstrative(tokens, a + j));
  // At the very start of a quote, "that money" can only be a demonstrative.
  if (anaphoric || (/^(?:this|that|these|those)$/.test(first.lower) && isNounNext(tokens, a))) unresolved = true;
  return {
    sentence: sentence.index,
    start,
    end,
    text: spanText,
    firstToken: a,
    endToken: b,
    words: wordCount,
    shape: shapeOf(tokens, a, b),
    pronounStart,
    unresolved,
    complete: b === originalEnd || tokens.slice(b, originalEnd).every((t) => t.pos === "PUNCT"),
    conditional: isSubordinate(tokens, from),
    anaphoric,
    // "There are some grounds for hope"; "Frequent service is harder" (than what?).
    vague: (first.lower === "there" && wordCount <= 7) || danglingComparative(tokens, a, b),
  };
}

/**
 * A long clause may be shortened before token k when what is dropped is a modifier: a
 * prepositional phrase or relative clause with no verb of the main clause in it. Cutting
 * "skeptics [in their own countries derail the meeting]" would drop the verb and misquote.
 */
function canCutBefore(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k]!;
  const relative = t.lower === "which" || t.lower === "who" || t.lower === "that" || t.lower === "where" || t.lower === "what";
  const comma = t.text === ",";
  if (!(comma || relative || t.pos === "ADP" || t.pos === "SCONJ" || t.pos === "CCONJ") || CUT_BEFORE_NOT.has(t.lower)) return false;
  if (relative) return !essentialRelative(tokens, k);
  if (t.pos === "SCONJ") return true;
  const next = tokens[k + 1];
  const afterNext = tokens[k + 2];
  const predicateNext = next !== undefined && (next.pos === "AUX" || next.pos === "VERB" || (next.pos === "ADV" && (afterNext?.pos === "VERB" || afterNext?.pos === "AUX")));
  // "understood Kim’s need for political cover [and was willing to …]": the first of two
  // coordinated predicates is complete on its own; the first items of a list ("Koreans [and
  // foreigners]", "to get acquainted[, outline intentions and set a stage]") are not.
  // (A comma before the conjunction suggests a list of predicates, whose first items are not whole.)
  if (t.pos === "CCONJ") return predicateNext && !tokens.slice(0, k).some((u) => u.text === ",");
  if (comma) {
    const modifierNext = next !== undefined && (next.pos === "ADP" || next.pos === "SCONJ" || next.pos === "ADV" || (next.pos === "VERB" && /(?:ing|ed)$/.test(next.lower)) || ["which", "who", "where", "including"].includes(next.lower));
    if (!modifierNext && !startsClause(tokens, k + 1)) return false;
  }
  for (let j = k + 1; j < end; j++) {
    const u = tokens[j]!;
    if (u.text === "," || u.lower === "which" || u.lower === "who" || u.lower === "that" || u.lower === "what" || u.pos === "SCONJ") break;
    if (u.pos === "AUX" || (u.pos === "VERB" && !/(?:ing|ed)$/.test(u.lower))) return comma && startsClause(tokens, k + 1);
  }
  return true;
}

const GENERAL_HEADS = new Set(["people", "those", "one", "ones", "anyone", "someone", "something", "anything", "everything", "thing", "things", "person", "others", "many", "few", "all"]);

/**
 * A relative clause the sentence cannot lose: after a general head ("people [who would otherwise
 * have walked]") or a noun after "is" ("is still a bus [that most people … will not take]").
 */
function essentialRelative(tokens: readonly Token[], k: number): boolean {
  const head = tokens[k - 1];
  if (!head || tokens[k]!.text === ",") return false;
  if (GENERAL_HEADS.has(head.lower)) return true;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.pos === "AUX" && /^(?:is|are|was|were|be|been|am|remains|remain)$/.test(t.lower)) return true;
    if (!["NOUN", "ADJ", "DET", "ADV", "NUM"].includes(t.pos) || (t.pos === "NOUN" && j < k - 1)) return false;
  }
  return false;
}

/**
 * "this gulf", "these observations", "make that case": a demonstrative before a noun. A "that"
 * followed by a noun and then a verb is a conjunction instead ("found that car use barely moved").
 */
function demonstrative(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!/^(?:this|that|these|those)$/.test(t.lower) || !isNounNext(tokens, k)) return false;
  if (t.lower !== "that") return true;
  let j = k + 1;
  while (tokens[j] && (tokens[j]!.pos === "NOUN" || tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "PROPN")) j++;
  const after = tokens[j];
  const verbFollows = after !== undefined && (after.pos === "VERB" || after.pos === "AUX" || (after.pos === "ADV" && (tokens[j + 1]?.pos === "VERB" || tokens[j + 1]?.pos === "AUX")));
  return !verbFollows;
}

function asksQuestion(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  return first !== undefined && (first.pos === "AUX" || /^(?:what|why|how|who|whom|whose|which|where|when|will|can|could|would|should|do|does|did|is|are|was|were)$/.test(first.lower));
}

function danglingComparative(tokens: readonly Token[], a: number, b: number): boolean {
  const last = tokens[b - 1]!;
  const comparative = (last.pos === "ADJ" || last.pos === "ADV") && last.lower !== last.lemma && /er$/.test(last.lower);
  return comparative && !tokens.slice(a, b).some((t) => t.lower === "than") && tokens[b]?.lower !== "than";
}

function isPluralNoun(t: Token): boolean {
  return t.pos === "NOUN" && t.lower !== t.lemma && /s$/.test(t.lower);
}

function isNounNext(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ" || next.pos === "NUM");
}

/** The clause-like segment that contains token k. */
export function segmentAround(tokens: readonly Token[], k: number): [number, number] {
  for (const range of segments(tokens)) if (k >= range[0] && k < range[1]) return range;
  return [0, tokens.length];
}

/** Every quotable clause span of a sentence (segments, then the whole sentence when short). */
export function clauseSpans(sentence: TaggedSentence, maxWords: number): Span[] {
  const spans: Span[] = [];
  const whole = quotableSpan(sentence, 0, sentence.tokens.length, maxWords);
  if (whole && whole.complete) spans.push(whole);
  for (const [from, to] of segments(sentence.tokens)) {
    const span = quotableSpan(sentence, from, to, maxWords);
    if (span && !spans.some((s) => s.start === span.start && s.end === span.end)) spans.push(span);
  }
  return spans;
}

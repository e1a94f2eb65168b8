// Cuts short, exact, quotable spans out of a sentence: clauses split at connectives and
// punctuation, trimmed so they neither start on a conjunction nor end on "the", "and" or a
// preposition, and shortened at a phrase boundary when longer than the quote limit.
import { afterOpeningPhrase, deniedInSentence, embeddedQuestionAt, hasMainClause, insideLaterSubordinate, isFiniteVerb, leansOnContext } from "./selfContained.js";
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
  /** Holds no main clause of its own ("Every time a bakery opens …"): see selfContained.ts. */
  fragment: boolean;
  /**
   * Stops right before the "because", "since", "if" or "unless" that says why or when (no comma
   * between): quoted alone it leaves out the part that matters. Only a question that quotes
   * that part too (explanation, implication) may use it.
   */
  cutBeforeReason: boolean;
  /** Leans on earlier text without a pronoun ("The method proved …", "Minneapolis followed"). */
  contextual: boolean;
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
const GOOD_END_PRONOUNS = new Set([
  "it", "them", "him", "her", "us", "me", "you", "itself", "themselves", "himself", "herself", "myself", "ourselves",
  "yourself", "this", "that", "one", "nothing", "everything", "anything", "something", "everyone", "anyone",
  "someone", "nobody", "everybody", "anybody", "somebody", "none", "mine", "yours", "theirs", "ours", "hers",
  "some", "many", "most", "others", "all", "both",
]);
const OPAQUE_PRONOUNS = new Set(["it", "they", "them", "he", "she", "him", "her", "his", "its", "their", "this", "that", "these", "those", "mine", "hers", "theirs", "ours", "yours"]);
const QUANTIFIER_PRONOUNS = new Set(["both", "many", "some", "others", "few", "most", "several", "all", "each", "neither", "either", "none", "one"]);
const BOUNDARY_PUNCT = /^[;:—–]$/;
const CLAUSE_CONJUNCTIONS = new Set(["but", "yet", "whereas", "although", "though", "because", "unless", "while"]);
/** Verbs whose place or recipient is part of what they say ("put X in Y", "vest X in Y"). */
// (Round 9: and of taking away, "take his name [off its concert hall]", "pulled the books [from the shelves]".)
const PLACING_VERBS = new Set(["put", "place", "set", "lay", "vest", "store", "hang", "move", "send", "bring", "turn", "give", "hand", "transfer", "return", "attach", "assign", "take", "remove", "pull", "strip", "carry", "lift", "throw", "push"]);

/** Words before which a long clause may be cut without leaving a dangling head. */
const CUT_BEFORE_NOT = new Set(["of", "than", "as", "between", "to"]);

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}

/** A word a quote need not start with: punctuation, a conjunction, "however", "whether", "if", a complementizer "that". */
function leadsIn(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a]!;
  return (
    t.pos === "PUNCT" ||
    // A list's bullet ("• staff reported less burnout …").
    /^[•·▪‣◦*–—-]$/.test(t.text) ||
    t.pos === "CCONJ" ||
    t.pos === "SCONJ" ||
    (t.pos === "ADV" && LEADING_ADVERBS.has(t.lower)) ||
    t.lower === "whether" ||
    t.lower === "if" ||
    (t.lower === "that" && (t.pos === "PRON" || t.pos === "DET") && (!isNounNext(tokens, a) || isComplementizer(tokens, a)))
  );
}

const wordStarts = new WeakMap<readonly Token[], number[]>();

/**
 * Whitespace-separated words from token x to token y (exclusive), as countWords would count the
 * text between them: a prefix sum of "this token starts a new word", kept per sentence.
 */
function wordsBetween(tokens: readonly Token[], x: number, y: number): number {
  let prefix = wordStarts.get(tokens);
  if (!prefix) {
    prefix = [0];
    tokens.forEach((t, i) => prefix!.push(prefix![i]! + (i === 0 || t.start > tokens[i - 1]!.end ? 1 : 0)));
    wordStarts.set(tokens, prefix);
  }
  if (y <= x) return 0;
  // The first token always starts a word of the span, whatever came before it.
  return prefix[y]! - prefix[x + 1]! + 1;
}

/** Token ranges of the sentence's clause-like segments, split at connectives and strong punctuation. */
const segmentCache = new WeakMap<readonly Token[], Array<[number, number]>>();

/**
 * Round 9: a dash written tight between two words or figures ("F–A", "1735–1744", "New
 * York–Boston") pairs them, as a hyphen would; it ends no clause. Cut there, "Mr Ferris would play
 * the thirds in sequence, F–A, …" was quoted as "… in sequence, F".
 */
/** "then Under Secretary of the Navy,", "then a junior clerk,": "then" before a title or a noun phrase set off by commas. */
function datedAppositive(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lower !== "then") return false;
  let k = i + 1;
  while (k < tokens.length && /^(?:PROPN|NOUN|ADJ|DET|ADP|NUM)$/.test(tokens[k]!.pos)) k++;
  return k > i + 1 && (tokens[k]?.text === "," || tokens[k]?.text === ")");
}

function joinsWords(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return /^[–-]$/.test(t.text) && before !== undefined && after !== undefined && before.end === t.start && after.start === t.end && /[\p{L}\p{N}]$/u.test(before.text) && /^[\p{L}\p{N}]/u.test(after.text);
}

export function segments(tokens: readonly Token[]): Array<[number, number]> {
  let cached = segmentCache.get(tokens);
  if (!cached) segmentCache.set(tokens, (cached = computeSegments(tokens)));
  return cached;
}

function computeSegments(tokens: readonly Token[]): Array<[number, number]> {
  const cuts: number[] = [];
  const introEnd = mainClauseComma(tokens);
  if (introEnd !== undefined) cuts.push(introEnd);
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    // (A comma inside a closing quotation mark, '"learn by doing," and …', is still the comma before the word.)
    const comma = prev?.text === "," || (/^["”]$/.test(prev?.text ?? "") && tokens[i - 2]?.text === ",");
    if (BOUNDARY_PUNCT.test(t.text) && !joinsWords(tokens, i)) cuts.push(i);
    // ("had since drifted": a "since" before a verb is an adverb, whatever the tag says; round 9:
    // so is one after "has" or before "been": "its design has since been copied …".)
    // ("The strongest case for keeping the objects is …": a "for" is a preposition, whatever the tag says.)
    else if (t.pos === "SCONJ" && t.lower !== "than" && t.lower !== "as" && t.lower !== "that" && t.lower !== "for" && !(t.lower === "since" && (tokens[i + 1]?.pos === "VERB" || /^(?:has|have|had|been)$/.test(prev?.lower ?? "") || /^(?:been|become|then)$/.test(tokens[i + 1]?.lower ?? "")))) cuts.push(i);
    else if (t.lower === "whether" || (t.lower === "that" && (isComplementizer(tokens, i) || (!isNounNext(tokens, i) && (comma || prev?.pos === "VERB" || prev?.pos === "AUX" || prev?.pos === "CCONJ"))))) cuts.push(i);
    // ("used live but weakened versions of a virus": "but" between two modifiers of one noun.)
    else if (CLAUSE_CONJUNCTIONS.has(t.lower) && (t.pos === "CCONJ" || t.pos === "SCONJ" || comma) && !modifierPair(tokens, i)) cuts.push(i);
    else if ((t.lower === "and" || t.lower === "or") && comma && startsClause(tokens, i + 1)) cuts.push(i);
    // "traffic … is down by 14 percent, bus journey times have probably improved, and …": a
    // list of clauses; only after a clause of its own (so "China, his only ally, was" stays whole).
    // (Not before an adjective: "for people in dull, repetitive work it is …" is one clause.)
    else if (t.pos !== "CCONJ" && t.pos !== "ADJ" && comma && startsClause(tokens, i) && hasVerbSince(tokens, cuts, i - 1) && !datedAppositive(tokens, i)) cuts.push(i - 1);
    else if ((t.lower === "which" || t.lower === "that") && tokens[i + 1]?.lower === "is" && tokens[i + 2]?.lower === "why") cuts.push(i);
    // "…, in which we admit …": the relative clause starts at its preposition.
    else if (t.pos === "ADP" && comma && /^(?:which|whom)$/.test(tokens[i + 1]?.lower ?? "")) cuts.push(i);
    // (Round 9: not before a "then" that dates an appositive, "led by John Warner, then Under
    // Secretary of the Navy, and staffed …": a title follows it, not a clause.)
    else if (t.text === "," && (LEADING_ADVERBS.has(tokens[i + 1]?.lower ?? "") || LEADING_ADVERBS.has(prev?.lower ?? "")) && !datedAppositive(tokens, i + 1)) cuts.push(i);
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

/** "live but weakened versions", "small yet striking changes": a conjunction between two modifiers of the noun after them. */
function modifierPair(tokens: readonly Token[], i: number): boolean {
  if (!/^(?:but|yet)$/.test(tokens[i]!.lower) || tokens[i - 1]?.text === ",") return false;
  const modifier = (t: Token | undefined) => t !== undefined && (t.pos === "ADJ" || (t.pos === "VERB" && /(?:ed|en|ing|live)$/.test(t.lower)));
  return modifier(tokens[i - 1]) && modifier(tokens[i + 1]) && tokens[i + 2]?.pos === "NOUN";
}

/** Adjectives that take a "that" clause: "It is also possible that …", "It is clear that …". */
const THAT_ADJECTIVES = /^(?:possible|impossible|likely|unlikely|clear|unclear|true|certain|uncertain|doubtful|obvious|plain|evident|probable|striking|remarkable|surprising|telling|important|significant)$/;

/**
 * "suggest that households on lower incomes are …", "may be that former drivers have …": a "that"
 * after a verb (or a "that"-taking adjective) opens a clause when a verb follows within a few
 * words; "make that case first" has none, so its "that" is a determiner.
 */
export function isComplementizer(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t?.lower !== "that" || prev === undefined) return false;
  // "… report that A, and that B": a second content clause after "and".
  if (prev.pos === "CCONJ" && tokens.slice(0, i - 1).some((u, k) => u.lower === "that" && isComplementizer(tokens, k))) return true;
  const verbLike = prev.pos === "VERB" || prev.pos === "AUX" || (prev.pos === "ADJ" && THAT_ADJECTIVES.test(prev.lower)) || (prev.pos === "NOUN" && /^(?:report|reports|say|says|argue|argues|suggest|suggests|show|shows|claim|claims|warn|warns|note|notes|find|finds)$/.test(prev.lower) && tokens[i - 2]?.pos === "NOUN");
  if (!verbLike) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 10); k++) {
    const u = tokens[k]!;
    if (u.pos === "PUNCT") return false;
    if (u.pos === "VERB" || u.pos === "AUX") return k > i + 1;
  }
  return false;
}

/** A verb between the last cut before `end` and `end`. */
function hasVerbSince(tokens: readonly Token[], cuts: readonly number[], end: number): boolean {
  const from = Math.max(0, ...cuts.filter((c) => c < end));
  return tokens.slice(from, end).some((t) => t.pos === "VERB" || t.pos === "AUX");
}

/** "…, and the sanctions were" starts a clause; "…, and society" does not. */
function startsClause(tokens: readonly Token[], i: number): boolean {
  // A subject (determiners, adjectives, nouns, a pronoun, a short list of them) and then a verb:
  // "the sanctions were", "a new shop, apartment block or restaurant must".
  for (let k = i; k < Math.min(tokens.length, i + 10); k++) {
    const t = tokens[k]!;
    if (k > i && (t.text === "," || t.pos === "CCONJ") && tokens[k - 1]!.pos === "NOUN" && /^(?:NOUN|DET|ADJ)$/.test(tokens[k + 1]?.pos ?? "")) continue;
    if (t.pos === "PART" && t.lower === "to") return false;
    // "…, or a relationship that does, is sending …": the subject carries a relative clause.
    if (k > i && /^(?:that|which|who)$/.test(t.lower)) return false;
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

/**
 * "If A, B and C, the summit was a success": the comma where the main clause starts. After a
 * subordinate clause it is the last comma that opens a clause (the condition may list things);
 * after a prepositional phrase ("Under rules written in the 1950s, a new shop … must …", "On a
 * small lot, the spaces …") or a time phrase ("Twelve months after …, traffic …") the first.
 */
function mainClauseComma(tokens: readonly Token[]): number | undefined {
  const first = tokens[0];
  if (!first) return undefined;
  const opens = (k: number) => tokens[k]!.text === "," && startsClause(tokens, k + 1) && tokens[k + 1]!.pos !== "CCONJ";
  const participle = first.pos === "VERB" && /(?:ed|ing)$/.test(first.lower) && tokens[1]?.pos === "ADP";
  if (first.pos === "ADP" || participle || (first.pos === "NUM" && tokens.slice(1, 4).some((t) => /^(?:after|before|since|until)$/.test(t.lower)))) {
    for (let k = 1; k < tokens.length - 1; k++) if (opens(k)) return k;
    return undefined;
  }
  if (!INTRODUCERS.has(first.lower)) return undefined;
  for (let k = tokens.length - 2; k > 0; k--) {
    if (opens(k)) return k;
  }
  return undefined;
}

function shapeOf(tokens: readonly Token[], start: number, to: number): SpanShape {
  let from = start;
  const first = tokens[from]!;
  // "Requiring every building to … is a blunt way", "Abolishing minimums is …": a gerund
  // subject; "required parking can add …": a participle used as an adjective.
  const gerundSubject = first.pos === "VERB" && /ing$/.test(first.lower) && tokens.slice(from + 1, to).some((t) => t.pos === "AUX" && /^(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|should)$/.test(t.lower));
  // ("Discounted or free passes …": a participle before its noun, or before "or" and another adjective.)
  const participleAdjective = first.pos === "VERB" && /ed$/.test(first.lower) && (tokens[from + 1]?.pos === "NOUN" || (tokens[from + 1]?.pos === "CCONJ" && /^(?:ADJ|VERB)$/.test(tokens[from + 2]?.pos ?? "") && tokens[from + 3]?.pos === "NOUN"));
  if (!gerundSubject && !participleAdjective && (first.pos === "VERB" || first.pos === "AUX" || (first.pos === "PART" && first.lower === "to"))) return "predicate";
  let sawSubject = false;
  // An opening phrase's noun is no subject: "in 1861 began issuing storm warnings" has none.
  from = afterOpeningPhrase(tokens, from, to);
  // Inside a relative clause ("people who could take the bus") the verb is not the main one:
  // skip its verb group and the word it governs.
  let relative: "no" | "before-verb" | "in-verb" = "no";
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const isVerb = t.pos === "VERB" || t.pos === "AUX" || (t.pos === "NOUN" && isFiniteVerb(tokens, k));
    if (relative !== "no") {
      if (isVerb || t.pos === "ADV" || t.pos === "PART") {
        if (isVerb) relative = "in-verb";
        continue;
      }
      if (relative === "in-verb" && (t.pos === "NOUN" || t.pos === "PRON" || t.pos === "PROPN" || t.pos === "ADJ")) relative = "no";
      continue;
    }
    if ((k > start && /^(?:who|which|whom)$/.test(t.lower)) || (t.lower === "that" && t.pos !== "DET" && (tokens[k - 1]?.pos === "NOUN" || tokens[k - 1]?.pos === "PROPN")) || embeddedQuestionAt(tokens, k)) {
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
  // "what gets built at all".
  if (t.lower === "all" && tokens[k - 1]?.lower === "at" && clauseEnds) return true;
  if (t.pos === "PRON") return GOOD_END_PRONOUNS.has(t.lower) && clauseEnds;
  // "break down", "come back": a particle may end a clause the sentence itself ends there.
  if ((t.pos === "ADP" || t.pos === "ADV") && clauseEnds && /^(?:down|up|out|off|back|away|over|through|in|on|apart|together|ahead|along|around|either|too|well|yet|first|now|again|alone)$/.test(t.lower)) return true;
  // A preposition stranded at the very end of the sentence: "what the critics were objecting to."
  if (t.pos === "ADP" && (next === undefined || /^[.!?]$/.test(next.text))) return true;
  if (t.pos === "AUX" && clauseEnds && /^(?:be|been|do|does|did|have|has|had|am|is|are|was|were)$/.test(t.lower)) return true;
  // "A ring is either there or it is not".
  if (t.lower === "not" && clauseEnds && tokens[k - 1]?.pos === "AUX") return true;
  if (BAD_END_POS.has(t.pos)) return false;
  // Adverbs that only modify what follows ("very", "not", "more") cannot end a quote.
  return !/^(?:very|not|more|most|less|least|too|so|also|even|just|quite|rather|much|only|almost|especially|particularly|including|mainly|largely|partly|mostly|chiefly|notably|such)$/.test(t.lower);
}

/**
 * The best quotable span inside tokens [from, to), or undefined.
 * Trims leading conjunctions/connectives and trailing function words; when over maxWords, cuts
 * before a preposition, relative word or comma so that what remains still ends on a content word.
 */
const spanCache = new WeakMap<TaggedSentence, Map<string, Span | undefined>>();

export function quotableSpan(sentence: TaggedSentence, from: number, to: number, maxWords: number, minWords = 3): Span | undefined {
  let cache = spanCache.get(sentence);
  if (!cache) spanCache.set(sentence, (cache = new Map()));
  const key = `${from}:${to}:${maxWords}:${minWords}`;
  if (cache.has(key)) return cache.get(key);
  const span = computeSpan(sentence, from, to, maxWords, minWords);
  cache.set(key, span);
  return span;
}

function computeSpan(sentence: TaggedSentence, from: number, to: number, maxWords: number, minWords: number): Span | undefined {
  const { tokens, text } = sentence;
  // A question the author asks is not a claim to quote back ("Will, or even can, Kim walk
  // through?"); a statement that merely ends on a quoted question keeps its claim.
  if (text.trimEnd().endsWith("?") && (asksQuestion(tokens) || tokens.slice(to).every((t) => t.pos === "PUNCT"))) return undefined;
  let a = from;
  let b = to;
  const originalEnd = to;
  while (a < b && leadsIn(tokens, a)) a++;
  // "Because the subsidy is invisible, it is never debated": dropping the subordinator leaves a
  // comma splice that misquotes the sentence.
  const subordinatorDropped = tokens.slice(from, a).some((t) => t.pos === "SCONJ" && t.lower !== "that");
  if (subordinatorDropped && tokens.slice(a, b).some((t, j) => t.text === "," && startsClause(tokens, a + j + 1))) return undefined;
  // "of what I was paying attention to", "in which we admit": a fragment, not a claim (a clause
  // that merely opens with a prepositional phrase, "without them drivers would circle", is one).
  if (a > 0 && a < b && (/^(?:what|which|who|whom|whose)$/.test(tokens[a]!.lower) || (tokens[a]!.pos === "ADP" && (/^(?:what|which|who|whom|whose)$/.test(tokens[a + 1]?.lower ?? "") || !hasMainClause(tokens, a, b))))) return undefined;
  // Only punctuation may be trimmed from the end: a clause that ends on "the", "to" or "it"
  // before its real end ("wanted it [to be]") would misquote the author.
  while (b > a && tokens[b - 1]!.pos === "PUNCT" && tokens[b - 1]!.text !== ")" && tokens[b - 1]!.text !== "”") b--;
  if (b - a <= 0 || !goodEnd(tokens, b - 1)) return undefined;
  // "It was not one book [but eleven]": a "not A" cut from "not A but B" says the opposite.
  const butAt = tokens[b]?.text === "," ? b + 1 : b;
  if (tokens[butAt]?.lower === "but" && tokens.slice(a, b).some((t) => /^(?:not|n't|never|no)$/.test(t.lower))) return undefined;
  // A verb right before "that"/"whether" was cut from its complement ("studies found", "think
  // almost likely, that …"); a subject right before a verb was cut from its predicate.
  let after = b;
  while (tokens[after]?.text === "," || tokens[after]?.text === ")") after++;
  const following = tokens[after];
  const last = tokens[b - 1]!;
  if (following && (following.lower === "that" || following.lower === "whether") && (last.pos === "VERB" || last.pos === "AUX" || last.pos === "ADJ" || last.pos === "ADV")) return undefined;
  if (tokens[b] && tokens[b]!.text !== "," && (tokens[b]!.pos === "AUX" || tokens[b]!.pos === "VERB")) return undefined;
  if (wordsBetween(tokens, a, b) > maxWords) {
    let best = -1;
    for (let k = b - 1; k > a; k--) {
      if (!canCutBefore(tokens, k, b)) continue;
      const end = tokens[k - 1]!.text === "," ? k - 1 : k;
      // A verb left at the end of a shortened clause has lost its complement ("can become, …").
      const lastKept = tokens[end - 1];
      const verbEnd = lastKept !== undefined && (lastKept.pos === "VERB" || lastKept.pos === "AUX");
      // "…, somewhat [below the forecast]", "for people in dull[, repetitive work]": a modifier
      // left at the end has lost what it modifies.
      const modifierEnd = lastKept !== undefined && (lastKept.pos === "ADV" || lastKept.pos === "ADJ" || lastKept.pos === "NUM");
      // "…, trading a tangle of infrequent routes [for a grid of frequent ones]": a participle
      // phrase is kept whole or dropped whole, from its comma.
      // (The light model may tag the participle a noun: "…, trading/NOUN a tangle …".)
      const inParticiple = tokens.slice(a, end).some((t, j) => (t.pos === "VERB" || (t.pos === "NOUN" && tokens[a + j + 1]?.pos === "DET")) && /ing$/.test(t.lower) && tokens[a + j - 1]?.text === ",");
      if (inParticiple) continue;
      if (end > a && !verbEnd && !modifierEnd && !danglingCoordination(tokens, a, end) && !cutsOffParenthesis(tokens, a, end, b) && goodEnd(tokens, end - 1) && wordsBetween(tokens, a, end) <= maxWords && wordsBetween(tokens, a, end) >= Math.max(minWords, 4)) {
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
  // A token that swallowed the sentence's full stop ("miss." read as an abbreviation).
  if (/[.,;:]$/.test(spanText)) return undefined;
  // "Boredom is not evenly shared, and for people in dull": a coordinated part with no verb.
  if (danglingCoordination(tokens, a, b)) return undefined;
  // "[The idea that] a person on foot must keep to the edges, is barely a century old": a comma
  // straight before a finite verb closes a subject that began before the quote (unless a
  // parenthesis opened inside it: "China, his only ally, was unhappy").
  for (let k = a + 1; k < b; k++) {
    if (tokens[k - 1]!.text === "," && isFiniteVerb(tokens, k) && tokens[k]!.pos === "AUX" && !tokens.slice(a, k - 1).some((t) => t.text === "," || t.text === "(")) return undefined;
  }
  if (!tokens.slice(a, b).some((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "VERB" || t.pos === "ADJ")) return undefined;
  if (cutShort(tokens, a, b)) return undefined;
  const first = tokens[a]!;
  const pronounStart =
    (first.pos === "PRON" && OPAQUE_PRONOUNS.has(first.lower)) ||
    // ("Mine costs me nothing": the light model may not call a possessive pronoun a pronoun.)
    /^(?:mine|hers|theirs|ours|yours)$/.test(first.lower) ||
    ((first.lower === "this" || first.lower === "that") && !isNounNext(tokens, a)) ||
    // "Both hoped …", "Many rightly doubt …": a quantifier standing for people named earlier.
    (QUANTIFIER_PRONOUNS.has(first.lower) && !isNounNext(tokens, a) && tokens[a + 1]?.lower !== "of") ||
    // ("Others use killed microbes": "others" is never a determiner, whatever the next word is tagged.)
    (first.lower === "others" && tokens[a + 1]?.lower !== "of");
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
      // "he", "his", "her" need a person before them in the quote: a name that is no
      // organisation ("a committee of the Royal Society reviewed his work" leaves "his" open) or
      // a noun for a person ("Each observer knew only the patch of sky above him").
      // (A capital opening the sentence is a name only when another follows it: "Half a century
      // passed before most geologists agreed with him" names nobody.)
      if (/^(?:he|him|his|she|her)$/.test(t.lower) && !tokens.slice(a, k).some((u, j) => (u.pos === "PROPN" && (a + j > 0 || tokens[1]?.pos === "PROPN") && !sentence.impersonalNames?.has(a + j)) || isPersonNoun(u))) unresolved = true;
      // "a warning could have saved it": an object pronoun cannot be its own clause's subject,
      // so a noun there is no antecedent for it.
      if (/^(?:it|them)$/.test(t.lower) && objectWithoutAntecedent(tokens, a, k)) unresolved = true;
      // "In most places, that is an accident of …": "that" as a subject stands for what came before.
      if (t.lower === "that" && (k === a || tokens[k - 1]!.text === ",") && (tokens[k + 1]?.pos === "AUX" || tokens[k + 1]?.pos === "VERB")) unresolved = true;
      // A bare "this", "these", "those" refers to something outside the quote.
      if (/^(?:this|these|those)$/.test(t.lower)) unresolved = true;
    }
    // "the first … the second", "the former", "the latter" point back outside the quote.
    if ((/^(?:former|latter)$/.test(t.lower) || (/^(?:first|second)$/.test(t.lower) && tokens[k - 1]?.lower === "the")) && !isNounNext(tokens, k)) unresolved = true;
  }
  // "narrow this gulf", "make that case first": the noun points back outside the quote, unless
  // it is what the whole essay is about ("These parking minimums are so familiar …").
  const pointsBack = (k: number) => demonstrative(tokens, k) && !aboutTopic(sentence, k);
  const anaphoric = tokens.slice(a, b).some((_, j) => pointsBack(a + j));
  // At the very start of a quote, "that money" can only be a demonstrative.
  if (anaphoric || (/^(?:this|that|these|those)$/.test(first.lower) && isNounNext(tokens, a) && !aboutTopic(sentence, a))) unresolved = true;
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
    // (A clause that ends at a dash, a colon or a semicolon is whole: what follows elaborates it.)
    complete: b === originalEnd || tokens.slice(b, originalEnd).every((t) => t.pos === "PUNCT") || /^[—–:;]$/.test(tokens[b]?.text ?? ""),
    // (A whole "When A, B" sentence holds its main clause B: it is no subordinate clause.)
    conditional: isSubordinate(tokens, from) && !(from === 0 && (mainClauseComma(tokens) ?? Infinity) < b - 1),
    anaphoric,
    fragment: trimmedSubordinator(tokens, from, a, b) || !hasMainClause(tokens, a, b) || cutFromPhrase(tokens, a, b) || deniedInSentence(tokens, a) || insideLaterSubordinate(tokens, a) || bareList(tokens, a, b) || viewOfAnother(tokens, from, a),
    // "Leavitt's relation was useful [because she published it plainly]", "… out of a branch
    // [since 1979]", "a sun compass only works [if the animal can correct for the time]".
    // (Also a concession cut before its "but": "The water was still running[, but …]".)
    cutBeforeReason: (/^(?:because|since|unless|if)$/.test(tokens[b]?.lower ?? "") && tokens[b - 1]?.text !== ",") || concededBeforeBut(tokens, a, b) || firstOfContrast(tokens, a, b) || phaseBeforeChange(tokens, a, b),
    contextual: leansOnContext(sentence, a, b) || spokenByOther(sentence.text, start, spanText),
    // "There are some grounds for hope"; "Frequent service is harder" (than what?).
    vague: (first.lower === "there" && wordCount <= 7) || danglingComparative(tokens, a, b),
  };
}

/**
 * Round 7: a phase that waits for its end — "for a while", "at first", "for years", "initially"
 * — quoted without the "before"/"until" clause the sentence ends it with: "Visitors … usually
 * stand for a while [… before someone points to the lower right corner]". The change is the point.
 */
function phaseBeforeChange(tokens: readonly Token[], a: number, b: number): boolean {
  const w = (k: number) => tokens[k]?.lower ?? "";
  const phase = tokens.slice(a, b).some((t, j) => {
    const k = a + j;
    return (
      (/^(?:while|moment|time)$/.test(t.lower) && w(k - 1) === "a" && w(k - 2) === "for") ||
      (t.lower === "first" && w(k - 1) === "at") ||
      /^(?:initially|originally)$/.test(t.lower) ||
      (/^(?:years|decades|months|weeks|days|hours|centuries|generations|ages)$/.test(t.lower) && /^(?:for|many|some)$/.test(w(k - 1)))
    );
  });
  if (!phase) return false;
  for (let k = b; k < tokens.length && !/^[;:.!?]$/.test(tokens[k]!.text); k++) {
    // (The light model may read the verb after a pronoun as a noun: "before someone points/NOUN to …".)
    const pronounVerb = tokens[k + 1]?.pos === "PRON" && /^(?:NOUN|VERB)$/.test(tokens[k + 2]?.pos ?? "") && /(?:s|ed)$/.test(w(k + 2));
    if (/^(?:before|until|till)$/.test(w(k)) && (startsClause(tokens, k + 1) || pronounVerb)) return true;
  }
  return false;
}

/**
 * Round 7: the caller's range opened with a subordinator that quoting trimmed off: "[, so that]
 * double errors can at least be detected", "[if] the subsidy ends". A purpose, a condition or a
 * time clause quoted without it reads as a claim the author never makes. ("Because" and
 * "although" clauses are the author's assertions, and stay.)
 */
function trimmedSubordinator(tokens: readonly Token[], from: number, a: number, b: number): boolean {
  // A purpose ("so that … can") has a modal for its first verb; a result ("so that a household
  // … pays") is the author's statement.
  const firstVerb = tokens.slice(a, b).find((_, j) => isFiniteVerb(tokens, a + j));
  const purpose = firstVerb !== undefined && /^(?:can|could|may|might|would|will|should|shall)$/.test(firstVerb.lower);
  for (let k = from; k < a; k++) {
    const w = tokens[k]!.lower;
    if (/^(?:if|unless|until|till|once|whenever|lest)$/.test(w)) return true;
    if (w === "so" && tokens[k + 1]?.lower === "that" && purpose) return true;
    if (w === "order" && tokens[k - 1]?.lower === "in" && tokens[k + 1]?.lower === "that") return true;
  }
  return false;
}

/** Verbs whose "that" clause is a view held or put forward, not a fact the author states. */
const VIEW_VERBS = /^(?:argue|claim|believe|think|insist|contend|maintain|assert|propose|hypothesise|hypothesize|speculate|suspect|fear|hope|suppose|assume|say|declare|allege|theorise|theorize|reckon|predict|warn|doubt|imagine|hold|feel|wish|expect)$/;

/**
 * Round 7: the span is the "that" clause of someone else's view, its frame cut off: "[In 1849 he
 * had published a pamphlet …, arguing that] the disease was caused by some material …". Quoted
 * alone it reads as the author's own statement. Only a span its caller started at that "that"
 * (from < a) has lost its frame; a generator that starts after it (sources.ts: "Snow argued
 * that "…"") names the holder in its question. The author's own "I think that", "we argue
 * that" is the author's claim.
 */
function viewOfAnother(tokens: readonly Token[], from: number, a: number): boolean {
  if (from >= a) return false;
  const that = a - 1;
  if (tokens[that]?.lower !== "that") return false;
  let v = that - 1;
  while (v >= 0 && tokens[v]!.pos === "ADV") v--;
  const verb = tokens[v];
  if (!verb || verb.pos !== "VERB" || !VIEW_VERBS.test(verb.lemma)) return false;
  // The author's own view: "I would argue that", "we believe that", "As I suspect that".
  return !tokens.slice(Math.max(0, v - 4), v).some((t) => /^(?:i|we)$/.test(t.lower));
}

/** Nouns of measure that need the point they are measured from ("twenty miles [off the coast]"). */
const MEASURES = /^(?:miles|mile|kilometres|kilometers|km|metres|meters|feet|yards|inches|hours|days|weeks|months|years|minutes|seconds|percent|degrees)$/;

/**
 * Round 6: the span stops before words its last phrase needs — "treat public viewing as, at
 * best[, a tolerated side effect]" (a parenthesis after a preposition, closed outside the
 * quote), "They are gritstone, laid down[, I have read, as sand in the delta …]" (a comment
 * clause interrupting the clause the quote stops in), "some twenty miles [off the coast]".
 */
function cutShort(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    if (tokens[k]!.text !== "," || !/^(?:ADP|DET|SCONJ|CCONJ|AUX)$/.test(tokens[k - 1]!.pos)) continue;
    // The parenthesis closes at the next comma; its complement must follow inside the quote.
    let close = k + 1;
    while (close < tokens.length && tokens[close]!.text !== ",") close++;
    if (close + 1 >= b) return true;
  }
  const at = tokens[b]?.text === "," ? b + 1 : -1;
  if (at > 0) {
    const end = commentClauseEnd(tokens, at);
    if (end !== undefined && end + 1 < tokens.length && tokens[end + 1]!.pos !== "PUNCT" && !/^(?:and|but|or)$/.test(tokens[end + 1]!.lower)) return true;
  }
  // "lent framed art prints in the 1930s, phonograph records in the 1940s, films and projectors
  // [in the 1950s and video cassettes in the 1980s]": a list cut before its last items.
  let stop = b;
  while (stop < tokens.length && tokens[stop]!.text !== ";" && tokens[stop]!.text !== ":" && !/^[.!?]$/.test(tokens[stop]!.text)) stop++;
  const listCommas = tokens.slice(a, b).filter((t, j) => t.text === "," && nounGroupEnd(tokens, a + j + 1) > a + j + 1).length;
  const conj = tokens.slice(b, stop).findIndex((t) => t.lower === "and" || t.lower === "or");
  // (One comma before the cut may be an apposition, "a single interest, the survival of the
  // colony"; a list shows itself by a second comma, or by the ", and" of its last item.)
  if (conj >= 0 && (listCommas >= 2 || (listCommas >= 1 && tokens[b + conj - 1]?.text === ","))) {
    const at = b + conj;
    const between = tokens.slice(b, at);
    // (", and a committee seldom does": a clause, not the list's last item.)
    let after = nounGroupEnd(tokens, at + 1);
    while (after < tokens.length && tokens[after]!.pos === "ADV") after++;
    const clause = after < tokens.length && isFiniteVerb(tokens, after);
    if (nounGroupEnd(tokens, at + 1) > at + 1 && !clause && !between.some((t, j) => t.pos === "SCONJ" || /^(?:which|who|that)$/.test(t.lower) || isFiniteVerb(tokens, b + j))) return true;
  }
  const last = tokens[b - 1]!;
  if (MEASURES.test(last.lower) && tokens[b - 2]?.pos === "NUM" && tokens[b]?.pos === "ADP") return true;
  return false;
}

/**
 * A clause that concedes ("still", "of course", "admittedly") cut right before the "but"
 * that makes the point: quoted alone it gives the half the author sets aside.
 */
function concededBeforeBut(tokens: readonly Token[], a: number, b: number): boolean {
  const next = tokens[b]?.text === "," ? tokens[b + 1] : tokens[b];
  // An emphatic "did" and its bare verb: "Tharp eventually did go to sea".
  const emphaticAt = (k: number) => /^(?:do|does|did)$/.test(tokens[k]!.lower) && tokens[k + 1]?.pos === "VERB" && tokens[k + 1]!.lower === tokens[k + 1]!.lemma && !/^(?:not|n't|never)$/.test(tokens[k - 1]?.lower ?? "");
  // (Round 7: inside the quote it concedes across a clause: "Tharp eventually did go to sea[;
  // sources differ on the date, but it was long after …]".)
  const emphatic = tokens.slice(a + 1, b).some((_, j) => emphaticAt(a + 1 + j));
  if (emphatic && tokens.slice(b).some((t) => t.lower === "but")) return true;
  if (next?.lower !== "but") return false;
  return tokens.slice(a, b).some((t, j) => /^(?:still|certainly|admittedly|granted|doubtless|eventually|true)$/.test(t.lower) || (t.lower === "of" && tokens[a + j + 1]?.lower === "course") || emphaticAt(a + j));
}

/**
 * "Some T cells coordinate the response[; others kill infected cells]", "For some diseases a
 * single course is enough[; for others …]": the first half of a some/others contrast.
 */
function firstOfContrast(tokens: readonly Token[], a: number, b: number): boolean {
  const opening = tokens.slice(a, Math.min(b, a + 3)).some((t) => t.lower === "some");
  if (!opening) return false;
  return tokens.slice(b, b + 4).some((t) => t.lower === "others" || (t.lower === "other" && tokens[b]?.text !== "."));
}

const QUOTE_MARK = /["“”]/;

/**
 * Words inside quotation marks in the text that speak as "you", "I" or "we" are someone else's
 * ("One parent … put it plainly: "You're solving the teacher shortage …""): quoted alone they
 * read as the author's, with no one to say who "you" is.
 */
function spokenByOther(text: string, start: number, spanText: string): boolean {
  // (Most sentences quote nobody: one scan of the sentence settles it.)
  if (!QUOTE_MARK.test(text)) return false;
  const marks = text.slice(0, start).match(/["“”]/g)?.length ?? 0;
  return marks % 2 === 1 && /\b(?:you|your|you're|i|i'm|my|mine|me|we|our|us)\b/i.test(spanText);
}

/**
 * A quote that starts inside a phrase has lost its subject or its head: "for a part of West
 * Africa it has never seen" (cut after "a route"), "an enthusiastic Newtonian, teased …" (cut
 * from "Voltaire, an enthusiastic Newtonian, teased …"). A lower-case first word is fine only
 * where a clause may start: at the sentence's start, after punctuation, a conjunction, "that", or
 * a verb whose object the clause is ("I suspect the rules …").
 */
function cutFromPhrase(tokens: readonly Token[], a: number, b: number): boolean {
  const first = tokens[a];
  const prev = tokens[a - 1];
  if (!first || !prev) return false;
  // "[the Heezen–]Tharp maps became …": cut inside a hyphenated name or word.
  if (/^[-–‐]$/.test(prev.text) && prev.end === first.start) return true;
  // "[for others,] such as tetanus, immunity fades …", "including …": the rest of an example list.
  if ((first.lower === "such" && tokens[a + 1]?.lower === "as") || /^(?:including|like)$/.test(first.lower)) return true;
  // "[all] while its body burns …", "especially when …": a subordinate clause behind one word.
  if (/^(?:all|even|just|only|right|long|soon|shortly|especially|particularly|mainly|mostly|partly|largely|chiefly|precisely|except|save|usually|often)$/.test(first.lower) && CLAUSE_OPENERS.test(tokens[a + 1]?.lower ?? "") && a + 1 < b) return true;
  // "[so] complete that I could hear …": an adjective cut from its degree word.
  if (/^(?:so|too|as|very|how|more|less|most|such)$/.test(prev.lower) && (first.pos === "ADJ" || first.pos === "ADV")) return true;
  // "[He grew them,] I now think, for the sake of …": a comment clause whose host is outside.
  if (a > 0 && commentClauseEnd(tokens, a) !== undefined) return true;
  // Round 7: "[they received … and,] the proprietor believed, never drank …": a comment clause
  // with a noun for its subject, then a predicate whose subject is outside the quote.
  if (a > 0 && nounCommentClause(tokens, a, b)) return true;
  // Round 7: "[several parity bits,] each keeping watch over …": an absolute phrase, a quantifier
  // and a participle, describing a noun outside the quote.
  if (a > 0 && prev.text === "," && /^(?:each|both|all|many|some|most|one|none|either|neither)$/.test(first.lower) && /^(?:VERB|NOUN)$/.test(tokens[a + 1]?.pos ?? "") && /ing$/.test(tokens[a + 1]!.lower)) return true;
  if (appositive(tokens, a, b)) return true;
  // "[some form of map that] young birds lack and adults acquire", "[the claim that] taxes rise":
  // a clause that a noun's "that" or "which" governs, its object or its frame left outside.
  // (A word after a determiner or "of" is a noun, whatever it is tagged: "some form of map that …".)
  // ("Bus operators report that …": a verb the tagger calls a noun still takes its clause.)
  const slotByContext = /^(?:DET)$/.test(tokens[a - 3]?.pos ?? "") || tokens[a - 3]?.lower === "of";
  const nounSlot = slotByContext || (/^(?:NOUN|PROPN)$/.test(tokens[a - 2]?.pos ?? "") && !isComplementizer(tokens, a - 1));
  if (/^(?:that|which|whom)$/.test(prev.lower) && a >= 2 && nounSlot && /\p{L}/u.test(tokens[a - 2]!.text) && tokens[a - 2]!.pos !== "AUX") return true;
  // "Sailors read the sky, [farmers read their joints and almanacs offered …]": the tail of a
  // list of clauses whose first item is outside the quote.
  if (prev.text === "," && clauseListTail(tokens, a, b)) return true;
  // "[we regard that] as a serious burden that must be minimised …": a complement of "as" with its verb outside.
  if (first.lower === "as" && a > 0 && prev.pos !== "PUNCT" && prev.pos !== "CCONJ") return true;
  if (!/^\p{Ll}/u.test(first.text)) return false;
  // (After a verb only a verb of thinking or saying takes a clause: "they lend telescopes,
  // museum passes and Wi-Fi hotspots" cut after "lend" is a list of objects.)
  if (prev.pos === "VERB" && !/^(?:think|suspect|believe|know|say|argue|feel|find|hope|fear|guess|doubt|suppose|realise|realize|notice|see|mean|show|suggest|claim|insist|admit)$/.test(prev.lemma)) return true;
  if (/^(?:NOUN|PROPN|ADJ|DET|ADP|NUM|AUX|PART)$/.test(prev.pos) && prev.text !== "," && !/^(?:that|which|who|whether|because|since|although|though|while|whereas|and|but|or|so|yet)$/.test(prev.lower)) return true;
  // A modifier cut off after a comma: "…, at night, for a part of West Africa it has never
  // seen", "…, far below any level considered harmful" (no subordinator: "…, because …" is fine).
  if (a > 0 && prev.text === "," && (first.pos === "ADP" || (first.pos === "ADV" && tokens[a + 1]?.pos === "ADP")) && !/^(?:because|since|although|though|while|whereas|if|unless|as|after|before|until|when|once)$/.test(first.lower)) return true;
  // The rest of a list of objects after a clause: "Many now lend seeds, [telescopes, museum
  // passes and Wi-Fi hotspots]" (the tagger may read "passes" as a verb). Bare nouns with no
  // determiner, pronoun or auxiliary among them are no clause.
  if (prev.text === "," && tokens[a - 2]?.pos === "NOUN" && first.pos === "NOUN" && !tokens.slice(a, b).some((t) => t.pos === "DET" || t.pos === "PRON" || t.pos === "AUX")) return true;
  return false;
}

/** The span goes on a list of clauses ("A, B and C") begun before it: a clause before the comma, an "and" + clause inside. */
function clauseListTail(tokens: readonly Token[], a: number, b: number): boolean {
  // The item before: from the previous boundary to the comma, a finite verb and no conjunction.
  let from = a - 2;
  while (from >= 0 && !/^[,;:]$/.test(tokens[from]!.text) && tokens[from]!.pos !== "CCONJ" && tokens[from]!.pos !== "SCONJ") from--;
  if (from >= 0 && tokens[from]!.text !== ";" && tokens[from]!.text !== ":") return false;
  const before = tokens.slice(from + 1, a - 1);
  if (before.length < 2 || !before.some((_, j) => isFiniteVerb(tokens, from + 1 + j))) return false;
  // The span: an "and" that opens a clause of its own, with no comma before it.
  return tokens.slice(a, b).some((t, j) => t.lower === "and" && tokens[a + j - 1]?.text !== "," && startsClause(tokens, a + j + 1));
}

/**
 * Round 7: at k, right after a noun group, a name or a personal pronoun and a verb group whose
 * object is missing: "[the gifted nephew] Daedalus once tried to kill out of envy" — a zero
 * relative clause, the noun before it its object. The verb group ends on a verb followed by a
 * preposition, a comma or the quote's end, never by an object.
 */
function zeroRelativeWithGap(tokens: readonly Token[], k: number, b: number): boolean {
  const subject = tokens[k];
  if (!subject || !(subject.pos === "PROPN" || (subject.pos === "PRON" && /^(?:i|we|you|they|he|she)$/.test(subject.lower)))) return false;
  let j = k + 1;
  while (j < b && tokens[j]!.pos === "PROPN") j++;
  while (j < b && /^(?:ADV|AUX|PART)$/.test(tokens[j]!.pos) && tokens[j]!.lower !== "to") j++;
  if (j >= b || tokens[j]!.pos !== "VERB") return false;
  // "tried to kill": an infinitive after the verb carries the gap.
  while (tokens[j + 1]?.lower === "to" && tokens[j + 2]?.pos === "VERB" && j + 2 < b) j += 2;
  const after = tokens[j + 1];
  return j + 1 >= b || after === undefined || after.pos === "ADP" || after.text === ",";
}

const CLAUSE_OPENERS = /^(?:while|when|if|because|though|although|as|after|before|since|once|until|whenever|wherever)$/;

/**
 * An appositive after a name: "Voltaire, [then] an enthusiastic Newtonian, teased …",
 * "Bruce Heezen, a geologist a few years younger than she was, who …": a noun phrase that
 * describes someone named outside the quote.
 */
function appositive(tokens: readonly Token[], a: number, b: number): boolean {
  let p = a - 1;
  while (p >= 0 && tokens[p]!.pos === "ADV" && LEADING_ADVERBS.has(tokens[p]!.lower)) p--;
  if (tokens[p]?.text !== "," || !/^(?:PROPN|NOUN)$/.test(tokens[p - 1]?.pos ?? "")) return false;
  // "the Viceroyalty of Peru, [Spanish territory closed to most foreigners], the Spanish crown …":
  // a noun group and a participle, no finite verb, closed by a comma before the sentence goes on.
  if (!/^(?:a|an|the)$/.test(tokens[a]!.lower)) {
    const group = nounGroupEnd(tokens, a);
    const participle = tokens[group];
    return p - 1 >= 0 && tokens[p - 1]!.pos === "PROPN" && group > a && participle !== undefined && participle.pos === "VERB" && /ed$/.test(participle.lower) && tokens[b]?.text === "," && !tokens.slice(a, b).some((t) => t.pos === "AUX") && b + 1 < tokens.length && tokens[b + 1]!.pos !== "PUNCT";
  }
  if (zeroRelativeWithGap(tokens, nounGroupEnd(tokens, a), b) && tokens[b]?.text === ",") return true;
  let comparison = false;
  for (let k = a + 1; k < b; k++) {
    if (tokens[k]!.text === ",") return true;
    // ("younger than she was": a verb of the comparison is not the main verb.)
    if (/^(?:than|as)$/.test(tokens[k]!.lower)) comparison = true;
    if (!comparison && isFiniteVerb(tokens, k)) return false;
  }
  // The appositive closes with the sentence's comma right after the quote.
  return comparison && tokens[b]?.text === ",";
}

/** Verbs of a parenthetical comment: "I now think", "I have read", "it seems". */
const COMMENT_VERBS = /^(?:think|suspect|believe|read|say|suppose|gather|hear|imagine|guess|admit|agree|know|seem|understand|recall|remember|learn)$/;

/**
 * Where a comment clause at token k ends (at its closing comma): a pronoun, adverbs or
 * auxiliaries, a verb of thinking or saying, and a comma ("I now think,", "I have read,").
 */
function commentClauseEnd(tokens: readonly Token[], k: number): number | undefined {
  if (!/^(?:i|we|you|it|they|he|she)$/.test(tokens[k]?.lower ?? "")) return undefined;
  let j = k + 1;
  while (j < k + 4 && /^(?:ADV|AUX|PART)$/.test(tokens[j]?.pos ?? "")) j++;
  if (!COMMENT_VERBS.test(tokens[j]?.lemma ?? "") || tokens[j + 1]?.text !== ",") return undefined;
  return j + 1;
}

/**
 * "the proprietor believed, never drank …", "Snow thought, had …": a noun group and a verb of
 * thinking or saying, a comma, and then a finite verb with no subject of its own.
 */
function nounCommentClause(tokens: readonly Token[], a: number, b: number): boolean {
  let j = nounGroupEnd(tokens, a);
  if (j === a) {
    while (j < b && tokens[j]!.pos === "PROPN") j++;
    if (j === a) return false;
  }
  while (j < b && /^(?:ADV|AUX)$/.test(tokens[j]!.pos)) j++;
  if (!COMMENT_VERBS.test(tokens[j]?.lemma ?? "") || tokens[j + 1]?.text !== ",") return false;
  let v = j + 2;
  while (v < b && tokens[v]!.pos === "ADV") v++;
  // (The light model may read the verb after "never" as a noun: "never drank/NOUN from …".)
  return v < b && (isFiniteVerb(tokens, v) || (tokens[v]!.pos === "NOUN" && tokens[v - 1]!.pos === "ADV" && tokens[v + 1]?.pos === "ADP"));
}

/** A noun group at k ("the rock", "broken stones", "the shape of the land"): where it ends, or k. */
function nounGroupEnd(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < tokens.length && (/^(?:DET|ADJ|NUM)$/.test(tokens[j]!.pos) || (tokens[j]!.pos === "VERB" && /(?:ed|en|ing)$/.test(tokens[j]!.lower) && /^(?:NOUN|ADJ)$/.test(tokens[j + 1]?.pos ?? "")) || (tokens[j]!.pos === "PROPN" && tokens[j + 1]?.pos === "NOUN"))) j++;
  const head = j;
  while (j < tokens.length && tokens[j]!.pos === "NOUN") j++;
  if (j === head) return k;
  if (tokens[j]?.lower === "of") {
    const after = nounGroupEnd(tokens, j + 1);
    if (after > j + 1) return after;
  }
  return j;
}

/**
 * A list of three or more noun groups not followed straight by a verb they are the subject of:
 * "the rock, the water, the shape of the land, the way the light actually falls", "Small stones,
 * broken stones, the ugly ones, packed by hand …". It names things; it claims nothing.
 */
function bareList(tokens: readonly Token[], a: number, b: number): boolean {
  let k = a;
  let items = 0;
  for (;;) {
    const end = nounGroupEnd(tokens, k);
    if (end === k || end > b) return false;
    items++;
    if (tokens[end]?.text === "," && end + 1 < b && /^(?:DET|ADJ|NOUN|PROPN|NUM|VERB)$/.test(tokens[end + 1]!.pos) && nounGroupEnd(tokens, end + 1) > end + 1) {
      k = end + 1;
      continue;
    }
    if (items < 3) return false;
    // "The rock, the water, the heather and the sky were silent": the list is the subject of what follows.
    let v = end;
    if (/^(?:and|or)$/.test(tokens[v]?.lower ?? "") && nounGroupEnd(tokens, v + 1) > v + 1) v = nounGroupEnd(tokens, v + 1);
    const close = v;
    while (v < b && tokens[v]!.pos === "ADV") v++;
    return !(v < b && isFiniteVerb(tokens, v) && tokens[close]?.text !== ",");
  }
}

/**
 * Round 9: a cut inside a parenthesis set off after the subject takes the main verb with it: "the
 * Soviet navy, rebuilt under Gorshkov from a coastal force[ into an oceangoing one, was operating
 * …]" keeps a subject and a participle, and no verb of its own. (The kept part opens the
 * parenthesis with a comma; the dropped part closes it with a comma and an auxiliary.)
 */
function cutsOffParenthesis(tokens: readonly Token[], a: number, end: number, b: number): boolean {
  if (!tokens.slice(a, end).some((t) => t.text === ",")) return false;
  return tokens.slice(end, b).some((t, j) => t.pos === "AUX" && tokens[end + j - 1]?.text === ",");
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
  // "puts a Benin bronze [in the same building as …]", "vested ownership … [in the Oba of Benin]":
  // a verb of placing needs its place; the phrase is no modifier to drop.
  // (Round 9: its first preposition only: "pulled back from the edge [with the help of …]" may be cut.)
  if (t.pos === "ADP" && tokens.slice(Math.max(0, k - 8), k).some((u, i, before) => u.pos === "VERB" && PLACING_VERBS.has(u.lemma) && !before.slice(i + 1).some((w) => w.pos === "ADP"))) return false;
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
  // Round 9: "was led by John Warner[, then Under Secretary of the Navy, and staffed largely by
  // serving officers]": the dropped part holds a second predicate of the main clause (", and" and
  // a verb), so the cut would leave half of what the sentence says of its subject.
  if (comma && tokens.slice(k + 1, end).some((u, i) => /^(?:and|but)$/.test(u.lower) && tokens[k + i]?.text === "," && tokens[k + i + 2]?.pos === "VERB")) return false;
  for (let j = k + 1; j < end; j++) {
    const u = tokens[j]!;
    if (u.text === "," || u.lower === "which" || u.lower === "who" || u.lower === "that" || u.lower === "what" || u.pos === "SCONJ") break;
    if (u.pos === "AUX" || (u.pos === "VERB" && !/(?:ing|ed)$/.test(u.lower))) return comma && startsClause(tokens, k + 1);
  }
  return true;
}

const GENERAL_HEADS = new Set([
  "people", "those", "one", "ones", "anyone", "someone", "something", "anything", "everything", "thing", "things",
  "person", "others", "many", "few", "all",
  // Light nouns whose relative clause is the point: "a question that has nothing to do with bread".
  "question", "way", "problem", "matter", "point", "reason", "kind", "sort", "sense", "place", "time",
]);

/**
 * A relative clause the sentence cannot lose: after a general head ("people [who would otherwise
 * have walked]") or a noun after "is" ("is still a bus [that most people … will not take]").
 */
function essentialRelative(tokens: readonly Token[], k: number): boolean {
  const head = tokens[k - 1];
  if (!head || tokens[k]!.text === ",") return false;
  if (GENERAL_HEADS.has(head.lower)) return true;
  // "one of the rare reforms [that costs the public nothing]", "the only country [that …]": the
  // clause says which.
  const before = tokens.slice(Math.max(0, k - 5), k).map((t) => t.lower);
  if (before.some((w, i) => (w === "one" && before[i + 1] === "of") || /^(?:only|first|last|sole)$/.test(w))) return true;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.pos === "AUX" && /^(?:is|are|was|were|be|been|am|remains|remain)$/.test(t.lower)) return true;
    // (Round 7: "is, in the end, a history of work [that was essential …]": through an "of" phrase
    // and a parenthetical comma to the "is".)
    if (t.lower === "of" && j === k - 2) continue;
    if (t.text === ",") {
      let p = j - 1;
      while (p > Math.max(0, j - 6) && tokens[p]!.text !== ",") p--;
      if (tokens[p]?.text === "," && p < j) {
        j = p;
        continue;
      }
    }
    if (t.pos === "NOUN" && tokens[j + 1]?.lower === "of" && j === k - 3) continue;
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
  if (!/^(?:this|that|these|those)$/.test(t.lower)) return false;
  // "Part of that fall", "in those places": after a preposition it can only point back (the
  // tagger may read the noun as a verb).
  if (tokens[k - 1]?.pos === "ADP" && tokens[k + 1] !== undefined && /^\p{L}/u.test(tokens[k + 1]!.text) && !/^(?:is|was|are|were|has|had)$/.test(tokens[k + 1]!.lower)) return true;
  if (!isNounNext(tokens, k)) return false;
  if (t.lower !== "that") return true;
  // "…, that promise should not …": after a comma (or first) "that" opens no content clause.
  if (k === 0 || tokens[k - 1]!.text === ",") return true;
  // The noun group after "that": where it ends.
  let g = k + 1;
  while (tokens[g] && (tokens[g]!.pos === "NOUN" || tokens[g]!.pos === "ADJ")) g++;
  // "find that patch with my eyes shut": a noun group followed by a preposition is no clause's subject.
  if (tokens[g - 1]?.pos === "NOUN" && tokens[g]?.pos === "ADP" && tokens[g]!.lower !== "of") return true;
  // "fits that principle because …": a noun after "that" with no verb of its own is what "that"
  // points at, even after a verb (not "argues that people …").
  if (g > k + 1 && tokens[g - 1]!.pos === "NOUN" && (tokens[g] === undefined || /^(?:SCONJ|PUNCT|CCONJ)$/.test(tokens[g]!.pos))) return true;
  if (isComplementizer(tokens, k)) return false;
  // "the ring road that circles the zone": after a noun, "that" is a relative pronoun.
  if (tokens[k - 1]?.pos === "NOUN" || tokens[k - 1]?.pos === "PROPN") return false;
  let j = k + 1;
  while (tokens[j] && (tokens[j]!.pos === "NOUN" || tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "PROPN")) j++;
  const after = tokens[j];
  const verbFollows = after !== undefined && (after.pos === "VERB" || after.pos === "AUX" || (after.pos === "ADV" && (tokens[j + 1]?.pos === "VERB" || tokens[j + 1]?.pos === "AUX")));
  return !verbFollows;
}

/** Words for the text itself: "This note sets out …", "this essay argues". */
const SELF_REFERENCE = /^(?:note|essay|article|paper|piece|report|chapter|book|briefing|review|section|post|column|letter)$/;

/**
 * The noun after the determiner at k needs no antecedent: it is one of the essay's topic words,
 * the text itself ("This note"), or it is named on the spot ("This method, called cross-dating,").
 */
function aboutTopic(sentence: TaggedSentence, k: number): boolean {
  const { tokens } = sentence;
  let j = k + 1;
  while (tokens[j + 1] && (tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "NOUN") && tokens[j + 1]!.pos === "NOUN") j++;
  const head = tokens[j];
  if (head === undefined || head.pos !== "NOUN") return false;
  if (SELF_REFERENCE.test(head.lower) && tokens[k]!.lower === "this") return true;
  if (tokens[j + 1]?.text === "," && /^(?:called|known|named)$/.test(tokens[j + 2]?.lower ?? "")) return true;
  // Any noun of the phrase a core topic ("these parking minimums" in an essay titled "Free Parking …");
  // a distal "that"/"those" points back whatever its noun ("those museums" are the four just named).
  if (/^(?:that|those)$/.test(tokens[k]!.lower)) return false;
  return tokens.slice(k + 1, j + 1).some((t) => t.pos === "NOUN" && sentence.coreTopicLemmas?.has(t.lemma) === true);
}

function asksQuestion(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  return first !== undefined && (first.pos === "AUX" || /^(?:what|why|how|who|whom|whose|which|where|when|will|can|could|would|should|do|does|did|is|are|was|were)$/.test(first.lower));
}

/** "Boredom is not evenly shared, and for people in dull": a coordinated part with no verb. */
function danglingCoordination(tokens: readonly Token[], a: number, end: number): boolean {
  for (let k = end - 1; k > a; k--) {
    const t = tokens[k]!;
    if (t.pos === "VERB" || t.pos === "AUX") return false;
    if (t.pos === "CCONJ" && tokens[k - 1]?.text === ",") return true;
  }
  return false;
}

function danglingComparative(tokens: readonly Token[], a: number, b: number): boolean {
  const last = tokens[b - 1]!;
  const comparative = (last.pos === "ADJ" || last.pos === "ADV") && last.lower !== last.lemma && /er$/.test(last.lower);
  return comparative && !tokens.slice(a, b).some((t) => t.lower === "than") && tokens[b]?.lower !== "than";
}

/** Nouns for a person, which "he" or "she" can refer to. */
const PERSON_NOUNS = /^(?:man|woman|boy|girl|father|mother|grandmother|grandfather|uncle|aunt|son|daughter|brother|sister|wife|husband|king|queen|prince|princess|friend|teacher|student|child|officer|captain|leader|president|minister|director|author|writer|poet|scientist|doctor|priest|farmer|soldier|sailor|worker|owner|visitor|observer|reader|driver|scout|emperor|merchant|lawyer|judge|chief|colleague|neighbour|neighbor|partner|parent|grandparent)$/;

function isPersonNoun(t: Token): boolean {
  return t.pos === "NOUN" && (PERSON_NOUNS.test(t.lemma) || (t.lower === t.lemma && /(?:ist|ian)$/.test(t.lower)));
}

/**
 * An object pronoun ("saved it", "read them") whose only possible antecedents are in its own
 * clause's subject: "a warning could have saved it" (a warning did not save itself).
 */
function objectWithoutAntecedent(tokens: readonly Token[], a: number, k: number): boolean {
  const prev = tokens[k - 1];
  // (Also after a preposition: "the poem does not comment on it", "to see most of it".)
  const afterPreposition = prev?.pos === "ADP" && k - 1 > a && !/^(?:than|as|like)$/.test(prev.lower);
  if (!prev || (prev.pos !== "VERB" && !afterPreposition && !(prev.pos === "NOUN" && k - 1 > a))) return false;
  // "made it possible to see", "find it hard to read": "it" stands for what follows.
  if (tokens[k + 1]?.pos === "ADJ" && /^(?:to|that)$/.test(tokens[k + 2]?.lower ?? "")) return false;
  // The clause the pronoun is in starts after the last comma, conjunction or relative word.
  let start = a;
  for (let j = k - 1; j > a; j--) {
    const u = tokens[j]!;
    if (u.text === "," || u.text === ";" || u.text === ":" || u.pos === "CCONJ" || u.pos === "SCONJ" || /^(?:that|which|who)$/.test(u.lower)) {
      start = j + 1;
      break;
    }
  }
  // Its subject: the words before its first verb.
  let verb = start;
  while (verb < k && tokens[verb]!.pos !== "VERB" && tokens[verb]!.pos !== "AUX") verb++;
  const plural = tokens[k]!.lower === "them";
  // ("an obvious place to put it", "ways to reach them": the noun an infinitive modifies is not its object.)
  const infinitiveHead = (j: number) => tokens[j + 1]?.lower === "to" && tokens[j + 2]?.pos === "VERB" && j + 2 < k;
  // ("Supply disruptions, such as a war, a pandemic or a drought, can trigger it": the examples
  // of the subject are not what it acts on.)
  const example = (j: number) => {
    for (let i = j - 1; i >= a && tokens[i]!.text !== ","; i--) if (tokens[i]!.lower === "such" && tokens[i + 1]?.lower === "as") return true;
    for (let i = j - 1; i >= a; i--) {
      if (tokens[i]!.lower === "as" && tokens[i - 1]?.lower === "such") return tokens.slice(i, j).filter((t) => t.text === ",").length <= 3 && !tokens.slice(i, j).some((t) => t.pos === "VERB" || t.pos === "AUX");
    }
    return false;
  };
  // (A capital opening the sentence before a common noun is no name: "Supply disruptions".)
  const name = (u: Token, j: number) => u.pos === "PROPN" && !(j === 0 && tokens[1]?.pos === "NOUN");
  const fits = (u: Token, j: number) => (u.pos === "NOUN" || name(u, j)) && (plural ? isPluralNoun(u) || u.pos === "PROPN" : !isPluralNoun(u)) && !infinitiveHead(j) && !example(j);
  const before = tokens.slice(a, start).some((u, i) => fits(u, a + i));
  // Round 7: "There is a good deal to be said for it": after an existential "there is", the noun
  // group is the clause's subject, which its own object pronoun cannot stand for.
  const existentialEnd = tokens[verb - 1]?.lower === "there" && tokens[verb]?.lemma === "be" ? nounGroupEnd(tokens, verb + 1) : verb;
  const between = tokens.slice(verb, k).some((u, i) => verb + i >= existentialEnd && fits(u, verb + i));
  return !before && !between;
}

function isPluralNoun(t: Token): boolean {
  return t.pos === "NOUN" && t.lower !== t.lemma && /s$/.test(t.lower);
}

function isNounNext(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ" || next.pos === "NUM");
}


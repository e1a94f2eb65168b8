// What a quoted clause does, so that each question type is asked only of an anchor it fits:
// "How convincing is …" of a judgement, not of a reported figure; "What has to be true …" of a
// claim of necessity, not of a statute; "How confident should we be …" of the author's own hedge.
import type { Cue } from "./cues.js";
import { findCues } from "./cues.js";
import { DEFINING_VERBS, EVALUATIVE_WORDS, FIRST_PERSON_VIEW_VERBS, NORMATIVE_NOUNS, REPORTING_VERBS } from "./evaluativeWords.js";
import { isFiniteVerb } from "./selfContained.js";
import type { Span } from "./spans.js";
import type { Token } from "./tagger.js";
import type { TaggedSentence } from "./taggedSentence.js";

export interface ClaimProfile {
  /** Judging words in the predicate, and stance, booster and obligation cues anywhere in the clause. */
  evaluative: number;
  /** A hedge of the author's own inside the clause ("probably", "may", "appears"). */
  hedged: boolean;
  /** Obligation or necessity ("must", "should", "cannot"). */
  obligation: boolean;
  /** Figures, dates, a reported finding or a past event: something that happened or was measured. */
  reported: boolean;
  /** Says what something is or means ("A wide ring means a good year"). */
  defining: boolean;
  /** The author speaking of themselves ("I find those pages hard to read"). */
  firstPerson: boolean;
  /** A view or feeling of the author's ("I suspect …", "I think …"). */
  personalView: boolean;
  /** A rule or law stated as fact ("By law the revenue must be spent …"). */
  legal: boolean;
  /** A rule the text reports: an obligation in a sentence about rules, laws or codes. */
  rule: boolean;
  /** Reports what someone said ("Jarrett Walker … puts it bluntly: …"). */
  speech: boolean;
  /** An instruction ("Sample enough scarred trees …", "Take one walk a week …"): no "that"-clause. */
  imperative: boolean;
}

const RULE_WORDS = /\b(?:rules?|laws?|codes?|regulations?|statutes?|ordinances?|by law|legally)\b/i;

const YEAR = /^(?:1[5-9]\d\d|20\d\d)s?$/;
const SPEECH_VERBS = new Set(["say", "tell", "ask", "write", "remark", "add", "explain", "reply", "announce", "declare", "call"]);
const JUDGING_CUES = new Set(["stance", "booster", "obligation"]);
const PAST_AUX = /^(?:was|were|had|did)$/;

const cueCache = new WeakMap<TaggedSentence, Cue[]>();
function cuesOf(sentence: TaggedSentence): Cue[] {
  let cues = cueCache.get(sentence);
  if (!cues) cueCache.set(sentence, (cues = findCues(sentence.tokens)));
  return cues;
}

/** Index of the clause's main verb (the first finite verb after a subject), or -1. */
function mainVerb(tokens: readonly Token[], a: number, b: number): number {
  // The first finite verb ("a record built from surviving trees is biased": "is", not "built"),
  // outside a relative clause ("Jarrett Walker, a planner who has redesigned …, puts it").
  let relative = false;
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k]!;
    if (/^(?:who|which|whom|whose)$/.test(t.lower) || (t.lower === "that" && tokens[k - 1]?.pos === "NOUN")) relative = true;
    else if (t.text === ",") relative = false;
    else if (!relative && isFiniteVerb(tokens, k)) return k;
  }
  // An imperative ("Sample enough scarred trees …") or a clause whose verb the tagger missed.
  return tokens[a]?.pos === "VERB" ? a : -1;
}

function isPastVerb(t: Token): boolean {
  if (t.pos === "AUX") return PAST_AUX.test(t.lower);
  return t.pos === "VERB" && t.lower !== t.lemma && !t.lower.endsWith("s") && !t.lower.endsWith("ing");
}

const profileCache = new WeakMap<TaggedSentence, Map<string, ClaimProfile>>();

export function claimProfile(sentence: TaggedSentence, span: Span): ClaimProfile {
  let cache = profileCache.get(sentence);
  if (!cache) profileCache.set(sentence, (cache = new Map()));
  const key = `${span.firstToken}:${span.endToken}`;
  const known = cache.get(key);
  if (known) return known;
  const profile = computeProfile(sentence, span);
  cache.set(key, profile);
  return profile;
}

function computeProfile(sentence: TaggedSentence, span: Span): ClaimProfile {
  const { tokens } = sentence;
  const a = span.firstToken;
  const b = span.endToken;
  const inside = tokens.slice(a, b);
  const cues = cuesOf(sentence).filter((c) => c.first >= a && c.end <= b);
  const verb = mainVerb(tokens, a, b);
  const predicateStart = verb < 0 ? a : verb;
  // Scope words ("every building", "nothing to do with") are boosters but no judgement.
  let evaluative = cues.filter((c) => JUDGING_CUES.has(c.kind) && !/^(?:every|all|none|nothing|no one)$/i.test(c.text)).length;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    // Judging words count in the predicate ("is a blunt way"); in the subject only the normative
    // nouns do ("The answer to scarce kerb space is …", "The real problem is …").
    const counts = k >= predicateStart ? EVALUATIVE_WORDS.has(t.lemma) : t.pos === "NOUN" && NORMATIVE_NOUNS.has(t.lemma);
    if ((t.pos === "ADJ" || t.pos === "ADV" || t.pos === "VERB" || t.pos === "NOUN") && counts && !cues.some((c) => c.first === k)) evaluative++;
  }
  // A negated general claim in the present ("sanctions have never forced …", "is not a moral
  // argument") takes a position even without a judging word.
  const negated = inside.some((t) => t.lower === "not" || t.lower === "n't" || t.lower === "never" || t.lower === "no");
  const verbToken = verb >= 0 ? tokens[verb] : undefined;
  const present = verbToken !== undefined && !isPastVerb(verbToken);
  if (negated && present && evaluative === 0) evaluative = 0.5;
  // Figures, not "one of the rare reforms".
  const numbers = inside.some((t) => (t.pos === "NUM" && t.lower !== "one") || /^[£$€%]$/.test(t.text) || t.lower === "percent" || t.lower === "per");
  const dated = inside.some((t) => YEAR.test(t.text));
  const reportingVerb = inside.some((t) => t.pos === "VERB" && REPORTING_VERBS.has(t.lemma));
  const pastEvent = verbToken !== undefined && isPastVerb(verbToken);
  const speech = verbToken !== undefined && (SPEECH_VERBS.has(verbToken.lemma) || (verbToken.lemma === "put" && tokens[verb + 1]?.lower === "it"));
  const first = inside.find((t) => t.pos !== "ADV" && t.pos !== "CCONJ" && t.pos !== "PUNCT");
  const firstPerson = first !== undefined && /^(?:i|we|my|our)$/.test(first.lower);
  const legal = /\b(?:by law|the law|legally|statute|regulations? (?:require|say)|is required|are required)\b/i.test(span.text);
  const obligation = cues.some((c) => c.kind === "obligation");
  return {
    evaluative,
    hedged: cues.some((c) => c.kind === "hedge"),
    obligation,
    // "Jarrett Walker … puts it bluntly", "critics say": the clause reports a speech act.
    reported: numbers || dated || (reportingVerb && pastEvent) || (pastEvent && evaluative < 1) || speech,
    defining: verbToken !== undefined && DEFINING_VERBS.has(verbToken.lemma),
    firstPerson,
    personalView: firstPerson && verbToken !== undefined && FIRST_PERSON_VIEW_VERBS.has(verbToken.lemma),
    legal,
    rule: obligation && (legal || RULE_WORDS.test(sentence.text)),
    speech,
    // "Sample enough scarred trees …", "Take one walk a week …": a bare verb (the tagger may call
    // it a noun) opening the sentence, then what it acts on.
    imperative: a === 0 && (tokens[0]?.pos === "VERB" || tokens[0]?.pos === "NOUN" || tokens[0]?.pos === "PROPN") && tokens[0].lower === tokens[0].lemma && !/ing$/.test(tokens[0].lower) && /^(?:the|a|an|enough|your|one|each|every|some|all|this|these|two|three)$/.test(tokens[1]?.lower ?? ""),
  };
}

/** A judgement the author makes and a group can argue about: what "How convincing …" needs. */
export function isArguable(profile: ClaimProfile): boolean {
  if (profile.legal || profile.rule || profile.defining || profile.speech) return false;
  if (profile.reported) return profile.evaluative >= 2;
  return profile.evaluative >= 1;
}

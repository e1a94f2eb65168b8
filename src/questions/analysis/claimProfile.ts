// What a quoted clause does, so that each question type is asked only of an anchor it fits:
// "How convincing is …" of a judgement, not of a reported figure; "What has to be true …" of a
// claim of necessity, not of a statute; "How confident should we be …" of the author's own hedge.
import type { Cue } from "./cues.js";
import { findCues, subordinateMask } from "./cues.js";
import { DEFINING_VERBS, FIRST_PERSON_VIEW_VERBS, judgesAs, NORMATIVE_NOUNS, REPORTING_VERBS } from "./evaluativeWords.js";
import { isFiniteVerb } from "./selfContained.js";
import type { Span } from "./spans.js";
import type { Token } from "./tagger.js";
import type { TaggedSentence } from "./taggedSentence.js";

export interface ClaimProfile {
  /** Judging words in the predicate, and stance, booster and obligation cues anywhere in the clause. */
  evaluative: number;
  /**
   * Judging words and stance cues only: what is left of `evaluative` without the boosters and
   * obligations, which in a story or a memoir describe ("The amounts are never large").
   */
  judging: number;
  /** A hedge of the author's own inside the clause ("probably", "may", "appears"). */
  hedged: boolean;
  /** A bare modal of possibility ("may", "might", "could") in the main clause: a hedge only in an argument. */
  modalHedged: boolean;
  /** Gives a time or a range ("in a day", "for a few hours"): a modal there states what can happen. */
  duration: boolean;
  /** Obligation or necessity ("must", "should", "cannot"). */
  obligation: boolean;
  /** Figures, dates, a reported finding or a past event: something that happened or was measured. */
  reported: boolean;
  /** The main verb is in the past: in a story, an event told rather than a claim argued. */
  past: boolean;
  /** Says what something is or means ("A wide ring means a good year"). */
  defining: boolean;
  /** The author speaking of themselves ("I find those pages hard to read"). */
  firstPerson: boolean;
  /**
   * The author is in the clause anywhere ("Last August I sat …", "What surprised me most …",
   * "The objection I hear most often …"): a moment or a feeling of theirs, never a claim for a
   * reader to find convincing.
   */
  selfMention: boolean;
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
  /**
   * A simile ("a muted, hollow sound beneath the ice, like someone talking in the next room",
   * "as if a single category could …"): an image, never a claim a skeptic could answer.
   */
  figurative: boolean;
  /**
   * Speaks to a general "you" ("inflation reduces the real value of what you owe"): a worked
   * example or an illustration, not a position of the author's.
   */
  addressed: boolean;
  /** A modal after "you", "we" or a general person ("a reader might keep a second list"): what someone could do, not a claim. */
  suggestion: boolean;
  /**
   * Someone else's view or liking, set down by the author ("some students genuinely like
   * homework", "For many parents, homework is …", "is sometimes remembered as a failure"): the
   * author reports it, so asking how convincing the author's claim is misreads the sentence.
   */
  othersView: boolean;
  /**
   * Talks about the argument rather than making it ("Critics raise three concerns", "The
   * strongest reply to this argument does not come from …", "there is a question of …", "does
   * something remarkable"): a signpost to what comes next.
   */
  signpost: boolean;
  /**
   * A past action told with at most one judging word ("Tharp never saw the rift", "In most
   * trials the swarms chose the best box"): something that happened, not a verdict (a verdict
   * in the past has a copula: "the summit was a success").
   */
  toldEvent: boolean;
}

/** Verbs of liking, saying and believing: "some students like …" reports the students' view. */
const ATTITUDE_VERBS = new Set([
  "like", "enjoy", "prefer", "love", "hate", "dislike", "fear", "want", "say", "argue", "claim", "insist", "believe", "think",
  "feel", "worry", "complain", "object", "suspect", "assume", "expect",
]);
/** "is remembered as", "are often seen as", "was widely thought to": a view held by unnamed people. */
const PASSIVE_VIEW = /\b(?:is|are|was|were|be|been)\s+(?:(?:often|sometimes|still|usually|commonly|generally|\w+ly)\s+)?(?:remembered|seen|regarded|considered|viewed|described|thought|believed|treated|dismissed|celebrated|praised|criticised|criticized|derided|hailed)\s+(?:as|to be|of as)\b/i;
/** Nouns naming a move in the debate itself, not the matter debated. */
const DEBATE_NOUNS = /^(?:reply|replies|objection|objections|rebuttal|rebuttals|counterargument|counterarguments|criticism|criticisms|complaint|complaints)$/;
/** Nouns a signpost counts or announces ("three concerns", "there is a question of …"). */
const ANNOUNCED_NOUNS = /^(?:question|questions|problem|problems|issue|issues|objection|objections|concern|concerns|worry|worries|point|points|reason|reasons|argument|arguments|complaint|complaints|answer|answers|reply|replies|lesson|lessons)$/;
const COUNTS = /^(?:two|three|four|five|six|several|a few|few|many|some)$/;
/** Teasers: "does something remarkable", "one thing is strange". */
const TEASER = /\b(?:something|one thing)\s+(?:\w+ly\s+)?(?:remarkable|strange|surprising|odd|curious|interesting|unusual|extraordinary|unexpected)\s*$/i;
/** Verbs after which "like" compares manner of perceiving ("looks like", "feels like") or degree ("less like"). */
const NOT_SIMILE_BEFORE = /^(?:look|looks|looked|looking|seem|seems|seemed|feel|feels|felt|sound|sounds|sounded|less|more|than|much|just|nothing|something|anything|very|rather|exactly|would|'d|be|is|are|was|were|do|does|did|i|we|you|they|people|many|most|some)$/;
/** Verbs of having and lacking, knowing and needing: "the forecasts lacked a sound method" is a verdict, not an action. */
const STATIVE = /^(?:have|lack|know|need|want|deserve|contain|hold|own|belong|mean|matter|depend|fail|deny|miss|require)$/;
/**
 * A present-tense verb after the first past form ("the districts studied differ from …"): the
 * past form was a participle and the clause is in the present.
 */
function presentLater(tokens: readonly Token[], verb: number, end: number): boolean {
  for (let k = verb + 1; k < end; k++) {
    const t = tokens[k]!;
    if ((t.pos === "VERB" || t.pos === "AUX") && tokens[k - 1]?.lower !== "to" && !isPastVerb(t) && !/(?:ing|en)$/.test(t.lower) && isFiniteVerb(tokens, k)) return true;
  }
  return false;
}
const COPULAS = /^(?:be|seem|remain|become|prove|appear|look|sound|feel|stay)$/;

/** Judging verbs that, as nouns, only name a thing ("a matter of", "support for"). */
const VERB_ONLY = new Set(["matter", "support", "depend", "owe", "reward", "benefit", "harm", "waste"]);

const RULE_WORDS = /\b(?:rules?|laws?|codes?|regulations?|statutes?|ordinances?|by law|legally)\b/i;

/** A year ("1897", "2010s"). */
export const YEAR = /^(?:1[5-9]\d\d|20\d\d)s?$/;
const SPEECH_VERBS = new Set(["say", "tell", "ask", "write", "remark", "add", "explain", "reply", "announce", "declare", "call"]);
const JUDGING_CUES = new Set(["stance", "booster", "obligation"]);
/** Scope words: boosters by their cue kind, but they judge nothing ("every building", "nothing to do with"). */
const SCOPE_WORDS = /^(?:every|all|none|nothing|no one)$/i;
const PAST_AUX = /^(?:was|were|had|did)$/;
const DURATION = /\b(?:in|for|within) (?:a|an|one|two|three|a few|several|\d+) (?:\w+ )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i;
/** Modal hedges that usually state a possibility rather than the author's doubt. */
export const BARE_MODALS = /^(?:may|might|could|can)$/i;

const cueCache = new WeakMap<TaggedSentence, Cue[]>();
function cuesOf(sentence: TaggedSentence): Cue[] {
  let cues = cueCache.get(sentence);
  if (!cues) cueCache.set(sentence, (cues = findCues(sentence.tokens)));
  return cues;
}

/** Index of the clause's main verb (the first finite verb after a subject), or -1. */
export function mainVerb(tokens: readonly Token[], a: number, b: number): number {
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

export function isPastVerb(t: Token): boolean {
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
  const judgingCues = cues.filter((c) => JUDGING_CUES.has(c.kind) && !SCOPE_WORDS.test(c.text));
  let evaluative = judgingCues.length;
  // Only the clause's own words judge: "there are stories of passengers arguing … over which of
  // them was right" does not call anything right.
  const mask = subordinateMask(tokens);
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (mask[k] && !mask[a]) continue;
    // Judging words count in the predicate ("is a blunt way"); in the subject only the normative
    // nouns do ("The answer to scarce kerb space is …", "The real problem is …").
    // ("a matter of recognising patterns": "matter" judges only as a verb.)
    const counts = k >= predicateStart ? judgesAs(tokens, k) && !(t.pos === "NOUN" && VERB_ONLY.has(t.lemma)) : t.pos === "NOUN" && NORMATIVE_NOUNS.has(t.lemma);
    if ((t.pos === "ADJ" || t.pos === "ADV" || t.pos === "VERB" || t.pos === "NOUN") && counts && !cues.some((c) => c.first === k)) evaluative++;
  }
  const judging = evaluative - judgingCues.filter((c) => c.kind !== "stance").length;
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
  // A past action told with at most one judging word (see ClaimProfile.toldEvent): reported too.
  const toldEvent = pastEvent && !COPULAS.test(verbToken.lemma) && !STATIVE.test(verbToken.lemma) && judging < 2 && !presentLater(tokens, verb, b);
  return {
    evaluative,
    judging,
    // The author's own hedge, in the clause's main part; a bare modal ("A gale … might reach the
    // coast in a day", "It may hang there for a few hours") states a possibility or a range,
    // and hedges only a claim that also judges ("free buses may turn out to be a generous gift").
    hedged: cues.some((c) => c.kind === "hedge" && c.main && !approximates(tokens, c) && !suggests(tokens, c) && (!BARE_MODALS.test(c.text) || evaluative >= 1)),
    modalHedged: cues.some((c) => c.kind === "hedge" && c.main && BARE_MODALS.test(c.text)),
    duration: DURATION.test(span.text),
    obligation,
    // "Jarrett Walker … puts it bluntly", "critics say": the clause reports a speech act.
    // (Round 6: and any told past action, "Tharp never saw the rift", "the swarms chose the best
    // box": asked for evidence or for what has to be true, it was judged a misfit.)
    reported: numbers || dated || (reportingVerb && pastEvent) || (pastEvent && evaluative < 1) || speech || toldEvent,
    past: pastEvent,
    defining: verbToken !== undefined && DEFINING_VERBS.has(verbToken.lemma),
    firstPerson,
    selfMention: inside.some((t) => /^(?:i|me|my|myself)$/.test(t.lower)),
    personalView: firstPerson && verbToken !== undefined && FIRST_PERSON_VIEW_VERBS.has(verbToken.lemma),
    legal,
    rule: obligation && (legal || RULE_WORDS.test(sentence.text)),
    speech,
    figurative: similes(inside),
    // (Or the general "one" as subject: "At the two ends of the chain one observes stars …".)
    addressed: (inside.some((t) => t.lower === "you" || t.lower === "your") || (verb > a && tokens[verb - 1]?.lower === "one" && !/^(?:the|no|each|every|any|this|that|which|only)$/.test(tokens[verb - 2]?.lower ?? ""))) && !obligation && !cues.some((c) => c.kind === "stance"),
    suggestion: cues.some((c) => c.kind === "hedge" && c.main && suggests(tokens, c)),
    othersView: othersView(inside, span.text, verb, tokens),
    signpost: signposts(inside, verb - a, span.text),
    toldEvent,
    imperative: imperativeAt(tokens, a),
  };
}

/**
 * "Sample enough scarred trees …", "Take one walk a week …": a bare verb (the tagger may call it
 * a noun) opening the sentence, then what it acts on. Round 6: also after a sequence word
 * ("First, keep wireless service running …", "Then, sand the edges …").
 */
function imperativeAt(tokens: readonly Token[], a: number): boolean {
  const sequenced = /^(?:first|second|third|fourth|fifth|next|then|finally|lastly)$/.test(tokens[0]?.lower ?? "");
  const k = sequenced ? (tokens[1]?.text === "," ? 2 : 1) : 0;
  // The clause starts at the sentence's start or right after its sequence word.
  if (a !== 0 && a !== k) return false;
  const t = tokens[k];
  if (!t || t.lower !== t.lemma || /ing$/.test(t.lower)) return false;
  // After a sequence word a bare verb with no subject is an instruction on its own.
  if (sequenced && t.pos === "VERB") return true;
  return (t.pos === "VERB" || t.pos === "NOUN" || t.pos === "PROPN") && /^(?:the|a|an|enough|your|one|each|every|some|all|this|these|two|three)$/.test(tokens[k + 1]?.lower ?? "");
}

/** "like someone talking", "like a lemon", "as if …", "as though …": an image, not a claim. */
function similes(inside: readonly Token[]): boolean {
  for (let k = 1; k < inside.length - 1; k++) {
    const t = inside[k]!;
    if (t.lower === "as" && /^(?:if|though)$/.test(inside[k + 1]!.lower)) return true;
    if (t.lower !== "like" || t.pos === "VERB" || t.pos === "NOUN") continue;
    // "like" compares only after the clause's verb ("Politicians like fare-free transit": a verb).
    if (!inside.slice(0, k).some((v) => v.pos === "VERB" || v.pos === "AUX")) continue;
    const before = inside[k - 1]!;
    if (NOT_SIMILE_BEFORE.test(before.lower)) continue;
    // "like someone …", "like a lemon": a comparison with a thing or a person.
    if (/^(?:a|an|the|someone|somebody|something|one|two|so|many)$/.test(inside[k + 1]!.lower) || inside[k + 1]!.pos === "NOUN") return true;
  }
  return false;
}

/** Someone else's view, set down by the author (see ClaimProfile.othersView). */
function othersView(inside: readonly Token[], text: string, verb: number, tokens: readonly Token[]): boolean {
  if (PASSIVE_VIEW.test(text)) return true;
  // "For many parents, …", "To most economists, …": the view is framed as theirs.
  if (/^(?:for|to)\s+(?:many|most|some|a lot of)\b[^,]{1,40},/i.test(text)) return true;
  // "some students (genuinely) like homework", "many critics argue …": a quantified group and a
  // verb of liking, saying or believing.
  const first = inside.findIndex((t) => t.pos !== "CCONJ" && t.pos !== "ADV" && t.pos !== "PUNCT");
  if (first < 0 || !/^(?:some|many|most|few|others)$/.test(inside[first]!.lower)) return false;
  const head = verb >= 0 ? tokens[verb] : undefined;
  return head !== undefined && ATTITUDE_VERBS.has(head.lemma);
}

/** Talks about the argument rather than making it (see ClaimProfile.signpost). */
function signposts(inside: readonly Token[], verbAt: number, text: string): boolean {
  if (TEASER.test(text.replace(/[.!?]$/, ""))) return true;
  for (let k = 0; k < inside.length; k++) {
    const t = inside[k]!;
    // "there is a question of …", "there are two problems with …"
    if (t.lower === "there" && /^(?:is|are|was|were|remains|remain)$/.test(inside[k + 1]?.lower ?? "")) {
      const noun = inside.slice(k + 2, k + 5).find((n) => n.pos === "NOUN");
      if (noun && ANNOUNCED_NOUNS.test(noun.lower)) return true;
    }
    // "raise three concerns", "two objections"
    if (COUNTS.test(t.lower) && ANNOUNCED_NOUNS.test(inside[k + 1]?.lower ?? "") && /^(?:objections|concerns|worries|complaints|replies|questions|problems|issues|points|reasons|arguments)$/.test(inside[k + 1]!.lower)) return true;
    // "sort the causes into a few groups", "fall into three kinds": a list announced.
    if (/^(?:into|in)$/.test(t.lower) && /^(?:two|three|four|five|six|several|a|many)$/.test(inside[k + 1]?.lower ?? "")) {
      const noun = inside.slice(k + 2, k + 4).find((n) => n.pos === "NOUN");
      if (noun && /^(?:groups|kinds|types|categories|classes|families|camps|parts|stages|steps|forms|sorts)$/.test(noun.lower)) return true;
    }
  }
  // Round 8: a side announced as having its move ("the defender of Max Brod has a reply, and it is
  // not merely that …", "Critics have an answer"): what the reply is comes next.
  for (let k = 0; k < inside.length; k++) {
    if (inside[k]!.lemma !== "have") continue;
    const noun = inside.slice(k + 1, k + 4).find((n) => n.pos === "NOUN");
    if (noun && /^(?:reply|replies|answer|answers|response|responses|rejoinder|rejoinders|objection|objections)$/.test(noun.lower)) return true;
  }
  // The subject is a move in the debate: "The strongest reply to this argument does not come
  // from …", "The objection I hear most often is that …".
  const subject = inside.slice(0, Math.max(0, verbAt));
  return subject.some((t) => t.pos === "NOUN" && DEBATE_NOUNS.test(t.lower));
}

/**
 * "roughly half the workers", "perhaps ten thousand bees", "about 40 percent": a hedge on a
 * number rounds it; it is no doubt of the author's about a claim.
 */
export function approximates(tokens: readonly Token[], cue: Cue): boolean {
  const next = tokens[cue.end];
  if (next === undefined) return false;
  if (next.pos === "NUM" || /^(?:half|twice|double)$/.test(next.lower)) return true;
  return /^(?:a|an)$/.test(next.lower) && /^(?:dozen|few|hundred|thousand|million|billion|third|quarter|fifth|tenth)$/.test(tokens[cue.end + 1]?.lower ?? "");
}

/**
 * "a reader might keep a second list", "you could start with one": a modal after a general
 * subject suggests what someone could do; it does not hedge a claim.
 */
export function suggests(tokens: readonly Token[], cue: Cue): boolean {
  if (!BARE_MODALS.test(cue.text)) return false;
  const before = tokens.slice(Math.max(0, cue.first - 3), cue.first).map((t) => t.lower);
  // (Only a person: "a bird may literally see the magnetic field" is a hedged claim.)
  const person = /^(?:reader|parent|teacher|student|visitor|person|family|school|district|city|council|board|library|town)$/;
  return /^(?:you|we|one)$/.test(before[before.length - 1] ?? "") || (before.length >= 2 && /^(?:a|any|each|every)$/.test(before[before.length - 2]!) && person.test(before[before.length - 1]!));
}

/** A judgement the author makes and a group can argue about: what "How convincing …" needs. */
export function isArguable(profile: ClaimProfile, storied = false): boolean {
  if (profile.legal || profile.rule || profile.defining || profile.speech) return false;
  // Round 6: an image, a worked example for "you", someone else's view, a signpost and a told
  // past action are none of them the author's position (judges rejected "How convincing is the
  // claim that "The stream made a muted, hollow sound …, like someone talking …"", "… that
  // "inflation reduces the real value of what you owe"", "… that "Critics raise three
  // concerns"", "… that "Tharp never saw the rift"").
  if (profile.figurative || profile.addressed || profile.othersView || profile.signpost || profile.toldEvent) return false;
  // ("a reader might keep a second, private list …" suggests; nobody would dispute it.)
  if (profile.suggestion && profile.judging < 2) return false;
  // In a story or a memoir a "never" or an "every" describes: only judging words make a judgement.
  const weight = storied ? profile.judging : profile.evaluative;
  // In a story a past event is told, even with a judging word in it ("Leavitt's relation was
  // useful", "Money ran short"): only a strong judgement (two judging words) is arguable.
  if (storied && profile.past) return weight >= 2;
  if (profile.reported) return weight >= 2;
  return weight >= 1;
}

/** Sections whose absolutes and modals describe rather than argue (genre.ts). */
export function isStoried(genre: string): boolean {
  return genre === "narrates" || genre === "reflects";
}

/** Units after a numeral that make it a measured quantity ("two years ago", "9 percent", "9 a.m."), not a count in a worked example. */
const MEASURE_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|ago|percent|per|a\.m\.|p\.m\.|am|pm|miles?|kilometres?|kilometers?|metres?|meters?|feet|foot|inches?|pounds?|dollars?|euros?|people|times)$/;

/**
 * A step of a worked example ("four data bits are protected by three check bits, making a block
 * of seven", "the block we transmit is 0110011", "positions 4, 5, 6 and 7 hold 0, 0, 0 and 1"):
 * three or more bare counts in one clause, or a code of digits. Digits, positions and running
 * arithmetic are the machinery of a demonstration: none is a "detail" to discuss, a fact to
 * explain or a point with consequences of its own. (A reported figure has a unit — "fell from
 * 410,000 to 345,000 vehicles a day", "71 positions, up from 38 two years ago" — and a date or a
 * duration is no count.)
 */
export function workedStep(tokens: readonly Token[], a = 0, b = tokens.length): boolean {
  let counts = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    // A string of binary digits, or a long run of digits with no separators, is a code, not a quantity.
    if (/^[01]{4,}$/.test(t.text)) return true;
    if (t.pos !== "NUM" || YEAR.test(t.text) || t.text.includes(",")) continue;
    if (/^(?:one|a)$/.test(t.lower)) continue;
    // "about 9 percent", "9 a.m.", "two years ago": a measure, not a count.
    const after = tokens[k + 1];
    if (after && (MEASURE_UNITS.test(after.lower) || /^[%£$€]$/.test(after.text))) continue;
    if (/^[£$€]$/.test(tokens[k - 1]?.text ?? "")) continue;
    counts++;
  }
  return counts >= 3;
}

/**
 * The clause sits under a frame that grants or floats it rather than asserts it ("It may be that
 * former drivers have switched to rail …", "It may be true that public display is how zoos raise
 * money …", "It is possible that …", "Granted, …"): the author offers it as a possibility or
 * concedes it in order to deny what follows. Asked "what evidence would show" it, "why does it
 * matter" or "how convincing is" it, the frame is dropped and the question misreads the sentence.
 */
export function grantedFrame(sentence: TaggedSentence, span: Span): boolean {
  const before = sentence.text.slice(0, span.start);
  return /\b(?:it|this)\s+(?:may|might|could)\s+(?:well\s+|also\s+)?(?:be\s+)?(?:true|the case|so|possible)?\s*that\s*$|\b(?:it|this)\s+(?:may|might|could)\s+(?:well\s+)?be\s+that\s*$|\bit\s+is\s+(?:possible|conceivable|true|likely)\s+that\s*$|^\s*(?:granted|admittedly|of course)\b[^.]*$/i.test(before);
}

// Whether a quoted span can stand on its own in a question, read by someone who sees only the
// question: it must hold a main clause (not "Every time a bakery opens …", "Twelve months after
// Northbridge began …", "something we are only beginning to miss") and must not lean on what came
// before it ("The method proved …", "the arrangement", "the answer is yes", "Minneapolis
// followed in 2021", "is harder to answer", "…, too").
import type { Token } from "./tagger.js";
import type { TaggedSentence } from "./taggedSentence.js";

/** Words that open a subordinate clause: a quote starting with one has no claim of its own. */
const SUBORDINATORS = new Set([
  "if", "unless", "whether", "when", "whenever", "although", "though", "because", "since", "while", "whereas",
  "after", "before", "once", "until", "till", "as", "where", "wherever", "lest",
]);
/** Multi-word openers of the same kind ("every time", "now that", "by the time"). */
const SUBORDINATOR_PHRASES: ReadonlyArray<readonly string[]> = [
  ["every", "time"], ["each", "time"], ["now", "that"], ["by", "the", "time"], ["the", "moment"], ["as", "soon", "as"],
  ["so", "that"], ["in", "order", "to"], ["even", "if"], ["even", "though"], ["given", "that"], ["provided", "that"],
  ["much", "as"], ["just", "as"], ["as", "if"], ["as", "though"], ["even", "as"], ["rather", "than"],
];

/**
 * Nouns that stand for a stretch of earlier text ("the method", "the arrangement", "the
 * answer"): with "the" and nothing after them that says which, the reader cannot tell what they
 * mean (Schmid's "shell nouns", plus nouns for a change in a figure).
 */
const SHELL_NOUNS = new Set([
  "answer", "approach", "argument", "arrangement", "claim", "consensus", "conclusion", "decision", "effect",
  "episode", "estimate", "example", "explanation", "fact", "fall", "finding", "idea", "increase", "issue",
  "lesson", "link", "matter", "method", "move", "outcome", "pattern", "point", "problem", "promise", "proposal",
  "question", "range", "reason", "reduction", "remedy", "reply", "result", "rise", "situation", "solution",
  "statement", "step", "story", "theory", "thing", "trend", "view", "version", "turn", "breakthrough", "difference",
  // Nouns that sum up what came before ("The culprit turned out to be …", "The consequence was
  // enormous", "The comparison should not be pushed too far", "the new unit", "the statistic").
  "culprit", "consequence", "comparison", "statistic", "relation", "relationship", "unit", "measure",
  "objection", "experiment", "discovery", "puzzle", "mystery", "phenomenon", "change", "number", "tension", "phrase",
  // Round 6: nouns that sum up a stance or a plan told before ("The appeal is easy to understand").
  "appeal", "attraction", "aim", "goal", "worry", "concern", "catch", "trouble", "irony",
  "paradox", "logic", "rationale", "premise", "assumption", "trade-off", "compromise", "verdict", "cost", "benefit",
  "downside", "upside", "payoff", "unease",
]);

/** Comparatives that compare with nothing in particular ("later", "no longer"). */
const FREE_COMPARATIVES = new Set(["later", "earlier", "longer", "further", "rather", "other", "former", "latter", "older", "elder", "upper", "lower", "inner", "outer", "never", "ever", "over", "under", "after", "together", "whether", "either", "neither", "member", "matter", "order", "water", "paper", "power", "quarter", "summer", "winter", "border", "letter", "minister"]);

const FINITE_AUX = /^(?:is|are|am|was|were|be|been|has|have|had|does|do|did|can|could|will|would|shall|should|may|might|must|cannot|'s|’s|'re|’re|'ve|’ve|'d|’d|'ll|’ll|ought)$/;
const IRREGULAR_PARTICIPLES = new Set([
  "written", "known", "given", "taken", "seen", "made", "built", "found", "held", "left", "told", "sold", "paid",
  "kept", "brought", "thought", "bought", "done", "gone", "shown", "drawn", "grown", "chosen", "spoken", "driven",
  "begun", "run", "set", "put", "cut", "hit", "read", "led", "meant", "sent", "spent", "lost", "won", "worn", "torn",
  "born", "borne", "hidden", "broken", "frozen", "stolen", "forgotten", "eaten", "fallen", "laid", "said", "heard",
]);

function startsWithSubordinator(tokens: readonly Token[], a: number, b: number): boolean {
  const first = tokens[a];
  if (!first) return false;
  // "Not because …", "Only when …", "Partly because …": a subordinate clause behind a focusing word.
  if (/^(?:not|only|partly|largely|mainly|mostly|chiefly|simply|precisely|just|even|especially|particularly)$/.test(first.lower) && a + 1 < b && startsWithSubordinator(tokens, a + 1, b) && !/^(?:as|since|before|after|once)$/.test(tokens[a + 1]!.lower)) return true;
  if (SUBORDINATORS.has(first.lower) && (first.pos === "SCONJ" || first.pos === "ADP" || first.pos === "ADV")) return true;
  if (SUBORDINATOR_PHRASES.some((phrase) => phrase.every((w, k) => a + k < b && tokens[a + k]!.lower === w))) return true;
  // "Twelve months after Northbridge began …", "Two days before the vote was …": a time phrase
  // and then a subordinate clause.
  for (let k = a + 1; k < Math.min(b, a + 4); k++) {
    const t = tokens[k]!;
    if (/^(?:after|before|since|until|when|once)$/.test(t.lower)) return tokens.slice(a, k).every((u) => u.pos === "NUM" || u.pos === "NOUN" || u.pos === "DET" || u.pos === "ADJ");
    if (!(t.pos === "NUM" || t.pos === "NOUN" || t.pos === "DET" || t.pos === "ADJ")) break;
  }
  return false;
}

/**
 * A modal or a form of "be", "have" or "do" elsewhere in the sentence: the main verb is another
 * ("rules written in the 1950s, a new shop … must provide", "… can be lined up with those of
 * a dead tree, a roof beam or a log preserved in a bog").
 */
function finiteElsewhere(tokens: readonly Token[], k: number): boolean {
  for (let j = 0; j < tokens.length; j++) if (j !== k && tokens[j]!.pos === "AUX" && FINITE_AUX.test(tokens[j]!.lower)) return true;
  return false;
}

/** A verb form that can head a main clause (not a participle modifying the noun before it). */
export function isFiniteVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  // The light model reads "Rings record more …", "The rings supply the record" as noun compounds:
  // a bare noun after a plural noun, before a determiner or a comparative, is the verb.
  // So is "A space in a surface lot costs several …": an -s noun after a singular one.
  // "Many rightly doubt his ability": a bare noun after a subject and an -ly adverb is the verb.
  if (t.pos === "NOUN" && t.lower === t.lemma && tokens[k - 1]?.pos === "ADV" && /ly$/.test(tokens[k - 1]!.lower) && /^(?:PRON|NOUN|PROPN)$/.test(tokens[k - 2]?.pos ?? "")) return true;
  const next0 = tokens[k + 1];
  // (Not an -ing noun: "more schools offering supervised study time" has no verb of its own.)
  if (t.pos === "NOUN" && next0 !== undefined && !t.lower.endsWith("ing") && /^(?:DET|PRON|ADJ|ADV|NUM)$/.test(next0.pos) && !/^(?:who|whose|whom|which|that|what)$/.test(next0.lower)) {
    const prev = tokens[k - 1];
    if (t.lower === t.lemma && isPlural(prev)) return true;
    if (t.lower !== t.lemma && /[^s]s$/.test(t.lower) && prev !== undefined && prev.pos === "NOUN" && !isPlural(prev) && /^(?:DET|NUM|ADJ)$/.test(next0.pos)) return true;
  }
  if (t.pos === "AUX") return FINITE_AUX.test(t.lower) || t.lower.endsWith("n't");
  if (t.pos !== "VERB") return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (prev?.lower === "to") return false;
  if (t.lower.endsWith("ing")) return false;
  // "rules written in the 1950s", "a stand wiped out by a fire": a participle after its noun.
  const participle = IRREGULAR_PARTICIPLES.has(t.lower) || (t.lower.endsWith("ed") && t.lower !== t.lemma);
  // ("ferns turned up on continents now separated by oceans": with no finite verb after it, the
  // -ed form is the main verb after all.)
  // "a few well-chosen power tools": a participle in a hyphenated modifier before its noun.
  if (participle && prev?.text === "-" && next?.pos === "NOUN") return false;
  if (participle && prev !== undefined && (prev.pos === "NOUN" || prev.pos === "PROPN") && (next === undefined || next.pos === "ADP" || next.pos === "ADV" || next.pos === "PUNCT" || next.lower === "by") && finiteElsewhere(tokens, k)) return false;
  // "a reservoir drained to a ring of cracked mud" (one of a list after a colon): an indefinite
  // noun with a participle and its phrase names a thing; it asserts nothing.
  if (participle && prev?.pos === "NOUN" && next?.pos === "ADP" && /^(?:a|an)$/.test(tokens[k - 2]?.lower ?? tokens[k - 3]?.lower ?? "") && tokens.slice(0, k - 2).some((t) => t.text === ":")) return false;
  return true;
}

/** Nouns of manner, time and reason that take a clause with no "that": "the way we teach", "the day the rains came". */
const LIGHT_HEADS = /^(?:way|moment|day|night|morning|evening|year|time|reason|minute|instant|week|summer|winter)$/;

/**
 * At k, after a light noun ("the way"), a subject — a determiner or possessive and its noun, or
 * a name — and then a finite verb: the start of a zero relative clause.
 */
function zeroRelativeAfterLightNoun(tokens: readonly Token[], k: number, b: number): boolean {
  const head = tokens[k - 1];
  if (!head || head.pos !== "NOUN" || !LIGHT_HEADS.test(head.lower) || tokens[k - 2]?.lower !== "the") return false;
  const t = tokens[k]!;
  if (!(t.pos === "DET" || t.pos === "PROPN" || (t.pos === "PRON" && /^(?:my|your|his|her|our|their|its)$/.test(t.lower)))) return false;
  for (let j = k + 1; j < Math.min(b, k + 7); j++) {
    const u = tokens[j]!;
    if (isFiniteVerb(tokens, j) && (u.pos === "VERB" || u.pos === "AUX")) return j > k;
    if (!/^(?:DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(u.pos)) return false;
  }
  return false;
}

/**
 * "scan a QR code or open a file on your laptop, …" right after a subordinate clause's comma: a
 * bare verb whose stretch to the next comma coordinates another bare verb, and a comma still to
 * come in the span or the sentence (the main clause after it). An imperative ("If you are
 * tired, stop and rest.") has no comma after it.
 */
function listedPredicate(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (!first || first.pos !== "VERB" || first.lower !== first.lemma) return false;
  let k = from + 1;
  while (k < tokens.length && tokens[k]!.text !== "," && !/^[.;:!?]$/.test(tokens[k]!.text)) k++;
  if (tokens[k]?.text !== ",") return false;
  const stretch = tokens.slice(from + 1, k);
  return stretch.some((t, j) => /^(?:and|or)$/.test(t.lower) && /^(?:VERB|ADJ)$/.test(stretch[j + 1]?.pos ?? "") && stretch[j + 1]!.lower === stretch[j + 1]!.lemma);
}

/**
 * A question word after a preposition or an adjective opens a clause inside a phrase, no main
 * clause: "more to a change in what travellers wanted", "often wrong about how real communities
 * behave" (hasMainClause here, shapeOf in spans.ts).
 */
export function embeddedQuestionAt(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return /^(?:what|how|why|whether|where|when)$/.test(tokens[k]!.lower) && (prev?.pos === "ADP" || prev?.pos === "ADJ");
}

/**
 * The span holds a main clause of its own: after any subordinate clause it opens with, a subject
 * and a finite verb that is not inside a relative clause ("people who drive") or a zero relative
 * ("something we are only beginning to miss").
 */
export function hasMainClause(tokens: readonly Token[], a: number, b: number): boolean {
  let from = a;
  // The main clause, if the span has one, follows the subordinate clauses' commas ("when the
  // forecasts were wrong, as they often were, newspapers mocked him").
  // (Round 7: "Not because A, but because B" is two subordinate clauses and no main one.)
  let subordinate = false;
  while (startsWithSubordinator(tokens, from, b) || (subordinate && tokens[from]?.pos === "CCONJ" && startsWithSubordinator(tokens, from + 1, b))) {
    subordinate = true;
    const comma = tokens.slice(from, b).findIndex((t) => t.text === ",");
    if (comma < 0) return false;
    from = from + comma + 1;
    // "Every time you stream a song, scan a QR code or open a file …, some …": a list of the
    // subordinate clause's own predicates, closed by "or"/"and" before a further comma, goes on
    // with the subordinate clause.
    while (listedPredicate(tokens, from)) {
      const next = tokens.slice(from, b).findIndex((t) => t.text === ",");
      if (next < 0) return false;
      from = from + next + 1;
    }
  }
  // Round 7: after a subordinate clause, a verb with no subject of its own is a predicate whose
  // subject came before the span ("[one careful study from Indiana,] where counties adopted the
  // switch at different times, found a slight increase …"); only a bare verb may open an
  // imperative ("If you can, sample …").
  if (subordinate) {
    let k = from;
    while (k < b && tokens[k]!.pos === "ADV") k++;
    const t = tokens[k];
    if (t !== undefined && isFiniteVerb(tokens, k) && !(t.pos === "VERB" && t.lower === t.lemma && !t.lower.endsWith("s"))) return false;
  }
  // A predicate without a subject ("ploughed through the ocean floor", "in 1861 began issuing
  // storm warnings") is no clause; an imperative ("Sample enough scarred trees …") can be.
  const opening = afterOpeningPhrase(tokens, from, b);
  // (After the phrase and its comma, a subject must come before the verb: "without waiting for
  // Congress, divided the country …" has none.)
  const next = tokens[opening]?.text === "," ? opening + 1 : opening;
  if (opening > from && tokens[next] !== undefined && next < b && isFiniteVerb(tokens, next)) return false;
  from = opening;
  let sawSubject = false;
  let relative = false;
  let relativeVerb = false;
  let relativeVerbAt = -1;
  let causative = false;
  for (let k = from; k < b; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    // (A "where"/"when" after a noun opens one too: "with residential permits where spillover is real".)
    // (And a question word after a preposition or an adjective: "more to a change in what
    // travellers wanted", "often wrong about how real communities behave".)
    if (/^(?:who|which|whom|whose)$/.test(t.lower) || ((t.lower === "that" || t.lower === "where" || t.lower === "when") && k > a && (prev?.pos === "NOUN" || prev?.pos === "PRON" || prev?.pos === "PROPN")) || embeddedQuestionAt(tokens, k)) {
      relative = true;
      relativeVerb = false;
      continue;
    }
    // A noun followed straight by a personal pronoun and a verb starts a zero relative clause.
    // (Round 7: so does a light noun of manner, time or reason before any subject: "the way my
    // younger sister's job was setting the table", "the day the rains came".)
    if (k > a && ((t.pos === "PRON" && /^(?:i|we|you|they|he|she)$/.test(t.lower)) || zeroRelativeAfterLightNoun(tokens, k, b)) && (prev?.pos === "NOUN" || prev?.pos === "PRON") && !/^(?:i|we|you|they|he|she|it)$/.test(prev.lower)) {
      relative = true;
      relativeVerb = false;
      continue;
    }
    if (relative) {
      // The relative clause ends at a comma, or where a modal or a form of "be"/"have" after its
      // own verb takes over the subject ("buildings that make old neighbourhoods pleasant … would be").
      // (… unless the comma only joins a second verb of the same relative clause: "A child whose
      // parent works evenings, or does not speak the language" is still the noun phrase.)
      if (t.text === ",") {
        relative = tokens[k + 1]?.pos === "CCONJ" && tokens[k + 2] !== undefined && k + 2 < b && isFiniteVerb(tokens, k + 2);
        relativeVerb = false;
      }
      else if (isFiniteVerb(tokens, k)) {
        // … or a verb straight after the relative clause's object ("Anyone who has hunted for a
        // space near a busy restaurant knows …").
        // (… or straight after the relative clause's own verb, whose object the relative word
        // is: "a thing I had not wanted stayed with me".)
        // ("that makes strangers feel safe": a bare verb after a causative's object is its complement.)
        const complement = t.pos === "VERB" && t.lower === t.lemma && causative;
        // ("whose way of life cannot be meaningfully accommodated": one verb group, adverbs and all.)
        const sameGroup = tokens[relativeVerbAt]?.pos === "AUX" && k > relativeVerbAt + 1 && tokens.slice(relativeVerbAt + 1, k).every((u) => /^(?:AUX|ADV|PART)$/.test(u.pos));
        if (relativeVerb && !complement && !sameGroup && ((t.pos === "AUX" && tokens[k - 1]?.pos !== "AUX") || (t.pos === "VERB" && /^(?:NOUN|PROPN|ADV|VERB)$/.test(tokens[k - 1]?.pos ?? "")))) return true;
        relativeVerb = true;
        relativeVerbAt = k;
        causative = /^(?:make|let|help|see|watch|hear|have)$/.test(t.lemma);
      }
      continue;
    }
    // (A gerund can be the subject: "For another half century forecasting remained …".)
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON" || t.pos === "NUM" || (t.pos === "VERB" && t.lower.endsWith("ing"))) sawSubject = true;
    // "a mother … helping a child upload homework": a bare verb after a participle of "help",
    // "make", "let" and its object is that participle's complement, not a main verb.
    const complement = t.pos === "VERB" && t.lower === t.lemma && tokens.slice(Math.max(from, k - 4), k).some((p) => p.pos === "VERB" && p.lower.endsWith("ing") && /^(?:help|make|let|watch|see|hear)$/.test(p.lemma));
    if (!complement && isFiniteVerb(tokens, k)) {
      if (sawSubject || k === from) return true;
      // A finite verb with no subject before it ("simply has no quiet room …", "perhaps the most
      // engaged ones, lose …") is a predicate cut from its clause; only a bare verb after an
      // adverb ("Never put a stone down twice") can open an imperative.
      if (!(t.pos === "VERB" && t.lower === t.lemma)) return false;
    }
  }
  return false;
}

/**
 * Where a clause's subject can start after an opening prepositional phrase ("In 2022 Germany
 * transferred …" → "Germany"; "in 1861 began …" → "began", no subject): the phrase is the
 * preposition, its determiners and modifiers, and one noun group (a year closes it).
 */
export function afterOpeningPhrase(tokens: readonly Token[], from: number, to: number): number {
  const first = tokens[from];
  if (!first || first.pos !== "ADP") return from;
  // "without waiting for Congress, …": a gerund phrase runs to its comma.
  if (tokens[from + 1]?.pos === "VERB" && /ing$/.test(tokens[from + 1]!.lower)) {
    const comma = tokens.slice(from, to).findIndex((t) => t.text === ",");
    return comma < 0 ? to : from + comma;
  }
  let k = from + 1;
  while (k < to && /^(?:DET|ADJ|ADV)$/.test(tokens[k]!.pos)) k++;
  if (k < to && tokens[k]!.pos === "NUM") return k + 1;
  while (k < to && (tokens[k]!.pos === "NOUN" || tokens[k]!.pos === "PROPN")) k++;
  return k;
}

function isPlural(t: Token | undefined): boolean {
  if (t === undefined || (t.pos !== "NOUN" && t.pos !== "PROPN")) return false;
  // A capitalised plural opening a sentence ("Rings record …") may be tagged a name, unlemmatised.
  return (t.lower !== t.lemma || t.pos === "PROPN") && /[^s]s$/.test(t.lower);
}

/** "the method", "the range": a definite noun phrase whose referent is outside the span. */
function anaphoricDefinite(sentence: TaggedSentence, a: number, b: number): boolean {
  const { tokens } = sentence;
  const prior = sentence.priorLemmas;
  for (let k = a; k < b; k++) {
    if (tokens[k]!.lower !== "the") continue;
    let head = k + 1;
    while (head < b && (tokens[head]!.pos === "ADJ" || tokens[head]!.pos === "NOUN" || tokens[head]!.pos === "PROPN" || tokens[head]!.pos === "NUM") && (tokens[head + 1]?.pos === "NOUN" || tokens[head + 1]?.pos === "ADJ")) head++;
    const noun = tokens[head];
    if (!noun || head >= b || noun.pos !== "NOUN") continue;
    // What the whole essay is about needs no antecedent ("the scheme" in a note on a charging
    // scheme); a shell noun must be a core topic for that ("the range" of two sections is not).
    // "a thing I had not wanted stayed with me longer than the thing itself": named in the quote.
    if (tokens.slice(a, k).some((u) => u.lemma === noun.lemma && (u.pos === "NOUN" || u.pos === "VERB"))) continue;
    const shell = SHELL_NOUNS.has(noun.lemma);
    if ((shell ? sentence.coreTopicLemmas : sentence.topicLemmas)?.has(noun.lemma)) continue;
    // A noun repeated from the sentences just before ("a scar … The scar sits …") points back
    // when it is what the quote is about (its subject); as an object or inside a prepositional
    // phrase ("removed the grass that carried the fires") it is mostly background.
    const subject = tokens.slice(a, k).every((u) => u.pos === "ADV" || u.pos === "CCONJ" || u.pos === "PUNCT");
    const repeated = subject && prior !== undefined && prior.has(noun.lemma);
    if (!shell && !repeated) continue;
    // Said which by what follows: "the method of cross-dating", "the question that prompted it",
    // "the arrangement to return them", "the evidence from cities".
    const next = tokens[head + 1];
    // A zero relative says which too: "the figures we have".
    if (next && head + 1 < b && (/^(?:of|that|which|who|whom|whose|to|for|from|about|between|behind|in|on|against|with|over|where|when|we|i|you|they|here)$/.test(next.lower))) continue;
    // Or by its predicate: "The deeper question is who gets to tell the story".
    const after = tokens[head + 2];
    if (next && FINITE_AUX.test(next.lower) && after && /^(?:that|who|what|whether|how|why|to|where)$/.test(after.lower)) continue;
    return true;
  }
  return false;
}

/** "Minneapolis followed in 2021", "did the same", "…, too": an ellipsis filled in by earlier text. */
function elliptical(tokens: readonly Token[], a: number, b: number, sentenceEnd: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (t.lemma === "follow" && t.pos === "VERB" && (next === undefined || k + 1 >= b || next.pos === "ADP" || next.pos === "PUNCT" || next.pos === "NUM" || next.pos === "ADV")) return true;
    if (t.lower === "same" && tokens[k - 1]?.lower === "the" && next?.pos !== "NOUN" && next?.pos !== "ADJ" && !tokens.slice(k + 1, sentenceEnd).some((u) => u.lower === "as")) return true;
    if ((t.lower === "so" || t.lower === "likewise" || t.lower === "similarly") && /^(?:do|does|did)$/.test(tokens[k - 1]?.lower ?? next?.lower ?? "")) return true;
    if (t.lower === "such" && next?.lower !== "as" && tokens[k + 2]?.lower !== "as") return true;
    // "The bank could, to the penny, …": a modal whose verb is understood from before.
    // ("… much as the bars of a barcode do" ends on a verb of comparison, which is fine.)
    if (t.pos === "AUX" && /^(?:could|can|would|will|should|might|may|must)$/.test(t.lower) && (next === undefined || next.text === "," || k + 1 >= b)) return true;
    // "the same year" (as what was just told) leans back; "the same buses" is merely the same ones.
    if (t.lower === "same" && tokens[k - 1]?.lower === "the" && /^(?:year|day|week|month|time|moment|period|decade|century|season)s?$/.test(next?.lower ?? "")) return true;
  }
  // Round 7: "Icarus is the one who would not", "most of them did not": an auxiliary and its
  // negation end the quote, the verb phrase left to the sentence before (unless the quote holds
  // what it stands for: "some can swim and others cannot", "more than it did not").
  let tail = b - 1;
  while (tail > a && /^(?:not|n't|never|too|either|so)$/.test(tokens[tail]!.lower)) tail--;
  const aux = tokens[tail];
  const coordinated = tokens.slice(a, tail).some((u) => /^(?:and|or|but|than|as|while|whereas|nor)$/.test(u.lower));
  if (tail < b - 1 && aux && aux.pos === "AUX" && /^(?:could|can|would|will|should|might|may|must|shall|do|does|did|have|has|had|is|are|was|were|am)$/.test(aux.lower) && !coordinated) return true;
  // Round 7: "My father knew, of course", "Everyone noticed": a verb of knowing or noticing whose
  // object is left to the text around the quote.
  if (elidedObject(tokens, a, b)) return true;
  // "a committee seldom does", "birds do exactly that": the verb stands for one said before.
  const lastWord = tokens[b - 1];
  if (lastWord && /^(?:do|does|did)$/.test(lastWord.lower) && b - a > 1) return true;
  for (let k = a; k < b - 1; k++) {
    if (!/^(?:do|does|did|doing)$/.test(tokens[k]!.lower)) continue;
    const j = /^(?:exactly|just|precisely|much)$/.test(tokens[k + 1]!.lower) ? k + 2 : k + 1;
    if (/^(?:that|this|so)$/.test(tokens[j]?.lower ?? "") && tokens[j + 1]?.pos !== "NOUN") return true;
  }
  // "the commons failed too, often quickly": a "too" inside the clause as much as at its end.
  for (let k = a; k < b - 1; k++) if (tokens[k]!.lower === "too" && tokens[k + 1]!.text === ",") return true;
  // "Rings have limits as a record, too", "… as well", "… either", "should start there".
  const last = tokens[b - 1];
  if (last && /^(?:too|either|there|here|then)$/.test(last.lower)) return true;
  if (b - a >= 2 && tokens[b - 2]!.lower === "as" && last?.lower === "well") return true;
  return false;
}

/** Verbs that need what is known or noticed: with nothing after them, it was said before. */
const OBJECT_VERBS = /^(?:know|realise|realize|understand|notice|remember|forget|guess|suspect|admit|decide|learn|wonder|recognise|recognize|discover|expect|imagine|see)$/;

/**
 * "My father knew, of course", "She had always suspected": the quote's last verb is one of
 * knowing or noticing with no object after it — only adverbs, "of course" and commas — and it
 * is no comparison ("as everyone knows").
 */
function elidedObject(tokens: readonly Token[], a: number, b: number): boolean {
  let k = b - 1;
  for (;;) {
    const t = tokens[k];
    if (!t || k < a) return false;
    if (t.text === "," || t.pos === "ADV" || (t.lower === "course" && tokens[k - 1]?.lower === "of")) {
      k -= t.lower === "course" ? 2 : 1;
      continue;
    }
    break;
  }
  const verb = tokens[k];
  if (!verb || verb.pos !== "VERB" || !OBJECT_VERBS.test(verb.lemma) || verb.lower.endsWith("ing")) return false;
  // A subject right before it (adverbs and auxiliaries between): "My father knew", "I had suspected".
  let j = k - 1;
  while (j >= a && /^(?:ADV|AUX|PART)$/.test(tokens[j]!.pos)) {
    // ("The sun compass is well understood": a passive has no object to leave out.)
    if (tokens[j]!.pos === "AUX" && tokens[j]!.lemma === "be") return false;
    j--;
  }
  if (j < a || !/^(?:NOUN|PROPN|PRON)$/.test(tokens[j]!.pos)) return false;
  return !tokens.slice(a, k).some((u) => /^(?:as|than|what|which|who|that|how)$/.test(u.lower));
}

/** A comparison with nothing to compare to: "is harder to answer", "so precisely", "reach further". */
function danglingComparison(tokens: readonly Token[], a: number, b: number, sentenceEnd: number): boolean {
  const rest = tokens.slice(a, sentenceEnd);
  const hasThan = rest.some((t) => t.lower === "than" || t.lower === "as");
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    // "so precisely", "so common" with no "that …" after it.
    if (t.lower === "so" && next && (next.pos === "ADJ" || next.pos === "ADV") && !tokens.slice(k + 2, sentenceEnd).some((u) => u.lower === "that")) {
      if (!/^(?:far|much|many|long)$/.test(next.lower)) return true;
    }
    if (hasThan) continue;
    // "the world is usually more interesting" (than what?): a bare "more"/"less" comparison that
    // ends the quote; "should be more open to bold ideas" goes on and reads fine.
    if ((t.lower === "more" || t.lower === "less") && next && (next.pos === "ADJ" || next.pos === "ADV") && k + 2 >= b) return true;
    const comparative = (t.pos === "ADJ" || t.pos === "ADV") && t.lower !== t.lemma && /(?:er)$/.test(t.lower) && !FREE_COMPARATIVES.has(t.lower);
    // Before its noun ("a hotter, drier world", "better service") a comparative names a kind.
    const attributive = next !== undefined && (next.pos === "NOUN" || ((next.text === "," || next.pos === "CCONJ") && tokens[k + 2]?.pos === "ADJ"));
    // ("the working week got shorter": a comparative of change compares with before.)
    const ofChange = /^(?:get|grow|become|turn|go|fall|rise)$/.test(tokens[k - 1]?.lemma ?? "");
    if (comparative && !attributive && !ofChange && tokens[k - 1]?.lower !== "no") return true;
  }
  return false;
}

/**
 * Adverbs that tie a clause to the one before ("The larger prize, however, lies in the network
 * itself", "A living tree's rings can therefore be lined up …"): quoted alone, the clause answers
 * something the reader has not seen. (At a quote's start they are trimmed off instead.)
 */
// (Round 9: "duly", as was expected or agreed before: "David Geffen duly gave $100 million".)
const LINKING_ADVERBS = /^(?:however|therefore|thus|hence|instead|nonetheless|nevertheless|likewise|similarly|consequently|accordingly|meanwhile|anyway|regardless|duly)$/;

function linked(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (LINKING_ADVERBS.test(tokens[k]!.lower) && tokens[k]!.pos !== "SCONJ") return true;
  return false;
}

/**
 * Round 5: a span that resumes the sentence before — "In other words, …", "Each one carries …"
 * (each of the things just named), "the same amount" with no "as" (as what was just told).
 */
function resumes(tokens: readonly Token[], a: number, b: number): boolean {
  const w = (k: number) => tokens[k]?.lower ?? "";
  if (w(a) === "in" && /^(?:other|short|sum)$/.test(w(a + 1))) return true;
  // Round 9: set off after the subject too ("Ice, in other words, was a way of …"): it restates
  // the sentence before, wherever it stands.
  for (let k = a + 1; k + 2 < b; k++) if (w(k - 1) === "," && w(k) === "in" && w(k + 1) === "other" && w(k + 2) === "words") return true;
  if (w(a) === "each" && (w(a + 1) === "one" || w(a + 1) === "of")) return true;
  for (let k = a; k + 2 < b; k++) {
    if (w(k) === "the" && w(k + 1) === "same" && /^(?:amount|way|reason|rate|size|number|direction|distance|level|extent|degree)$/.test(w(k + 2)) && !tokens.slice(k + 3, b).some((t) => t.lower === "as")) return true;
  }
  return false;
}

/** Ordinals that count on from a list the sentences before began. */
const LATER_ORDINALS = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;

/**
 * Round 9: more ways a span resumes what came before (judges: "'The second' leans on the list",
 * "'the same kind of act' as what?", "'is the opposite' of what?", "'returned the attention'
 * leans on the sentence before"):
 * - it opens on a later item of a list begun before: "The third reason was cost", "The second
 *   shows that …" (not "first": a first item opens a list, and "the first time" is no item of
 *   one; nor a leading "Second,": judges kept as many such quotes as they rejected);
 * - it says that something is the same or the opposite, with nothing in the quote to compare it
 *   with: "Renting is the same kind of bargain", "The night shift was the reverse" (no "as …",
 *   "of …" or "to …" after it). ("sold the same wall twice" is no comparison: only after "be".)
 * - it answers in kind what was done before: "returned the attention", "followed suit", "did the
 *   same".
 */
function countsOrCompares(tokens: readonly Token[], a: number, b: number): boolean {
  const w = (k: number) => tokens[k]?.lower ?? "";
  if (/^(?:the|a)$/.test(w(a)) && LATER_ORDINALS.test(w(a + 1)) && w(a + 2) !== "of" && !/^(?:time|day|year|week|month|century|half|quarter|world|generation|language|largest|biggest|most)$/.test(w(a + 2))) return true;
  // It answers in kind what someone did before: "the crews returned the attention", "the other
  // firms followed suit", "replied in kind", "did the same".
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.lemma === "return" && w(k + 1) === "the" && /^(?:attention|favour|favor|fire|compliment|gesture|courtesy|visit|blow|stare|look|greeting)$/.test(w(k + 2))) return true;
    if ((t.lemma === "follow" && w(k + 1) === "suit") || (w(k) === "in" && w(k + 1) === "kind" && k > a) || (t.lemma === "do" && t.pos !== "AUX" && w(k + 1) === "the" && w(k + 2) === "same" && w(k + 3) !== "as")) return true;
  }
  for (let k = a + 1; k + 1 < b; k++) {
    if (!FINITE_AUX.test(w(k - 1)) || w(k) !== "the") continue;
    const rest = tokens.slice(k + 2, b).map((t) => t.lower);
    if (w(k + 1) === "same" && !rest.includes("as") && !rest.includes("that")) return true;
    if (/^(?:opposite|reverse|contrary|inverse)$/.test(w(k + 1)) && !/^(?:of|to)$/.test(w(k + 2))) return true;
  }
  return false;
}

/** The span leans on text outside it, though it has no pronoun: see the module comment. */
export function leansOnContext(sentence: TaggedSentence, a: number, b: number): boolean {
  const end = sentence.tokens.length;
  return anaphoricDefinite(sentence, a, b) || elliptical(sentence.tokens, a, b, end) || danglingComparison(sentence.tokens, a, b, end) || linked(sentence.tokens, a, b) || resumes(sentence.tokens, a, b) || countsOrCompares(sentence.tokens, a, b) || leansBeyond(sentence, a, b) || shornOfCondition(sentence.tokens, a, b);
}

// Round 6: a span must say what its author says, whole. The tests below look at the span and the
// sentence it came from together.

const NEGATORS = /^(?:not|n't|never|no|nobody|nothing|neither|nor|hardly|scarcely|none)$/;
/** Words that open a subordinate clause, read by their form (the light model tags "when", "while" oddly). */
const CLAUSE_SUBORDINATORS = /^(?:if|unless|when|whenever|because|although|though|while|whereas|once|until)$/;

/**
 * The span is the complement of a denial in its own sentence: "It does not claim that …, or
 * that [an ant farm is a moral scandal]", "It does not follow that [a costly practice becomes
 * acceptable]", "It is not that […]", "rather than […]". Quoted alone it says what the author
 * denies. (A frame quoted with the span is inside it, and so not looked at.)
 */
export function deniedInSentence(tokens: readonly Token[], a: number): boolean {
  // "rather than …", "instead of …", "not because …" straight before the quote.
  const w = (k: number) => tokens[k]?.lower ?? "";
  if ((w(a - 2) === "rather" && w(a - 1) === "than") || (w(a - 2) === "instead" && w(a - 1) === "of")) return true;
  for (let k = a - 1; k >= 0; k--) {
    const t = tokens[k]!;
    // A new clause the author asserts: after a semicolon, a colon, or a "but".
    if (t.text === ";" || t.text === ":" || /^(?:but|yet)$/.test(t.lower)) return false;
    if (t.lower !== "that" && t.lower !== "whether") continue;
    // The "that" of a content clause: what governs it is just before it ("does not claim that",
    // "It does not follow, in short, that", "It is not that", "Nobody thinks that").
    for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
      const u = tokens[j]!;
      if (u.text === ";" || u.text === ":" || /^(?:but|yet)$/.test(u.lower)) break;
      if (NEGATORS.test(u.lower)) return true;
      // "a single arc could show that [the Earth was flattened]": what something could show, not what the author says.
      if (/^(?:could|might|would|may)$/.test(u.lower) && u.pos === "AUX" && /^(?:show|prove|demonstrate|establish|confirm|mean|imply|suggest)$/.test(tokens[j + 1]?.lemma ?? "")) return true;
    }
  }
  return false;
}

/**
 * The span goes on a list inside a subordinate clause the sentence opened after its main clause:
 * "It tends to happen when the economy is booming, [unemployment is low and credit is easy to
 * get]". Quoted alone, a condition reads as a claim.
 */
export function insideLaterSubordinate(tokens: readonly Token[], a: number): boolean {
  if (a < 2 || tokens[a - 1]?.text !== ",") return false;
  for (let k = a - 2; k > 0; k--) {
    const t = tokens[k]!;
    if (t.text === ";" || t.text === ":" || t.pos === "CCONJ") return false;
    if (!CLAUSE_SUBORDINATORS.test(t.lower)) continue;
    // ("decide when to change": a question word before an infinitive opens no clause.)
    if (tokens[k + 1]?.lower === "to") return false;
    // The main clause came before the subordinator: there is a finite verb before it.
    return tokens.slice(0, k).some((_, j) => isFiniteVerb(tokens, j));
  }
  return false;
}

/** Verbs that take a bare "to" for an infinitive understood from before ("did not want us to"). */
const INFINITIVE_TAKERS = /^(?:want|need|try|have|ought|use|go|refuse|mean|like|love|hate|plan|hope|choose|decide|ask|expect|seem|appear|begin|start|continue|fail|manage|wish|dare|prefer|afford|agree|promise|deserve|learn|tell|allow|get|able|going|supposed|meant|used)$/;

/** Imperatives that point the reader at what comes next: "Notice what this argument does not claim". */
const SIGNPOST_VERBS = /^(?:notice|consider|note|imagine|remember|recall|compare|look|take|think|ask|see|suppose|picture|observe|mark|watch)$/;

/** Nouns a span offers as a case of something it does not name: "the measles vaccine is one example". */
const INSTANCE_NOUNS = /^(?:example|instance|illustration|case|sign|symptom|exception)$/;

/** Nouns that announce what the next sentence says ("My argument is simple", "There is also an argument …"). */
const ANNOUNCED = /^(?:argument|point|claim|answer|question|view|reason|proposal|conclusion|case|worry|concern|objection|problem|lesson|story|idea|thesis|suggestion|explanation|phrase|statistic|word)$/;

/**
 * Round 6: more ways a span leans on what is outside it: see each test.
 */
function leansBeyond(sentence: TaggedSentence, a: number, b: number): boolean {
  const { tokens } = sentence;
  const w = (k: number) => tokens[k]?.lower ?? "";
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    // "suggested otherwise", "pretend otherwise": otherwise than what was just said.
    // (Not before a verb: "people who would otherwise have walked" says in other circumstances.)
    if (t.lower === "otherwise" && k > a && (/^(?:VERB|AUX)$/.test(tokens[k - 1]!.pos) || k + 1 >= b || tokens[k + 1]!.pos === "PUNCT")) return true;
    // "the largest one", "a more suspicious one", "Lifting one": "one" standing for a noun the
    // quote never names. (A noun before it in the quote may be its antecedent: "Small stones,
    // broken stones, the ugly ones"; not the one it is the "of"-phrase of: "the shelter of the largest one".)
    if (/^(?:one|ones)$/.test(t.lower) && !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[k + 1]?.pos ?? "") && w(k + 1) !== "of" && w(k + 1) !== "another") {
      const prev = tokens[k - 1];
      const modified = prev !== undefined && (prev.pos === "ADJ" || ((prev.pos === "VERB" || /ing$/.test(prev.lower)) && k - 1 >= a) || /^(?:the|a|an|this|that)$/.test(prev.lower));
      if (modified && !/^(?:no|any|every|each|some|which|only)$/.test(prev.lower)) {
        let j = k - 1;
        while (j >= a && /^(?:ADJ|ADV|DET)$/.test(tokens[j]!.pos)) j--;
        const ofHead = tokens[j]?.lower === "of" ? j - 1 : -1;
        const antecedent = tokens.slice(a, k).some((u, i) => (u.pos === "NOUN" || u.pos === "PROPN") && a + i !== ofHead && a + i < j);
        if (!antecedent) return true;
      }
    }
    // "was appointed keeper there": a place named before ("There is …" is no place).
    if (t.lower === "there" && k > a && !beBefore(tokens, k) && !/^(?:is|are|was|were|be|been|being|seem|seems|seemed|appear|appears|appeared|remain|remains|remained|exist|exists|existed|'s|’s|has|have|had|will|would|may|might|must|can|could|should|used)$/.test(w(k + 1)) && !/^(?:here|and|or)$/.test(w(k - 1)) && tokens[k - 1]!.pos !== "ADP") return true;
    // "Everything else was judgement": else than what was just named.
    // ("like everyone else" compares with everyone; "everything else: the groceries, …" says what.)
    if (t.lower === "else" && !tokens.slice(k + 1, b).some((u) => u.lower === "than" || u.lower === "but" || u.text === ":") && !/^(?:like|as|than)$/.test(w(k - 2))) return true;
    // "What that map is made of": after a question word "that" can only point back.
    if (t.lower === "that" && k > a && /^(?:what|which|how|where|why|who|whether)$/.test(w(k - 1)) && /^(?:NOUN|VERB|PROPN|ADJ)$/.test(tokens[k + 1]?.pos ?? "")) return true;
    // "the schools in question": the question raised before.
    if (t.lower === "in" && w(k + 1) === "question" && k > a && tokens[k - 1]!.pos === "NOUN") return true;
  }
  // Round 7: "Modern systems rely on more powerful descendants" (of what?): a noun of relation
  // — descendant, successor, counterpart, version — with no "of" phrase or possessive to say
  // whose.
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.pos !== "NOUN" || !/^(?:descendant|successor|predecessor|counterpart|equivalent|heir|ancestor|offspring|rival|variant|version|sibling|cousin)$/.test(t.lemma)) continue;
    const owner = w(k + 1) === "of" || /^(?:PROPN|PRON)$/.test(tokens[k - 1]?.pos ?? "") || /^(?:'s|’s)$/.test(w(k - 1)) || tokens.slice(Math.max(a, k - 4), k).some((u) => u.pos === "PRON" && /^(?:its|their|his|her|our|my|your)$/.test(u.lower));
    if (!owner) return true;
  }
  // "some patterns appear often enough to take seriously": which patterns, the next sentences say.
  if (/^(?:some|several|certain|two|three|a)$/.test(w(a)) && (w(a) !== "a" || w(a + 1) === "few") ) {
    const noun = tokens[w(a) === "a" ? a + 2 : a + 1];
    if (noun && noun.pos === "NOUN" && noun.lower !== noun.lemma && (SHELL_NOUNS.has(noun.lemma) || ANNOUNCED.test(noun.lemma)) && !/^(?:of|that|about|in|from|on)$/.test(w(tokens.indexOf(noun) + 1))) return true;
  }
  // "I suspect Marsh did not want us to": the infinitive is understood from before.
  // ("buys less than it used to": a comparison's own ellipsis is filled in inside the quote.)
  const compared = tokens.slice(Math.max(a, b - 6), b).some((u) => u.lower === "than" || u.lower === "as");
  if (w(b - 1) === "to" && !compared && (INFINITIVE_TAKERS.test(tokens[b - 2]?.lemma ?? "") || (tokens[b - 2]?.pos === "PRON" && INFINITIVE_TAKERS.test(tokens[b - 3]?.lemma ?? "")))) return true;
  // "the measles vaccine is one example" (of what?).
  const last = tokens[b - 1];
  if (last && INSTANCE_NOUNS.test(last.lower) && /^(?:one|an|a|another)$/.test(w(b - 2)) && w(b) !== "of") return true;
  // "Notice what this argument does not claim": an imperative that points at what comes next.
  const first = tokens[a];
  const atStart = tokens.slice(0, a).every((u) => u.pos === "PUNCT" || u.pos === "CCONJ" || u.pos === "ADV");
  if (first && atStart && SIGNPOST_VERBS.test(first.lower) && /^(?:what|how|why|that|the|this|these|whether|who|where|when|a|an)$/.test(w(a + 1))) return true;
  // "My argument is simple", "The answer is straightforward": a shell noun and a verdict on it;
  // what it is comes next.
  for (let k = a; k < Math.min(b, a + 3); k++) {
    if (!ANNOUNCED.test(tokens[k]!.lemma) || tokens[k]!.pos !== "NOUN") continue;
    if (/^(?:my|our|the|this|his|her|their)$/.test(w(k - 1)) && FINITE_AUX.test(w(k + 1)) && tokens[k + 2]?.pos === "ADJ" && b === k + 3) return true;
  }
  // "There is also an argument from …", "There is another reason": one more of a kind the next
  // sentences give.
  if (w(a) === "there" && /^(?:is|are|was|were)$/.test(w(a + 1)) && /^(?:also|another|one|a|an)$/.test(w(a + 2))) {
    const head = tokens.slice(a + 2, Math.min(b, a + 7)).find((u) => u.pos === "NOUN");
    if (head && ANNOUNCED.test(head.lemma)) return true;
  }
  // "kept returning to the same phrase" (which?), "met the statistic", given next.
  for (let k = a; k + 2 <= b; k++) {
    if (w(k) === "the" && w(k + 1) === "same" && ANNOUNCED.test(tokens[k + 2]?.lemma ?? "") && !tokens.slice(k + 3, b).some((u) => u.lower === "as")) return true;
  }
  // A span that ends where the sentence's colon introduces what it announces.
  if (tokens[b]?.text === ":" && last && (last.pos === "NOUN" && ANNOUNCED.test(last.lemma))) return true;
  // "Banks then charge more": "then" after the subject, next in a sequence told before.
  for (let k = a + 1; k < b - 1; k++) {
    if (w(k) !== "then" || !/^(?:NOUN|PROPN|PRON)$/.test(tokens[k - 1]!.pos) || !/^(?:VERB|AUX)$/.test(tokens[k + 1]!.pos)) continue;
    if (!tokens.slice(0, k).some((u) => /^(?:if|when|once|after|until|unless)$/.test(u.lower))) return true;
  }
  return false;
}

/** "is still there", "is either there or …": "there" after a form of "be" says that something exists. */
function beBefore(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (tokens[j]!.pos === "ADV" || /^(?:either|neither|not|n't|still|always)$/.test(tokens[j]!.lower))) j--;
  return /^(?:is|are|was|were|be|been|being|'s|’s|remain|remains|remained|stay|stays|stayed)$/.test(tokens[j]?.lower ?? "");
}

/**
 * The figure a worked example computes, without the example: "[If the basket cost 1,000 and a
 * year later 1,030,] inflation over the year was 3 percent". Quoted alone it reads as a finding.
 * (A consequent whose condition sets no figures, "[If a city replaces fare revenue …,] transit
 * must compete …", still says something of its own; judges keep those.)
 */
function shornOfCondition(tokens: readonly Token[], a: number, b: number): boolean {
  let first = 0;
  while (first < a && (tokens[first]!.pos === "PUNCT" || tokens[first]!.pos === "CCONJ" || LINKING_ADVERBS.test(tokens[first]!.lower))) first++;
  if (!/^(?:if|unless|suppose|supposing|say)$/.test(tokens[first]?.lower ?? "")) return false;
  const condition = tokens.slice(first, a);
  if (!condition.some((t) => t.text === ",")) return false;
  // Round 7: a hypothetical consequent ("[If the district funds Friday programming …,] most of
  // the projected savings would disappear"): "would" with its "if" cut off asserts nothing.
  const verb = tokens.slice(a, b).find((t, j) => (t.pos === "AUX" || t.pos === "VERB") && isFiniteVerb(tokens, a + j));
  if (verb && /^(?:would|might)$/.test(verb.lower)) return true;
  return condition.some((t) => t.pos === "NUM") && tokens.slice(a, b).some((t) => t.pos === "NUM");
}

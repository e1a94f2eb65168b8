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
]);

/** Comparatives that compare with nothing in particular ("later", "no longer"). */
const FREE_COMPARATIVES = new Set(["later", "earlier", "longer", "further", "rather", "other", "former", "latter", "older", "elder", "upper", "lower", "inner", "outer", "never", "ever", "over", "under", "after", "together", "whether", "either", "neither", "number", "member", "matter", "order", "water", "paper", "power", "quarter", "summer", "winter", "border", "letter", "minister"]);

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
  if (t.pos === "NOUN" && next0 !== undefined && /^(?:DET|PRON|ADJ|ADV|NUM)$/.test(next0.pos) && !/^(?:who|whose|whom|which|that|what)$/.test(next0.lower)) {
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
  if (participle && prev !== undefined && (prev.pos === "NOUN" || prev.pos === "PROPN") && (next === undefined || next.pos === "ADP" || next.pos === "ADV" || next.pos === "PUNCT" || next.lower === "by") && finiteElsewhere(tokens, k)) return false;
  return true;
}

/**
 * The span holds a main clause of its own: after any subordinate clause it opens with, a subject
 * and a finite verb that is not inside a relative clause ("people who drive") or a zero relative
 * ("something we are only beginning to miss").
 */
export function hasMainClause(tokens: readonly Token[], a: number, b: number): boolean {
  let from = a;
  if (startsWithSubordinator(tokens, a, b)) {
    // The main clause, if the span has one, follows the subordinate clause's comma.
    const comma = tokens.slice(a, b).findIndex((t) => t.text === ",");
    if (comma < 0) return false;
    from = a + comma + 1;
  }
  // A predicate without a subject ("ploughed through the ocean floor") is no clause; an
  // imperative ("Sample enough scarred trees …") can be.
  let sawSubject = false;
  let relative = false;
  let relativeVerb = false;
  for (let k = from; k < b; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    // (A "where"/"when" after a noun opens one too: "with residential permits where spillover is real".)
    if (/^(?:who|which|whom|whose)$/.test(t.lower) || ((t.lower === "that" || t.lower === "where" || t.lower === "when") && k > from && (prev?.pos === "NOUN" || prev?.pos === "PRON"))) {
      relative = true;
      relativeVerb = false;
      continue;
    }
    // A noun followed straight by a personal pronoun and a verb starts a zero relative clause.
    if (k > from && (t.pos === "PRON" && /^(?:i|we|you|they|he|she)$/.test(t.lower)) && (prev?.pos === "NOUN" || prev?.pos === "PRON") && !/^(?:i|we|you|they|he|she|it)$/.test(prev.lower)) {
      relative = true;
      relativeVerb = false;
      continue;
    }
    if (relative) {
      // The relative clause ends at a comma, or where a modal or a form of "be"/"have" after its
      // own verb takes over the subject ("buildings that make old neighbourhoods pleasant … would be").
      if (t.text === ",") relative = false;
      else if (isFiniteVerb(tokens, k)) {
        // … or a verb straight after the relative clause's object ("Anyone who has hunted for a
        // space near a busy restaurant knows …").
        if (relativeVerb && ((t.pos === "AUX" && tokens[k - 1]?.pos !== "AUX") || (t.pos === "VERB" && /^(?:NOUN|PROPN|ADV)$/.test(tokens[k - 1]?.pos ?? "")))) return true;
        relativeVerb = true;
      }
      continue;
    }
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON" || t.pos === "NUM") sawSubject = true;
    if (isFiniteVerb(tokens, k)) {
      if (sawSubject || k === from) return true;
    }
  }
  return false;
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
    if (next && head + 1 < b && (/^(?:of|that|which|who|whom|whose|to|for|from|about|between|behind|in|on|against|with|over|where|when|we|i|you|they)$/.test(next.lower))) continue;
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
    if (t.lower === "same" && tokens[k - 1]?.lower === "the" && !tokens.slice(k + 1, sentenceEnd).some((u) => u.lower === "as")) return true;
    if ((t.lower === "so" || t.lower === "likewise" || t.lower === "similarly") && /^(?:do|does|did)$/.test(tokens[k - 1]?.lower ?? next?.lower ?? "")) return true;
    if (t.lower === "such" && next?.lower !== "as" && tokens[k + 2]?.lower !== "as") return true;
  }
  // "Rings have limits as a record, too", "… as well", "… either", "should start there".
  const last = tokens[b - 1];
  if (last && /^(?:too|either|there|here|then)$/.test(last.lower)) return true;
  if (b - a >= 2 && tokens[b - 2]!.lower === "as" && last?.lower === "well") return true;
  return false;
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
    if (comparative && !attributive && tokens[k - 1]?.lower !== "no") return true;
  }
  return false;
}

/** The span leans on text outside it, though it has no pronoun: see the module comment. */
export function leansOnContext(sentence: TaggedSentence, a: number, b: number): boolean {
  const end = sentence.tokens.length;
  return anaphoricDefinite(sentence, a, b) || elliptical(sentence.tokens, a, b, end) || danglingComparison(sentence.tokens, a, b, end);
}

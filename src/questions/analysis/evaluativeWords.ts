// Words that judge rather than describe ("blunt", "foolish", "chaos", "fails"): when the author
// uses one in a claim's predicate, the claim is an opinion a group can weigh. Lemmas, lower case.
// Deliberately common argumentative vocabulary only; rare words add noise, not recall.

/** Adjectives (lemmas; comparatives and superlatives lemmatise to these). */
const ADJECTIVES: ReadonlySet<string> = new Set([
  "good", "bad", "right", "wrong", "true", "false", "fair", "unfair", "just", "unjust", "honest", "dishonest",
  "real", "mere", "modest", "strong", "weak", "convincing", "unconvincing", "plausible", "implausible",
  "reasonable", "unreasonable", "sensible", "foolish", "wise", "unwise", "absurd", "ridiculous", "silly",
  "mistaken", "misguided", "naive", "useful", "useless", "helpful", "harmful", "beneficial", "valuable",
  "worthless", "worthwhile", "pointless", "important", "unimportant", "essential", "crucial", "vital",
  "necessary", "unnecessary", "effective", "ineffective", "efficient", "inefficient", "successful",
  "unsuccessful", "blunt", "crude", "clumsy", "elegant", "simplistic", "easy", "hard", "difficult", "impossible",
  "obvious", "surprising", "striking", "remarkable", "significant", "trivial", "marginal", "serious", "grave",
  "dangerous", "risky", "safe", "fragile", "robust", "admirable", "shameful", "outrageous", "unacceptable",
  "acceptable", "legitimate", "illegitimate", "flawed", "broken", "rare", "invisible", "generous", "selfish",
  "cruel", "careless", "lazy", "hidebound", "narrow", "shallow", "superficial", "meaningful", "meaningless",
  "empty", "hollow", "costly", "wasteful", "productive", "unproductive", "tedious", "painful", "uncomfortable",
  "appropriate", "inappropriate", "responsible", "irresponsible", "moral", "immoral", "ethical", "unethical",
  "noble", "hypocritical", "dubious", "questionable", "credible", "reliable", "unreliable", "accurate",
  "inaccurate", "misleading", "flattering", "glamorous", "extreme", "radical", "urgent", "overdue", "premature",
  "inevitable", "honourable", "honorable", "elusive", "pleasant", "unpleasant", "healthy", "unhealthy", "dull",
  "simple", "powerful", "powerless", "worthy", "unworthy", "proper",
  "improper", "sound", "unsound", "unclear", "deep", "visionary", "lively",
]);

const VERBS: ReadonlySet<string> = new Set([
  "fail", "succeed", "deserve", "matter", "ruin", "destroy", "harm", "hurt", "benefit", "improve", "worsen",
  "distort", "mislead", "waste", "squander", "neglect", "ignore", "misread", "misunderstand", "overstate",
  "exaggerate", "underestimate", "overlook", "spare", "punish", "reward", "threaten", "undermine", "betray",
  "justify", "excuse", "flatter", "cheat", "owe", "support", "prove", "disprove", "contradict", "depend",
]);

const NOUNS: ReadonlySet<string> = new Set([
  "chaos", "mistake", "error", "failure", "success", "problem", "crisis", "disaster", "scandal", "virtue", "vice",
  "nonsense", "myth", "illusion", "truth", "lie", "burden", "harm", "danger", "hardship", "injustice", "justice",
  "fairness", "freedom", "honesty", "dignity", "shame", "folly", "luxury", "privilege", "duty", "advocacy",
  "imagination", "grind", "theatre", "theater", "triumph", "defeat", "prize", "temptation", "remedy", "cure",
  "weakness", "strength", "subsidy", "gift", "trap", "fantasy", "gamble",
]);

export const EVALUATIVE_WORDS: ReadonlySet<string> = new Set([...ADJECTIVES, ...VERBS, ...NOUNS]);

/**
 * A judging word used as the part of speech it judges as (round 8): "sound" judges as an
 * adjective ("a sound method"), not as a verb ("can sound almost like open water"); "right" as an
 * adjective ("the committee was right"), not as a noun ("exclusive rights to the best ponds").
 * An adjective may be tagged as an adverb ("hard", "deep"), a participle as an adjective
 * ("misleading"), and the tagger sometimes reads an adjective after a copula as a verb ("were
 * right"): that one still judges.
 */
export function judgesAs(tokens: ReadonlyArray<{ pos: string; lemma: string }>, k: number): boolean {
  const token = tokens[k]!;
  switch (token.pos) {
    case "ADJ":
      return ADJECTIVES.has(token.lemma) || VERBS.has(token.lemma);
    case "ADV":
      // (Round 9: "just" as an adverb means "only" or "exactly" — "often just an app on a
      // phone", "just after dawn" — and judges nothing; "a just settlement" does.)
      return token.lemma !== "just" && (ADJECTIVES.has(token.lemma) || VERBS.has(token.lemma));
    case "VERB":
      return VERBS.has(token.lemma) || (ADJECTIVES.has(token.lemma) && afterCopula(tokens, k));
    case "NOUN":
      return NOUNS.has(token.lemma);
    default:
      return false;
  }
}

/** "were right", "is not right", "seems quite wrong": the word is a predicate adjective. */
function afterCopula(tokens: ReadonlyArray<{ pos: string; lemma: string }>, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const t = tokens[j]!;
    if (/^(?:be|seem|become|remain|look|prove|appear|stay)$/.test(t.lemma)) return true;
    if (t.pos !== "ADV" && t.pos !== "PART") return false;
  }
  return false;
}

/** Nouns that make a claim normative wherever they stand: "The answer to … is to manage it". */
export const NORMATIVE_NOUNS: ReadonlySet<string> = new Set(["contribution", "achievement", "legacy", "question", "answer", "solution", "remedy", "cure", "problem", "mistake", "error", "lesson", "key", "danger", "risk", "virtue", "fault", "trouble", "point"]);

/** Verbs of defining and consisting: "A wide ring means a good year" describes, it does not judge. */
export const DEFINING_VERBS: ReadonlySet<string> = new Set(["mean", "call", "refer", "consist", "contain", "include", "comprise", "denote", "name", "measure", "record"]);

/** Verbs that report a finding or a change in a figure: a report, not an argument. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "find", "show", "report", "estimate", "record", "measure", "rise", "fall", "increase", "decrease", "double",
  "halve", "drop", "decline", "grow", "reach", "count", "survey", "publish", "announce", "vote", "pass", "approve",
  "remove", "introduce", "appoint", "sign", "open", "close", "begin", "end", "launch", "abolish", "adopt",
]);

/** Words of thinking and feeling in the first person: "I suspect", "I find those pages hard to read". */
export const FIRST_PERSON_VIEW_VERBS: ReadonlySet<string> = new Set([
  "think", "suspect", "find", "feel", "believe", "wonder", "doubt", "fear", "hope", "wish", "regret", "love",
  "hate", "miss", "know", "learn", "realise", "realize", "understand", "decide", "prefer", "like", "admire",
]);

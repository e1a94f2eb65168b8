// Tells abstract head nouns ("approach", "legitimacy", "pressure") from concrete ones, and which
// abstract ones name something one could set out to do ("roadmap", "reform").
const ABSTRACT_SUFFIX = /(?:tion|sion|ment|ity|ness|ance|ence|ism|ship|cy|ure|ogy|ics)$/;
const ABSTRACT_WORDS = new Set([
  "approach", "process", "roadmap", "plan", "policy", "strategy", "reform", "programme", "program", "framework",
  "system", "network", "service", "relationship", "rapport", "solution", "priority", "standard", "agreement",
  "pressure", "cover", "support", "option", "mechanism", "pattern", "lesson", "position", "stance", "idea",
  "theory", "evidence", "case", "argument", "trade-off", "benefit", "cost", "risk", "goal", "value", "trust",
  "growth", "change", "freedom", "justice", "power", "order", "design", "model", "habit", "debt", "price",
  "demand", "barrier", "incentive", "threat", "crisis", "gulf", "progress", "rights", "law", "heritage", "story",
  "praise", "behavior", "behaviour", "security", "prestige", "ownership", "access", "fare", "revenue", "budget",
  "ridership", "frequency", "reliability", "sanction", "concession", "intention", "will", "cost", "subsidy",
]);
const GOAL_WORDS = new Set([
  "approach", "process", "roadmap", "plan", "policy", "strategy", "reform", "programme", "program", "framework",
  "system", "network", "service", "relationship", "rapport", "solution", "agreement", "reconciliation",
  "denuclearization", "cooperation", "commitment", "redesign", "investment", "design", "model", "standard",
  "partnership", "settlement", "transition", "negotiation", "negotiations", "regulation", "legislation",
]);

export function isAbstract(lemma: string): boolean {
  return ABSTRACT_WORDS.has(lemma) || (lemma.length > 5 && ABSTRACT_SUFFIX.test(lemma));
}

export function isGoal(lemma: string): boolean {
  return GOAL_WORDS.has(lemma);
}

const CONTESTED_SUFFIX = /(?:tion|sion|ment|ity|ness|ance|ence|ism|ship|cy)$/;
const CONTESTED_WORDS = new Set([
  "pressure", "praise", "cover", "behavior", "behaviour", "priority", "approach", "policy", "evidence", "theory",
  "risk", "cost", "benefit", "rights", "heritage", "ownership", "freedom", "trust", "value", "sanction", "demand",
  "mechanism", "standard", "reform", "fare", "subsidy", "budget", "revenue", "service", "deal", "threat", "claim",
]);

/** Ideas people with different stakes can see differently ("legitimacy", "personal praise"). */
export function isContested(lemma: string): boolean {
  return CONTESTED_WORDS.has(lemma) || (lemma.length > 5 && CONTESTED_SUFFIX.test(lemma));
}

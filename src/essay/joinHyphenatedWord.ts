// How to join a line that ends in a hyphen to the next line: a word broken for the line
// ("nego-" + "tiations" → "negotiations") loses its hyphen; a true compound
// ("partly-foreign-" + "educated" → "partly-foreign-educated") keeps it.
// The rule, in order of precedence, is documented in docs/essay-engine.md.
import { isEnglishWord } from "./englishWords.js";

/** Counts of words and hyphenated word pairs in the whole essay, the best evidence of the author's spelling. */
export interface SpellingEvidence {
  count(wordOrCompound: string): number;
}

/** Prefixes that form hyphenated compounds ("self-aware", "non-violent") rather than split words. */
const COMPOUND_PREFIXES = new Set(["self", "non", "anti", "ex", "co", "pre", "post", "quasi", "semi", "multi", "cross", "half", "all", "pro", "neo", "mid", "pan", "vice", "well", "ill", "long", "short", "full", "high", "low", "far"]);
/** Second halves that nearly always make a compound ("US-led", "Boston-based", "long-term"). */
const COMPOUND_TAILS = new Set(["based", "led", "backed", "related", "owned", "run", "born", "made", "style", "like", "free", "wide", "friendly", "oriented", "centred", "centered", "driven", "specific", "level", "term", "scale", "speaking", "minded", "sized", "old", "year", "time", "known", "off", "up", "in", "out", "down", "over", "on"]);
/** A hyphen left "hanging" before these words belongs to a shared-stem list: "pre- and post-war". */
const SUSPENDED_HYPHEN_WORDS = new Set(["and", "or", "nor", "to", "versus"]);

export interface HyphenatedLineEnd {
  /** The whole token before the line-end hyphen, without the hyphen ("partly-foreign", "nego"). */
  head: string;
  /** The next line's first token ("educated", "tiations", "to-date"). */
  tail: string;
  /** True when the head starts a sentence, so its capital letter says nothing about proper nouns. */
  headStartsSentence: boolean;
}

/** What goes between the head and the tail: "" (join the word), "-" (keep the compound) or "- " (suspended hyphen). */
export function joinHyphenatedWord(lineEnd: HyphenatedLineEnd, evidence: SpellingEvidence): "" | "-" | "- " {
  const { head, tail } = lineEnd;
  const headPart = head.split("-").pop() ?? head;
  const tailPart = (tail.split("-")[0] ?? tail).replace(/['’]s$/u, "");
  if (!/^\p{L}/u.test(tailPart) || /^\p{Lu}/u.test(tailPart)) return "-"; // "Trump-Kim", "COVID-19"
  if (/\d/.test(headPart) || (headPart.length > 1 && headPart === headPart.toUpperCase())) return "-";
  if (tail.includes("-")) return "-"; // "up-" + "to-date": the tail is itself part of a compound chain

  const joined = `${headPart}${tailPart}`.toLowerCase();
  const hyphenated = `${headPart}-${tailPart}`.toLowerCase();
  const joinedSeen = evidence.count(joined);
  const hyphenatedSeen = evidence.count(hyphenated);
  if (hyphenatedSeen > joinedSeen) return "-";
  if (joinedSeen > hyphenatedSeen) return "";
  if (headPart.length === 1) return "-"; // "x-" + "ray", "T-" + "shirt": no typesetter breaks a word after one letter

  if (isEnglishWord(joined) || isEnglishWord(stripInflection(joined))) return ""; // also "pota-" + "to"
  const headIsWhole = isEnglishWord(headPart) || COMPOUND_PREFIXES.has(headPart.toLowerCase());
  if (SUSPENDED_HYPHEN_WORDS.has(tailPart.toLowerCase()) && headIsWhole) return "- ";
  const tailIsWord = isEnglishWord(tailPart);
  if (!tailIsWord) return ""; // "brary", "tiations": a syllable, not a word
  if (COMPOUND_TAILS.has(tailPart.toLowerCase())) return "-";
  const headCapitalisedMidSentence = /^\p{Lu}/u.test(headPart) && !lineEnd.headStartsSentence;
  if (headCapitalisedMidSentence) {
    // "Korea-" + "related" keeps the hyphen when "Korea" stands alone elsewhere; "Ger-" + "many" is a broken name.
    return evidence.count(headPart.toLowerCase()) > 0 ? "-" : "";
  }
  if (head.includes("-")) return "-"; // "state-of-the-" + "art": already a compound
  if (COMPOUND_PREFIXES.has(headPart.toLowerCase())) return "-";
  if (headPart.length >= 2 && isEnglishWord(headPart)) return "-"; // "foreign-" + "educated", "kick-" + "start", "so-" + "called"
  return "";
}

/** "negotiations" → "negotiation", "carried" → "carry"-ish: enough to find a listed base form. */
function stripInflection(word: string): string {
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("es") || word.endsWith("ed")) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  if (word.endsWith("ing")) return word.slice(0, -3);
  return word;
}

// Who a sentence is about, in words a question can use: the person a sentence-initial "He" or
// "She" stands for ("He set up a network of coastal stations …" after a sentence about
// FitzRoy), and the person a subject names ("My grandmother kept a ledger …" is about the
// author's grandmother). A story or a memoir puts most of its sentences in these forms; naming
// the person lets a question quote the rest ("According to the essay, FitzRoy "set up a network
// …"") instead of leaving a pronoun the reader cannot place.
import type { SectionAnalysis } from "./analyseEssay.js";
import type { Token } from "./tagger.js";
import type { TaggedSentence } from "./taggedSentence.js";

export interface Referent {
  /** How a question names the person: "FitzRoy", "the author's grandmother", "the teacher". */
  name: string;
  /** The pronoun a question may then use for them: "him", "her", "them". */
  object: "him" | "her" | "them";
  /** Token index where the sentence's predicate starts (after the subject). */
  predicateStart: number;
}

const FEMALE = /^(?:grandmother|mother|daughter|sister|aunt|wife|woman|girl|queen|princess|niece|granddaughter|mum|mom|grandma|actress|widow|lady)$/;
const MALE = /^(?:grandfather|father|son|brother|uncle|husband|man|boy|king|prince|nephew|grandson|dad|grandpa|widower|gentleman)$/;
/** Nouns for a person that a "the" or "my" can name ("the teacher", "my daughter"). */
const PERSON = /^(?:teacher|friend|neighbour|neighbor|doctor|nurse|driver|captain|director|officer|student|child|colleague|partner|boss|coach|priest|editor|author|scientist|observer|stranger|guide|instructor)$/;

/** A noun naming a person by their relation or role ("grandmother", "uncle", "teacher"). */
export function isRelation(lemma: string): boolean {
  return genderOf(lemma) !== undefined;
}

function genderOf(lemma: string): "her" | "him" | "them" | undefined {
  if (FEMALE.test(lemma)) return "her";
  if (MALE.test(lemma)) return "him";
  if (PERSON.test(lemma)) return "them";
  return undefined;
}

/** A kin or person noun phrase at token k: "my grandmother", "the teacher", "her uncle". */
function personPhrase(tokens: readonly Token[], k: number): { name: string; object: Referent["object"]; end: number } | undefined {
  const det = tokens[k];
  if (!det || !/^(?:my|our|the)$/.test(det.lower)) return undefined;
  let j = k + 1;
  while (tokens[j]?.pos === "ADJ") j++;
  const noun = tokens[j];
  if (!noun || noun.pos !== "NOUN" || tokens[j + 1]?.pos === "NOUN") return undefined;
  const object = genderOf(noun.lemma);
  if (!object) return undefined;
  const words = tokens.slice(k + 1, j + 1).map((t) => t.text).join(" ");
  const owner = det.lower === "the" ? "the" : "the author's";
  return { name: `${owner} ${words.toLowerCase()}`, object, end: j + 1 };
}

/** A named person at token k (a person actor's mention starting there). */
function namedPerson(analysis: SectionAnalysis, sentence: TaggedSentence, k: number): { name: string; end: number } | undefined {
  const start = sentence.tokens[k]?.start;
  if (start === undefined) return undefined;
  for (const { actor, here } of analysis.actors) {
    if (actor.kind !== "person") continue;
    const mention = here.find((m) => m.sentence === sentence.index && m.start === start);
    if (!mention) continue;
    let end = k;
    while (end < sentence.tokens.length && sentence.tokens[end]!.end <= mention.end) end++;
    // "Leavitt's relation": a possessive names the relation, not Leavitt.
    if (/^['’]s$/.test(sentence.tokens[end]?.text ?? "")) return undefined;
    return { name: actor.name, end };
  }
  return undefined;
}

/** The person a sentence's subject names, when its subject is a person. */
export function subjectPerson(analysis: SectionAnalysis, position: number): Referent | undefined {
  const sentence = analysis.sentences[position];
  if (!sentence) return undefined;
  const named = namedPerson(analysis, sentence, 0);
  if (named) return { name: named.name, object: "them", predicateStart: named.end };
  const phrase = personPhrase(sentence.tokens, 0);
  if (phrase) return { name: phrase.name, object: phrase.object, predicateStart: phrase.end };
  const pronoun = sentence.tokens[0];
  if (pronoun && pronoun.pos === "PRON" && /^(?:he|she)$/.test(pronoun.lower)) {
    const object = pronoun.lower === "she" ? "her" : "him";
    const found = antecedent(analysis, position, object, 3) ?? protagonist(analysis, position, object);
    if (found) return { ...found, predicateStart: 1 };
  }
  return undefined;
}

const protagonists = new WeakMap<SectionAnalysis, Map<string, string | undefined>>();

/** The relation word of a memoir's protagonist ("grandmother"), for the relevance check. */
export function protagonistOf(analysis: SectionAnalysis): string | undefined {
  if (analysis.genre !== "reflects") return undefined;
  const found = (["her", "him"] as const).map((object) => protagonistName(analysis, object)).find((name) => name !== undefined);
  return found?.split(/\s+/).pop();
}

/**
 * In a memoir the "she" of a paragraph with nobody else in it is the person the essay is about:
 * the relative its title names ("My Grandmother's Ledger"), else the first one it introduces
 * ("My grandmother kept a ledger …"). Only when the few sentences before name no other person.
 */
function protagonist(analysis: SectionAnalysis, position: number, object: "her" | "him"): { name: string; object: Referent["object"] } | undefined {
  if (analysis.genre !== "reflects") return undefined;
  for (let k = Math.max(0, position - 4); k < position; k++) {
    const tokens = analysis.sentences[k]!.tokens;
    if (tokens.some((_, j) => personPhrase(tokens, j) !== undefined)) return undefined;
  }
  const name = protagonistName(analysis, object);
  return name ? { name, object } : undefined;
}

/** "the author's grandmother": from the title's "my …", else the first "my …" of a fitting kind. */
function protagonistName(analysis: SectionAnalysis, object: "her" | "him"): string | undefined {
  let known = protagonists.get(analysis);
  if (!known) protagonists.set(analysis, (known = new Map()));
  if (!known.has(object)) {
    const all = [...analysis.earlier.flatMap((s) => s.sentences), ...analysis.sentences];
    const fromTitle = /\b(?:my|our)\s+(\p{L}+)/iu.exec(analysis.essayTitle)?.[1]?.toLowerCase();
    let name: string | undefined;
    if (fromTitle && genderOf(fromTitle) === object) name = `the author's ${fromTitle}`;
    for (const sentence of all) {
      if (name) break;
      for (let j = 0; j < sentence.tokens.length && !name; j++) {
        const phrase = personPhrase(sentence.tokens, j);
        if (phrase && phrase.object === object && sentence.tokens[j]!.lower === "my") name = phrase.name;
      }
    }
    known.set(object, name);
  }
  return known.get(object);
}

/**
 * The person a sentence-initial "he"/"she" stands for: the subject of a sentence just before it
 * in the same paragraph when that is a person of a fitting kind, or the one person it names.
 * Nothing when in doubt.
 */
function antecedent(analysis: SectionAnalysis, position: number, object: "her" | "him", depth: number): { name: string; object: Referent["object"] } | undefined {
  const sentence = analysis.sentences[position]!;
  const previous = analysis.sentences[position - 1];
  if (!previous || sentence.opensParagraph || depth === 0) return undefined;
  const first = previous.tokens[0];
  // "He set up …. He published …": the chain goes back to whoever the first "he" was.
  if (first && first.pos === "PRON" && first.lower === (object === "her" ? "she" : "he")) return antecedent(analysis, position - 1, object, depth - 1);
  const candidates: Array<{ name: string; object: Referent["object"] }> = [];
  previous.tokens.forEach((_token, k) => {
    const phrase = personPhrase(previous.tokens, k);
    if (phrase && phrase.object === object) candidates.push({ name: phrase.name, object });
    const named = namedPerson(analysis, previous, k);
    if (named && (k === 0 || previous.tokens[k - 1]?.text !== "-")) candidates.push({ name: named.name, object });
  });
  const names = [...new Set(candidates.map((c) => c.name))];
  // The subject of the sentence before wins; otherwise only one person may be in view.
  const subject = namedPerson(analysis, previous, 0)?.name ?? personPhrase(previous.tokens, 0)?.name;
  if (subject && names.includes(subject)) return { name: subject, object };
  return names.length === 1 ? candidates[0] : undefined;
}

// Finds the actors of an essay: people, countries, organisations, places and groups of people
// ("critics", "American geologists"), with their mentions and how often they act (are the subject
// of a verb or own something). wink-nlp's light model tags proper nouns but has no entity types,
// so names are runs of capitalised tokens, typed by titles, a country list and organisation words.
import { GROUP_NOUNS, ORGANISATION_WORDS, PERSON_TITLES } from "./cueWords.js";
import { isCountry } from "./countries.js";
import type { Token } from "./tagger.js";
import type { TaggedSentence } from "./taggedSentence.js";

export type ActorKind = "person" | "country" | "organisation" | "place" | "group" | "other";

export interface ActorMention {
  sentence: number;
  /** Character offsets in the sentence text. */
  start: number;
  end: number;
}

export interface Actor {
  /** How the text most often names it (exact text of one mention). */
  name: string;
  kind: ActorKind;
  mentions: ActorMention[];
  /** Mentions where the actor does something (followed by a verb) or owns something ("Kim’s"). */
  agency: number;
  /** The text usually writes "the" before it ("the United States", "the British Museum"). */
  definite: boolean;
}

/** How a question names the actor: "the United States", "Kim", "critics". */
export function actorPhrase(actor: Actor): string {
  // Group nouns are common nouns: "Politicians" at the start of a sentence is "politicians".
  const name = actor.kind === "group" && GROUP_NOUNS.has(actor.name.toLowerCase()) ? actor.name.toLowerCase() : actor.name;
  return actor.definite ? `the ${name}` : name;
}

const NOT_NAMES = new Set([
  "i",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);
const QUANTIFIERS = new Set(["many", "most", "some", "all", "few", "several", "both", "other", "such", "more", "fewer"]);
/** Verbs of thinking and saying: whoever does them is a person (or speaks like one). */
const PERSON_VERBS = new Set([
  "want", "hope", "decide", "think", "believe", "say", "argue", "suggest", "propose", "calculate", "understand",
  "doubt", "fear", "claim", "insist", "write", "admit", "feel", "know", "wonder", "reply", "insist", "recall",
]);
const CONTINENTS = new Set(["africa", "asia", "europe", "antarctica", "oceania", "north america", "south america", "latin america", "central america", "middle east"]);

function isContinent(name: string): boolean {
  return CONTINENTS.has(name.toLowerCase());
}

const PLACE_PREPOSITIONS = new Set(["in", "from", "to", "across", "at", "near", "around", "throughout"]);
const ROLE_BEFORE_NAME = /(?:ist|er|or|ian)$/;

interface RawName {
  sentence: number;
  tokens: Token[];
  titled: boolean;
  before: Token | undefined;
  after: Token | undefined;
  afterNext: Token | undefined;
}

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
const isPossessive = (t: Token | undefined) => t !== undefined && /^['’]s$/.test(t.text);

function isNamePart(tokens: readonly Token[], i: number, capitalisedElsewhere: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  if (!isCapitalised(t) || NOT_NAMES.has(t.lower)) return false;
  if (i === 0) {
    // A capital at the start of a sentence proves nothing: "Fares", "Surveys", "Much".
    if (t.pos !== "PROPN" || t.stop) return false;
    const next = tokens[1];
    return capitalisedElsewhere.has(t.text) || isCountry(t.text) || (next !== undefined && (isCapitalised(next) || /^['’]s$/.test(next.text)));
  }
  return t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "X";
}

/** Runs of capitalised tokens, split at titles and at hyphens between two names ("Trump-Kim"). */
function rawNames(sentence: TaggedSentence, capitalisedElsewhere: ReadonlySet<string>): RawName[] {
  const { tokens } = sentence;
  const names: RawName[] = [];
  let run: Token[] = [];
  let runStart = 0;
  let titled = false;
  const flush = (endIndex: number) => {
    let parts = run;
    // Split off a trailing country ("Kim Jong Un Singapore summit" → "Kim Jong Un", "Singapore").
    if (parts.length > 1 && !isCountry(textOf(parts)) && !isContinent(textOf(parts))) {
      for (let k = 1; k < parts.length; k++) {
        const tail = parts.slice(k);
        if (isCountry(textOf(tail))) {
          names.push(make(parts.slice(0, k), runStart, runStart + k));
          names.push(make(tail, runStart + k, endIndex));
          parts = [];
          break;
        }
      }
    }
    if (parts.length > 0) names.push(make(parts, runStart, endIndex));
    run = [];
    titled = false;
  };
  const make = (parts: Token[], from: number, to: number): RawName => ({
    sentence: sentence.index,
    tokens: parts,
    titled,
    before: tokens[from - 1],
    after: tokens[to],
    afterNext: tokens[to + 1],
  });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (isNamePart(tokens, i, capitalisedElsewhere)) {
      if (PERSON_TITLES.has(t.lower) && next !== undefined && isCapitalised(next)) {
        // A title ends whatever came before ("Chinese President Xi Jinping") and marks a person.
        if (run.length > 0) flush(i);
        titled = true;
        continue;
      }
      if (run.length === 0) runStart = i;
      run.push(t);
      continue;
    }
    const prev = run[run.length - 1];
    // "Jae-in": a hyphen glued to a lower-case part continues the name.
    if (prev && t.text === "-" && t.start === prev.end && next && next.start === t.end && !isCapitalised(next)) {
      run.push(t, next);
      i++;
      continue;
    }
    // "Oba of Benin", "United States of America".
    if (prev && t.lower === "of" && next && isCapitalised(next) && next.pos === "PROPN") {
      run.push(t);
      continue;
    }
    if (run.length > 0) {
      if (run[run.length - 1]!.lower === "of") run.pop();
      flush(i);
    }
    titled = false;
  }
  if (run.length > 0) flush(tokens.length);
  return names.filter((n) => n.tokens.length > 0);
}

function textOf(parts: readonly Token[]): string {
  let out = "";
  parts.forEach((t, i) => {
    const prev = parts[i - 1];
    out += prev && t.start > prev.end ? ` ${t.text}` : t.text;
  });
  return out;
}

function isOrganisation(parts: readonly Token[]): boolean {
  // Acronyms count only in capitals ("UN", "NATO"), so "Kim Jong Un" stays a person.
  return parts.some((t) => ORGANISATION_WORDS.has(t.lower) && (t.text.length > 3 || t.text === t.text.toUpperCase())) || /^(?:[A-Z]\.?){2,}$/.test(textOf(parts));
}

/** "Chinese", "North Korean leader", "Koreans": nationality words, not actors by themselves. */
function isDemonym(raw: RawName): boolean {
  const last = raw.tokens[raw.tokens.length - 1]!.text;
  return /(?:ese|ean|eans|an|ans|ish|ic|i)$/.test(last) && !acts(raw);
}

/**
 * People's names, mapped from each full name and each of its parts to the longest full name:
 * a name is a person's when a title precedes it ("President Trump"), a role noun or "named"
 * introduces it ("geophysicist Harold Jeffreys"), an appositive follows it ("Jarrett Walker, a
 * planner"), or it shares a word with such a name ("Donald Trump", "Kim" of "Kim Jong Un").
 */
function knownPeople(raws: ReadonlyArray<RawName & { group: boolean }>): Map<string, string> {
  const sure = new Set<string>();
  const candidates: string[] = [];
  for (const raw of raws) {
    if (raw.group || isOrganisation(raw.tokens)) continue;
    const name = textOf(raw.tokens);
    if (isCountry(name)) continue;
    const before = raw.before;
    const appositive = raw.after?.text === "," && (raw.afterNext?.lower === "a" || raw.afterNext?.lower === "the");
    const role = before !== undefined && before.pos === "NOUN" && ROLE_BEFORE_NAME.test(before.lower);
    const verb = raw.after?.pos === "ADV" ? raw.afterNext : raw.after;
    const thinks = verb !== undefined && (verb.pos === "VERB" || verb.pos === "AUX") && PERSON_VERBS.has(verb.lemma);
    if (raw.titled || thinks || ((appositive || role || before?.lower === "named") && raw.tokens.length >= 2)) sure.add(name);
    else if (raw.tokens.length >= 2 && raw.tokens.every((t) => t.pos === "PROPN" || t.text === "-" || /^\p{Ll}/u.test(t.text))) candidates.push(name);
  }
  const parts = (name: string) => name.split(/\s+/);
  const sureParts = new Set([...sure].flatMap(parts));
  for (const name of candidates) if (parts(name).some((p) => sureParts.has(p))) sure.add(name);
  const people = new Map<string, string>();
  for (const name of [...sure].sort((a, b) => a.length - b.length || a.localeCompare(b))) {
    const longest = [...sure].filter((other) => parts(other).some((p) => parts(name).includes(p))).sort((a, b) => b.length - a.length)[0]!;
    people.set(name, longest);
    for (const p of parts(name)) if (!people.has(p) || people.get(p)!.length < longest.length) people.set(p, longest);
  }
  return people;
}

/** Plural people-nouns with up to two modifiers: "critics", "American geologists", "fare-free advocates". */
function groups(sentence: TaggedSentence): RawName[] {
  const { tokens } = sentence;
  const found: RawName[] = [];
  tokens.forEach((t, i) => {
    if (!GROUP_NOUNS.has(t.lower)) return;
    let from = i;
    // Take adjective/proper-noun modifiers, joining hyphenated ones ("fare-free").
    while (from > 0 && from > i - 4) {
      const prev = tokens[from - 1]!;
      const glued = prev.text === "-" || (tokens[from]!.text === "-" && prev.end === tokens[from]!.start);
      // "shift workers", "fishing-boat owners": a noun modifier belongs to the group's name too.
      // (A noun modifier is singular in English — "shift workers", not "weekdays operators": a
      // plural noun before the group belongs to the words before it, "On weekdays operators
      // would restart it".)
      const pluralNoun = prev.pos === "NOUN" && prev.lower !== prev.lemma.toLowerCase() && /s$/.test(prev.lower);
      if (prev.pos === "ADJ" || prev.pos === "PROPN" || (prev.pos === "NOUN" && !GROUP_NOUNS.has(prev.lower) && !pluralNoun) || glued) from--;
      else break;
    }
    while (from < i && (tokens[from]!.text === "-" || QUANTIFIERS.has(tokens[from]!.lower))) from++;
    found.push({
      sentence: sentence.index,
      tokens: tokens.slice(from, i + 1),
      titled: false,
      before: tokens[from - 1],
      after: tokens[i + 1],
      afterNext: tokens[i + 2],
    });
  });
  return found;
}

function acts(raw: RawName): boolean {
  const after = raw.after;
  if (!after) return false;
  if (isPossessive(after)) return true;
  if (after.pos === "VERB" || after.pos === "AUX") return true;
  // "Kim clearly wants", "China, his only ally, was".
  return after.pos === "ADV" && (raw.afterNext?.pos === "VERB" || raw.afterNext?.pos === "AUX");
}

/** All actors of the essay, most-mentioned first. */
export function findActors(sentences: readonly TaggedSentence[]): Actor[] {
  const raws: Array<RawName & { group: boolean }> = [];
  const capitalisedElsewhere = new Set<string>();
  for (const sentence of sentences) {
    sentence.tokens.forEach((t, i) => {
      if (i > 0 && isCapitalised(t)) capitalisedElsewhere.add(t.text);
    });
  }
  for (const sentence of sentences) {
    for (const raw of rawNames(sentence, capitalisedElsewhere)) raws.push({ ...raw, group: false });
    for (const raw of groups(sentence)) raws.push({ ...raw, group: true });
  }
  const personNames = knownPeople(raws);
  const personOf = (name: string): string | undefined => {
    if (personNames.has(name)) return personNames.get(name);
    return name.split(/\s+/).map((part) => personNames.get(part)).find((full) => full !== undefined);
  };

  const byKey = new Map<string, { forms: Map<string, number>; kind: ActorKind; mentions: ActorMention[]; agency: number; definite: number }>();
  for (const raw of raws) {
    const name = textOf(raw.tokens);
    if (name.length < 2) continue;
    let kind: ActorKind;
    let key = name.toLowerCase();
    if (raw.group) kind = "group";
    else if (isCountry(name)) kind = "country";
    else if (isContinent(name)) kind = "place";
    else if (isOrganisation(raw.tokens)) kind = "organisation";
    else if (personOf(name) !== undefined) {
      kind = "person";
      key = personOf(name)!.toLowerCase();
    } else if (isDemonym(raw)) continue;
    else if (raw.before && PLACE_PREPOSITIONS.has(raw.before.lower)) kind = "place";
    else kind = "other";
    const first = raw.tokens[0]!;
    const last = raw.tokens[raw.tokens.length - 1]!;
    const entry = byKey.get(key) ?? { forms: new Map<string, number>(), kind, mentions: [], agency: 0, definite: 0 };
    if (raw.before?.lower === "the") entry.definite++;
    entry.forms.set(name, (entry.forms.get(name) ?? 0) + 1);
    if (rank(kind) > rank(entry.kind)) entry.kind = kind;
    entry.mentions.push({ sentence: raw.sentence, start: first.start, end: last.end });
    if (acts(raw)) entry.agency++;
    byKey.set(key, entry);
  }
  const actors: Actor[] = [];
  for (const entry of byKey.values()) {
    const forms = [...entry.forms.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    actors.push({ name: forms[0]![0], kind: entry.kind, mentions: entry.mentions, agency: entry.agency, definite: entry.definite * 2 > entry.mentions.length });
  }
  return actors.sort((a, b) => b.mentions.length - a.mentions.length || b.agency - a.agency || a.name.localeCompare(b.name));
}

function rank(kind: ActorKind): number {
  return ["other", "place", "group", "organisation", "country", "person"].indexOf(kind);
}

const COMMENTATORS = new Set(["analysts", "critics", "skeptics", "sceptics", "experts", "scholars", "historians", "journalists", "observers", "researchers", "economists", "opponents", "supporters", "advocates"]);

/** True when what happens affects the actor (not merely someone who comments on it). */
export function hasStake(actor: Actor): boolean {
  const head = actor.name.toLowerCase().split(/\s+/).pop() ?? "";
  return canHoldView(actor) && !(actor.kind === "group" && COMMENTATORS.has(head));
}

/** True when the actor can hold a point of view worth asking about. */
export function canHoldView(actor: Actor): boolean {
  if (actor.kind === "person" || actor.kind === "organisation" || actor.kind === "group") return true;
  return actor.kind === "country" && actor.agency > 0;
}

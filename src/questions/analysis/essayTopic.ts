// The phrase an essay keeps returning to ("the summit", "continental drift"): named in its title,
// or else spread over the most sections and repeated most. Questions about the whole use it.
import type { Actor } from "./actors.js";
import type { KeyPhrase } from "./keyPhrases.js";

const GENERIC_TOPICS = new Set(["country", "people", "thing", "way", "year", "time", "part", "leader", "city", "world", "fact", "question", "answer", "place", "case", "idea", "problem", "number", "group", "man", "woman"]);

export function essayTopic(title: string, keyPhrases: readonly KeyPhrase[], actors: readonly Actor[], sectionOf: ReadonlyMap<number, string>): KeyPhrase | undefined {
  const actorNames = actors.map((a) => a.name.toLowerCase());
  const spread = (k: KeyPhrase) => new Set(k.occurrences.map((o) => sectionOf.get(o.sentence))).size;
  const lowerTitle = title.toLowerCase();
  const inTitle = (k: KeyPhrase) => k.lemmas.every((l) => lowerTitle.includes(l));
  const usable = keyPhrases.filter((k) => !actorNames.includes(k.text.toLowerCase()) && k.text.split(/\s+/).length <= 4);
  const byWeight = (list: KeyPhrase[], weight: (k: KeyPhrase) => number) => [...list].sort((a, b) => weight(b) - weight(a) || a.key.localeCompare(b.key))[0];
  // A phrase of the title wins outright ("continental drift", "the summit").
  const titled = usable.filter(inTitle);
  if (titled.length > 0) return byWeight(titled, (k) => k.size * 10 + k.occurrences.length);
  // Otherwise a specific phrase spread over several sections; a bare "countries" or "people" is no topic.
  const spreadOut = usable.filter((k) => spread(k) >= 2 && !GENERIC_TOPICS.has(k.head) && (k.size >= 2 || k.occurrences.length >= 3));
  return byWeight(spreadOut, (k) => k.score * Math.min(spread(k), 3));
}

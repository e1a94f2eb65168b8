// A short, readable title for a section without a heading: its best key phrase, joined by "and" to the
// next best phrase that shares no word with it ("Sanctions and military options"). Sentence case, proper
// nouns kept as the essay writes them, never ending in a stop word, at most 48 characters, and different
// from the titles already given to earlier sections.
import { keyPhrases, type EssayVocabulary, type KeyPhrase } from "./keyPhrases.js";

const MAX_TITLE_LENGTH = 48;
/** The second phrase must score at least this share of the first to earn its place (less when the first is one word). */
const SECOND_PHRASE_SHARE = 0.6;
const SECOND_PHRASE_SHARE_AFTER_ONE_WORD = 0.2;
/** How far down the ranking to look for a pairing. */
const CANDIDATES = 8;

export function titleSection(text: string, vocabulary: EssayVocabulary, titlesTaken: ReadonlySet<string> = new Set()): string {
  const phrases = keyPhrases(text, vocabulary, CANDIDATES);
  for (const title of titleOptions(phrases)) {
    const cased = sentenceCase(title);
    if (!titlesTaken.has(cased.toLowerCase())) return cased;
  }
  const fallback = sentenceCase(phrases[0]?.text ?? firstWords(text));
  let suffix = 2;
  while (titlesTaken.has(`${fallback} (${suffix})`.toLowerCase())) suffix += 1;
  return titlesTaken.has(fallback.toLowerCase()) ? `${fallback} (${suffix})` : fallback;
}

/** A one-word lead gives way to a longer phrase built on the same word that scores at least this share. */
const LONGER_LEAD_SHARE = 0.5;

/** Titles in order of preference: best pairs first, then single phrases. */
function* titleOptions(ranked: readonly KeyPhrase[]): Generator<string> {
  const phrases = preferLongerLead(ranked);
  for (let first = 0; first < phrases.length; first += 1) {
    const lead = phrases[first];
    if (!lead) continue;
    for (let second = first + 1; second < phrases.length; second += 1) {
      const other = phrases[second];
      const share = lead.stems.length === 1 ? SECOND_PHRASE_SHARE_AFTER_ONE_WORD : SECOND_PHRASE_SHARE;
      if (!other || other.score < share * lead.score) break;
      if (other.stems.some((term) => lead.stems.includes(term))) continue;
      const pair = `${lead.text} and ${other.text}`;
      if (pair.length <= MAX_TITLE_LENGTH) yield pair;
    }
    if (lead.text.length <= MAX_TITLE_LENGTH) yield lead.text;
  }
}

/** "Problem" → "arithmetic problem" when the longer phrase is nearly as strong: it says more. */
function preferLongerLead(phrases: readonly KeyPhrase[]): KeyPhrase[] {
  const lead = phrases[0];
  if (!lead || lead.stems.length > 1) return phrases.slice();
  const longer = phrases.find((phrase) => phrase.stems.length > 1 && phrase.stems.includes(lead.stems[0] ?? "") && phrase.score >= LONGER_LEAD_SHARE * lead.score);
  return longer ? [{ ...longer, score: lead.score }, ...phrases.filter((phrase) => phrase !== longer)] : phrases.slice();
}

function sentenceCase(title: string): string {
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function firstWords(text: string): string {
  return text.split(/\s+/).slice(0, 5).join(" ").replace(/[^\p{L}\p{N}]+$/u, "") || "Section";
}

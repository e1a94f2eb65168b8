// Clarifying questions: a phrase the author puts in quotation marks, or a short dictum after a
// colon.
import { isFiniteVerb } from "../analysis/selfContained.js";
import { quotableSpan } from "../analysis/spans.js";
import type { Token } from "../analysis/tagger.js";
import { anchoredOn, quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";

/**
 * Words someone said, just before the marks; or a name someone gave (a capitalised name after
 * "called": a word coined for a thing, "called them "forecasts"", is worth asking about).
 */
const SAID = /\b(?:said|says|say|told|wrote|writes|put it|replied|asked|declared|announced|described (?:it|them|him|her) as|(?:it|he|she|they) was)\s*[,:]?\s*(?:a|an|the|it|them)?\s*$/i;
const NAMED = /\b(?:called|calls|call|named|dubbed|termed|known as|titled|entitled)\s*(?:a|an|the|it|them)?\s*$/i;

/**
 * A verb of saying or a noun naming someone's words earlier in the sentence ("told the clerk
 * that … "better than the video"", "told me her tool collection was "the most loved …"", "kept
 * returning to the same phrase: patrons want to "learn by doing""): the marks are there because
 * someone said it.
 */
const REPORTED_EARLIER = /\b(?:said|say|says|told|tells|wrote|writes|asked|replied|insisted|complained|explained|admitted|recalled|phrase|phrases|words|slogan|motto|saying)\b/i;

/**
 * Round 8: the words' speaker named after them (""Healthy reefs are incredibly loud places,"
 * said Dr. Marsh", "… ," she said", "… ," the guide said): someone's words, quoted, not a phrase
 * the author marks.
 */
const ATTRIBUTED_AFTER = /^\s*[,.!?]?\s*(?:(?:he|she|they|we|(?:the|a|an|one|her|his|their)(?:\s+\p{L}+){1,2}|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+)?(?:said|says|writes|wrote|added|adds|explained|explains|told|tells|argued|argues|noted|notes|recalled|recalls|insisted|insists|replied|asked)\b/u;

/**
 * Round 8: the sentence says at once what the word is ("that "routine" is a word doctors use for
 * themselves rather than for patients"): asking what it means copies the sentence.
 */
const GLOSSED_AFTER = /^\s*,?\s*(?:is|was|are|were)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:word|term|phrase|name|label|expression)\b/i;

/**
 * Round 8: a field's term for the thing the sentence names ("a technique researchers call
 * "acoustic enrichment"", "Researchers call children like me "language brokers""): a plural
 * namer before "call" gives the term with its meaning, where one person's coinage ("what he
 * called "forecasts"", "My mother called it "his church"") is worth asking about.
 */
function fieldsTerm(tokens: readonly Token[], before: number): boolean {
  // (The tagger may read the bare "call" as a noun, and a sentence-initial "Researchers" as a name.)
  return tokens.some((t, k) => t.start < before && t.lower === "call" && isGroup(tokens[k - 1]));
}

function isGroup(t: Token | undefined): boolean {
  return t !== undefined && ((/^(?:NOUN|PROPN)$/.test(t.pos) && /[^s']s$/.test(t.lower)) || /^(?:we|they|people)$/.test(t.lower));
}

/** The quoted words hold a subject and its finite verb: a saying or someone's sentence, not a phrase. */
function wholeClause(tokens: readonly Token[], from: number, to: number): boolean {
  let subject = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start < from || t.end > to) continue;
    if (subject && isFiniteVerb(tokens, k)) return true;
    if (/^(?:NOUN|PROPN|PRON)$/.test(t.pos)) subject = true;
  }
  return false;
}

/**
 * A title or a name ("The Trough", "Library of Things"): two words or more, the first and last
 * capitalised and every other word too but for the short ones ("of", "de", "la").
 */
export function isTitleCase(term: string): boolean {
  const words = term.split(/\s+/);
  // (A title's small words may be lower-case in any language: "La Figure de la Terre".)
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  return words.length >= 2 && capital(words[0]!) && capital(words[words.length - 1]!) && words.every((w) => capital(w) || w.length <= 3);
}

const QUOTED = /[“"]([^”"]{3,80})[”"]/g;

export const clarifyQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  for (const sentence of analysis.sentences) {
    for (const match of sentence.text.matchAll(QUOTED)) {
      const term = match[1]!.trim().replace(/[,.;:]$/, "");
      if (term.split(/\s+/).length > 8) continue;
      // The marks must be the author's own, with a meaning to ask about: not a name someone gave
      // ("what it called a "Library of Things"", "the local people called caoutchouc"), not
      // someone's words ("said it looked "better than the video""), not a stretch of speech cut
      // mid-sentence ("while acknowledging that longer days would be").
      const before = sentence.text.slice(Math.max(0, match.index! - 40), match.index!);
      if (SAID.test(before) || (NAMED.test(before) && /^\p{Lu}/u.test(term)) || /^\p{Ll}+ing\b|^(?:while|when|because|that|and|but|if)\b/u.test(term)) continue;
      // Round 6: not a title or a name, not words the sentence reports someone saying, not a
      // whole clause in quotation marks ("people enjoy it": a saying someone offers), and not a
      // word whose "of …" the sentence spells out at once (a "basket" of goods and services …).
      if (isTitleCase(term) || REPORTED_EARLIER.test(sentence.text.slice(0, match.index!))) continue;
      // Nor the name for what the sentence before described ("This is often called "demand-pull"
      // inflation", "This is "cost-push" inflation"): the meaning was given just before, so the
      // question copies it.
      if ((NAMED.test(before) || /\b(?:is|are|was|were)\s*$/i.test(before)) && /^\s*(?:this|that|it|these|such)\b/i.test(sentence.text)) continue;
      const termTokens = sentence.tokens.filter((t) => t.start >= match.index! && t.end <= match.index! + match[0].length);
      if (termTokens.some((t) => t.pos === "PRON") && termTokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) continue;
      const after = sentence.text.slice(match.index! + match[0].length);
      if (/^\s*of\s/i.test(after)) continue;
      // Nor a phrase the same sentence explains straight after it (", meaning …", ": …", "—").
      if (/^\s*(?:[:—–(]|, (?:meaning|that is|i\.e\.|because|since|as every))/i.test(after)) continue;
      // Nor someone's words named after them, a whole clause in quotation marks, a word the
      // sentence glosses, or a field's term given with what it names (see above).
      if (ATTRIBUTED_AFTER.test(after) || GLOSSED_AFTER.test(after) || fieldsTerm(sentence.tokens, match.index!)) continue;
      if (wholeClause(sentence.tokens, match.index!, match.index! + match[0].length)) continue;
      out.push({
        text: `What does the phrase ${quote(term)} mean here, and why might the author have put it in quotation marks?`,
        type: "clarify",
        stem: "clarify.quoted",
        anchor: { sentence: sentence.index, text: term },
        quotes: [term],
        cueStrength: 1,
        spanQuality: 1,
      });
    }
  }
  // A short dictum after a colon ("… puts it bluntly: frequency is freedom"): the author's
  // compressed claim, worth unpacking.
  for (const sentence of analysis.sentences) {
    const colon = sentence.tokens.findIndex((t) => t.text === ":");
    if (colon < 0) continue;
    const next = sentence.tokens.findIndex((t, k) => k > colon && /^[;:.!?]$/.test(t.text));
    const span = quotableSpan(sentence, colon + 1, next < 0 ? sentence.tokens.length : next, 6);
    if (!span || span.shape !== "clause" || span.pronounStart || span.unresolved || span.words > 6 || !span.complete) continue;
    out.push(
      anchoredOn(sentence, span, {
        text: `What does the author mean by ${quote(span.text)}, and what follows if it is true?`,
        type: "clarify",
        stem: "clarify.dictum",
        cueStrength: 0.9,
        spanQuality: 1,
      }),
    );
  }
  return out;
};

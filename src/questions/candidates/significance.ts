// "Why does it matter that …?": the question for a plain statement the author makes without
// judging it ("These parking minimums are so familiar that few residents know they exist",
// "In the humid tropics many trees form no clear annual rings at all"). Descriptive passages
// carry few cue words; asking why a fact matters turns it toward the essay's argument without
// pretending it is an opinion to be weighed.
import { claimProfile, grantedFrame, isArguable, isStoried, workedStep } from "../analysis/claimProfile.js";
import { anchoredOn, quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { focusPositions } from "./focus.js";
import { announcesOnly, claimAnchors } from "./spansNearCue.js";
import type { Span } from "../analysis/spans.js";
import type { TaggedSentence } from "../analysis/taggedSentence.js";

/** How central (0..1 in its section) a reported event must be to be asked about as something to explain. */
const EXPLAIN_CENTRALITY = 0.6;

/**
 * The rest of the sentence says what follows from the span ("…, so that the need is documented",
 * "…, which is why …", "…, so still was the air"): asking "what follows" copies it. (Round 6
 * measured a broader rule — any clause after the span — against the labels: judges kept as many
 * of those questions as they rejected, so only an explicit consequence counts.)
 */
export function sentenceSaysWhatFollows(sentence: TaggedSentence, span: Span): boolean {
  // (Or the quote itself holds the consequence: "Water seeps into the limestone, so the springs
  // run dry by late summer".)
  if (/,\s*(?:and\s+)?so\s|\b(?:which is why|that is why|as a result|and therefore)\b/i.test(span.text)) return true;
  return /^[\s"”’')\]]*[,;:—–]?\s*(?:and\s+)?(?:so|thus|hence|therefore|which is why|that is why|as a result|with the result that)\b/i.test(sentence.text.slice(span.end));
}

/**
 * The sentence opens on a condition or a time ("If you have ever noticed that …, you have
 * noticed inflation", "Once it was clear that ice could be sold at a profit, competitors
 * followed", "When you publish the novel against her wishes, you do not hurt a ghost") and the
 * quote is cut from inside it or is the clause it governs: the sentence pairs the two halves, so
 * "Why does it matter that … What follows from it?" either asks for the half the sentence
 * already gives or drops the condition that makes the point (round 8: judges rejected all six
 * such questions on the development essays). A later clause joined by "and"/"but" stands on its
 * own ("If …, then …, and the daily ice-breaking becomes a kind of vigil").
 */
export function underFrontedClause(sentence: TaggedSentence, span: Span): boolean {
  const before = sentence.text.slice(0, span.start);
  if (span.start === 0 || /[;:]|\bthen\b|,\s*(?:and|but|or)\s*$/i.test(before)) return false;
  return /^\W*(?:(?:and|but|so)\s+)?(?:if|when|whenever|once|as soon as|after|before|until|unless|where)\b/i.test(before);
}

/**
 * The quote is the first half of a sentence joined by a semicolon ("Blood going down picks up
 * salt and loses water; blood coming back up does the reverse", "In March we lose an hour of
 * sleep; in November we get it back"): the second half is its counterpart or its sequel, so
 * "What follows from it?" is answered by copying the rest of the sentence (round 9: judges
 * rejected 5 of the 6 such questions on the development essays, all as copyable).
 */
export function halfBeforeSemicolon(sentence: TaggedSentence, span: Span): boolean {
  return /^[\s"”’')\]]*;/.test(sentence.text.slice(span.end));
}

/** Connectives that open a sentence saying what follows from the one before. */
const FOLLOWS = /^(?:so|thus|hence|therefore|consequently|as a result|this means|that means|which is why|that is why|this is why|the result is|the upshot)\b/i;

/**
 * The next sentence opens by drawing the consequence ("So …", "As a result, …", "This means …"):
 * "Why does it matter …? What follows from it?" is then answered by copying it.
 */
export function nextSentenceSaysWhatFollows(next: TaggedSentence | undefined): boolean {
  return next !== undefined && FOLLOWS.test(next.text.trim());
}

/**
 * The rest of the sentence gives the cause or the purpose ("…, arranged so that the pattern of
 * failed checks spells out the error", "…, because the old line had flooded"): asking "what
 * explains" the fact copies it.
 */
export function givesReason(rest: string): boolean {
  return /\b(?:because|since|so that|in order to|so as to|thanks to|owing to|due to|for fear of)\b/i.test(rest);
}

/**
 * The next sentence of the paragraph takes up the same thing in its opening words ("The receiver
 * counts the ones again." → "If the total is odd …" does not; "The trick works because every
 * position belongs to a unique combination of groups." → "Position 6 is watched by …" does;
 * "The main tool of most central banks is the short-term interest rate." → "When inflation is
 * too high, the central bank raises this rate."): the paragraph goes on to elaborate the
 * statement, and "Why does it matter? What follows from it?" is answered by copying it. A noun
 * of the quote among the next sentence's first six words is the sign (round 7: judges kept 2
 * of 11 such questions on the development essays, against 63 of 95 otherwise).
 */
export function nextTakesUp(sentence: TaggedSentence, span: Span, next: TaggedSentence | undefined): boolean {
  if (next === undefined || next.opensParagraph) return false;
  const nouns = new Set(sentence.tokens.slice(span.firstToken, span.endToken).filter((t) => t.pos === "NOUN" || t.pos === "PROPN").map((t) => t.lemma.toLowerCase()));
  return next.tokens.slice(0, 6).some((t) => (t.pos === "NOUN" || t.pos === "PROPN") && nouns.has(t.lemma.toLowerCase()));
}

export const significanceQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const focus = focusPositions(analysis);
  const named = new Set(analysis.actors.flatMap((a) => (a.actor.kind === "group" || a.actor.kind === "other" ? [] : a.here.map((m) => m.sentence))));
  analysis.sentences.forEach((sentence, i) => {
    if (!focus.has(i)) return;
    for (const span of claimAnchors(sentence)) ask(sentence, i, span);
  });
  return out;

  function ask(sentence: TaggedSentence, i: number, span: Span): void {
    // Too short a statement ("Then the scars stop") is a beat of the story, not a point.
    if (!span || span.vague || span.words < 6 || announcesOnly(sentence, span)) return;
    // A step of a worked example (digits, positions, a code) has no significance of its own.
    if (workedStep(sentence.tokens, span.firstToken, span.endToken)) return;
    // Nor a clause the author floats or grants ("It may be that …", "It may be true that …").
    if (grantedFrame(sentence, span)) return;
    const profile = claimProfile(sentence, span);
    // (Nor a suggestion, "a reader might keep a second, private list …": there is no fact in it to
    // evidence or to draw consequences from.)
    // (Round 8: nor a signpost, "there is a question of what homework crowds out", "the defender
    // of Max Brod has a reply": what it announces is what the next sentences say.)
    if (profile.firstPerson || profile.selfMention || profile.hedged || profile.suggestion || profile.legal || profile.imperative || profile.speech || profile.signpost || isArguable(profile, isStoried(analysis.genre))) return;
    const inside = sentence.tokens.slice(span.firstToken, span.endToken);
    const central = analysis.centrality[i]!;
    // All of these stems fit any quote of their kind: "generic" scores them below a stem that fits the anchor.
    const push = (text: string, type: Candidate["type"], stem: string, cueStrength: number, generic: number) =>
      out.push(anchoredOn(sentence, span, { text, type, stem, cueStrength, generic }));
    // ("What does the fact that "…" tell us about <topic>?" was asked here as a third kind for a
    // section of facts. Round 6 retired it: judges kept 20 of its 84, rejecting it as generic,
    // as copyable where the sentence says what the fact shows, and on an ill-named topic.)
    const goesOn = sentenceSaysWhatFollows(sentence, span);
    // A central event or finding of the section ("Grazing removed the grass that carried the
    // fires") invites asking what explains it; an incidental one ("Fuel prices rose …") does
    // not, nor does a state ("was an outsider to geology").
    const verb = inside.find((t) => t.pos === "VERB" || t.pos === "AUX");
    const event = verb !== undefined && verb.pos === "VERB" && !/^(?:be|have|seem|remain|become)$/.test(verb.lemma);
    // Not when the sentence opens on its own explanation ("With many young men in uniform, some
    // universities opened programs …"): the answer would be copied from it.
    // Nor when the quote carries its own condition or cause ("People on fixed incomes lose if
    // their payments are not adjusted").
    const explained = (/^\s*(?:with|because|since|as|thanks to|owing to|due to|given)\b/i.test(sentence.text.slice(0, span.start)) && span.start > 0) || inside.some((t) => /^(?:if|because|since|unless)$/.test(t.lower)) || givesReason(sentence.text.slice(span.end));
    // Nor of a paragraph's opening sentence when the paragraph goes on ("Snow went to work at
    // once." and then what he did and why): a topic sentence is what its paragraph accounts for,
    // so "what explains it" is answered by copying the paragraph.
    // Nor of the sentence that closes a paragraph after others ("By the end of the century nearly
    // every light in the country ran by itself" after electricity, timers and automation): it sums
    // up what the paragraph has just told, and that is its explanation.
    const next = analysis.sentences[i + 1];
    const topic = sentence.opensParagraph && next !== undefined && !next.opensParagraph;
    const closing = !sentence.opensParagraph && (next === undefined || next.opensParagraph);
    if (profile.reported && event && !explained && !topic && !closing && !goesOn && central >= EXPLAIN_CENTRALITY && !inside.some((t) => t.pos === "NUM")) {
      push(`What explains the fact that ${quote(span.text)}, and is the essay's account of it complete?`, "explanation", "significance.explain", 0.2 + 0.3 * central, 0.5);
    }
    // Reports have questions of their own (cases.ts); a named case ("Paris has closed riverside
    // expressways …") is an example whose weight cases.ts asks about.
    if (profile.reported || named.has(sentence.index)) return;
    // (A comparison is asked how far it holds — analogy.ts — not why it matters.)
    // Nor when what follows is in the rest of the sentence or the sentence after, nor of a step
    // in a chain the text has just set going ("Banks then charge more …").
    // (Nor of a clause that is itself the consequence: "…, so that the need is documented rather
    // than guessed at" — what it follows from is the sentence's first half.)
    const isConsequence = /\b(?:so(?: that)?|therefore|thus|hence|which means(?: that)?)\s*$/i.test(sentence.text.slice(0, span.start));
    const stated = goesOn || isConsequence || halfBeforeSemicolon(sentence, span) || underFrontedClause(sentence, span) || nextSentenceSaysWhatFollows(analysis.sentences[i + 1]) || nextTakesUp(sentence, span, analysis.sentences[i + 1]) || inside.some((t) => t.lower === "then" && t.pos === "ADV");
    if (!stated && !/\b(?:looks|look|looked|seems|feels) like\b|\bmuch as\b|\bas if\b/i.test(span.text)) push(`Why does it matter that ${quote(span.text)}? What follows from it?`, "implication", "significance.matter", 0.3 + 0.3 * central, 0.5);
    // A general statement about the world ("Most cities are still built as if nobody walks in
    // them") is also something to check: the same anchor asked as evidence, so a section whose
    // sentences describe can still get questions of several kinds.
    // (Not of a memoir's or a story's details: "The entries are small and upright" needs no proof.)
    const storied = isStoried(analysis.genre);
    if (!storied && inside.some((t) => t.pos === "NOUN" && t.lower !== t.lemma) && !inside.some((t) => t.pos === "PROPN")) {
      push(`What evidence would show that ${quote(span.text)}, and does the essay give it?`, "evidence", "significance.show", 0.2 + 0.3 * central, 0.5);
    }
  }
};

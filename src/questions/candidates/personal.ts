// Questions about the author's own experience in a personal essay, where the first person is the
// point rather than a flaw: a view or feeling ("I find those pages hard to read") is asked why
// and whether the reader would see it the same way; a remembered moment ("I found that entry and
// cried, which surprised me") what it reveals; an admission or habit ("I could not tell you what
// I spent last week") how the reader's own experience compares. "How convincing is the claim …"
// would treat a feeling as an argument, and "What evidence …" a memory as a hypothesis.
import { claimProfile, isPastVerb, mainVerb } from "../analysis/claimProfile.js";
import { subordinateMask } from "../analysis/cues.js";
import { anchoredOn, quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { focusPositions } from "./focus.js";
import { claimAnchors, mainClause } from "./spansNearCue.js";
import type { QuestionType } from "../types.js";

/** Verbs of a remembered moment: something the author felt, noticed, learned or did on purpose. */
const MOMENT_VERBS = new Set([
  "cry", "laugh", "find", "realise", "realize", "notice", "learn", "discover", "understand", "remember", "decide",
  "stop", "try", "begin", "start", "feel", "fear", "refuse", "expect", "want", "swim", "walk", "write", "read",
  "sit", "stand", "watch", "hear", "see", "lose", "give", "quit", "return", "leave", "forget",
]);
/**
 * What each question asks, as a type: a view is weighed from the reader's side, a moment is
 * explained, an experience read for what it implies, a habit set beside the reader's own life.
 */
const TYPES: Readonly<Record<string, QuestionType>> = {
  "personal.view": "perspective",
  "personal.moment": "explanation",
  "personal.experience": "implication",
  "personal.compare": "connect",
};

/** Words of being moved: a moment the author felt, not just a thing they did. */
const EMOTION_WORDS = new Set([
  "cry", "weep", "laugh", "surprise", "shake", "tremble", "panic", "fear", "shame", "embarrass", "embarrassment",
  "happiness", "happy", "sad", "sadness", "grief", "joy", "relief", "anger", "angry", "afraid", "ashamed", "proud",
  "pride", "tear", "stay", "haunt", "move", "hurt", "love", "miss",
]);
/** A habit, an admission or a lasting state: what a reader can set beside their own life. */
const HABIT_WORDS = /^(?:never|always|still|often|rarely|seldom|usually|sometimes|not|n't|no longer|every)$/;

export const personalQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const focus = focusPositions(analysis);
  analysis.sentences.forEach((sentence, i) => {
    if (!focus.has(i)) return;
    const span = mainClause(sentence) ?? claimAnchors(sentence)[0];
    if (!span) return;
    const profile = claimProfile(sentence, span);
    const inside = sentence.tokens.slice(span.firstToken, span.endToken);
    // The author in the clause, as its subject or not ("Writing things down by hand takes a kind
    // of patience I do not seem to have").
    const author = profile.firstPerson || inside.some((t) => t.text === "I" || t.lower === "me" || t.lower === "my");
    if (!author) return;
    const central = analysis.centrality[i]!;
    const push = (text: string, stem: string, cueStrength: number) =>
      out.push(anchoredOn(sentence, span, { text, type: TYPES[stem] ?? "perspective", stem, cueStrength }));
    // (A view, not a plain fact of the author's life: "I learned to swim the year I turned
    // forty" is told in the past with no judging word; there is nothing to "see the same way".)
    // (Round 6: nor a narrated act with a describing word in it, "I wrote the date on the first
    // empty page …": in the past only a view or feeling of the author's is one to share.)
    // (Round 7: only the author's own view — "I", "we" as the subject, not "My father knew, of
    // course" — and not a view the author held then and recalls: "I knew the word meant something
    // inside the body" tells what he knew as a child, a step of the story, not a view to share.)
    const subject = inside.find((t) => t.pos !== "ADV" && t.pos !== "CCONJ" && t.pos !== "PUNCT");
    const selfSubject = subject !== undefined && /^(?:i|we)$/.test(subject.lower);
    if (profile.firstPerson && selfSubject && ((profile.personalView && !profile.past) || (!profile.past && profile.evaluative >= 1))) {
      push(`Why does the author say ${quote(span.text)}, and would you see it the same way?`, "personal.view", 0.5 + 0.3 * central);
      return;
    }
    const k = mainVerb(sentence.tokens, span.firstToken - 1, span.endToken);
    const verb = k >= 0 ? sentence.tokens[k] : undefined;
    if (!verb) return;
    // The main verb, or the verb an auxiliary carries ("had stopped", "could not keep").
    const lexical = verb.pos === "AUX" ? inside.find((t, j) => span.firstToken + j > k && t.pos === "VERB") ?? verb : verb;
    const past = isPastVerb(verb);
    const moved = inside.some((t) => EMOTION_WORDS.has(t.lemma));
    // (The author may be the one the feeling happens to: "the small embarrassment … stayed with me".)
    if (past && moved && span.words >= 5) {
      push(`The author recalls that ${quote(span.text)}. Why might that moment have affected the author so strongly?`, "personal.moment", 0.5 + 0.3 * central);
      return;
    }
    if (past && profile.firstPerson && MOMENT_VERBS.has(lexical.lemma) && span.words >= 5) {
      push(`The author recalls that ${quote(span.text)}. What does that experience reveal about the author?`, "personal.experience", 0.4 + 0.3 * central);
      return;
    }
    // The author's own habit or admission: "I" in the main clause ("my uncle, who … could not
    // keep a job" is the uncle's).
    const mask = subordinateMask(sentence.tokens);
    // (Only "I": a general "we" — "We do not sell tickets to watch the quarantined traveller" — is
    // people at large in an argument, not a habit the author admits.)
    const own = inside.some((t, j) => (t.text === "I" || (profile.firstPerson && j === 0 && !/^(?:we|our)$/i.test(t.text))) && !mask[span.firstToken + j]);
    const habit = inside.some((t, j) => HABIT_WORDS.test(t.lower) && !mask[span.firstToken + j]);
    if (!past && own && habit && span.words >= 5) {
      const admits = inside.some((t, j) => /^(?:not|n't|never)$/.test(t.lower) && !mask[span.firstToken + j]);
      push(`The author ${admits ? "admits" : "writes"} that ${quote(span.text)}. How does that compare with your own experience?`, "personal.compare", 0.4 + 0.3 * central);
    }
  });
  return out;
};

// A short claim that leans on the sentence before it ("These parking minimums are so familiar
// that few residents know they exist. They should be abolished.") is often the sharpest claim
// of a paragraph. Quoting the sentence before first makes its pronoun clear: "Having said that
// "…", the author adds that "They should be abolished". How convincing is that, and why?"
import { claimProfile, isArguable, isStoried } from "../analysis/claimProfile.js";
import { quotableSpan, segments } from "../analysis/spans.js";
import type { Token } from "../analysis/tagger.js";
import { fitting, quote, spanQuality } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { focusPositions } from "./focus.js";
import { mainClause, MAX_QUOTE_WORDS } from "./spansNearCue.js";
import type { Span } from "../analysis/spans.js";

const MAX_JUDGEMENT_WORDS = 12;
const MAX_CONTEXT_WORDS = 16;
/** Both quotes together, so the question stays under 40 words. */
const MAX_BOTH_WORDS = 28;

/** The context offers something the opening pronoun can stand for: a name for "he", a plural for "they". */
function antecedentIn(tokens: readonly Token[], pronoun: string): boolean {
  const plural = (t: Token) => t.pos === "NOUN" && t.lower !== t.lemma && /s$/.test(t.lower);
  if (/^(?:he|she|his|her)$/.test(pronoun)) return tokens.some((t) => t.pos === "PROPN");
  if (/^(?:they|them|their|these|those|both|many|most|some|few|all)$/.test(pronoun)) return tokens.some((t) => plural(t) || t.pos === "PROPN");
  return tokens.some((t) => t.pos === "NOUN" || t.pos === "PROPN");
}

export const followOnQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const focus = focusPositions(analysis);
  analysis.sentences.forEach((sentence, i) => {
    if (!focus.has(i)) return;
    const previous = analysis.sentences[i - 1];
    if (!previous || sentence.opensParagraph) return;
    // The whole sentence, or its first clause, leaning on the one before through a pronoun ("They
    // should be abolished", "They are plausible, given the fall in traffic, but …") or a noun
    // phrase ("The method proved far more useful than …").
    // (Spans at the common quote limit, shared with the other generators, and then held to a
    // shorter one here: computing them anew at another limit would cost time for nothing.)
    const short = (span: Span | undefined) => (span && span.words <= MAX_JUDGEMENT_WORDS + 4 ? span : undefined);
    const whole = short(quotableSpan(sentence, 0, sentence.tokens.length, MAX_QUOTE_WORDS));
    const firstClause = segments(sentence.tokens)[0];
    const span = whole?.complete ? whole : firstClause ? short(quotableSpan(sentence, firstClause[0], firstClause[1], MAX_QUOTE_WORDS)) : undefined;
    if (!span || span.firstToken > 1 || span.fragment || span.shape !== "clause" || !(span.pronounStart || span.contextual)) return;
    // Not a clause cut out of "Because the subsidy is invisible, …": the reason is no claim.
    if (span.firstToken === 1 && sentence.tokens[0]!.pos !== "CCONJ" && sentence.tokens[0]!.pos !== "ADV") return;
    if (span !== whole && !span.complete && span.endToken !== firstClause![1] && sentence.tokens[span.endToken]?.text !== ",") return;
    if (span.pronounStart && span.words > MAX_JUDGEMENT_WORDS) return;
    const profile = claimProfile(sentence, span);
    // A judgement is weighed, a hedge is doubted, a plain statement or a report is followed up.
    // The author's own doings are personal.ts's.
    const arguable = isArguable(profile, isStoried(analysis.genre));
    if (profile.firstPerson || profile.legal || profile.speech) return;
    // Round 8: "What follows from that?" only of a clause that takes a position (a judging word, a
    // booster, a negation: "They rarely name the price", "They do not settle the argument"). A
    // plain next step of a story or a summary — "It may hang there for a few hours or for several
    // days", "Her sons ran a percussion cap factory in Broad Street", "She follows the Florentine
    // humanists" — adds a fact, and nothing follows from it but the next sentence (judges kept none
    // of four such questions, and both of the others).
    const plainStep = !arguable && !profile.hedged && profile.evaluative === 0;
    // What came before must stand alone; it may be cut at a phrase boundary, as long as it names
    // what the judgement is about.
    let context = mainClause(previous, MAX_CONTEXT_WORDS);
    let source = previous;
    // The context must hold what the judgement points back to: a whole sentence for a pronoun,
    // the noun itself for "The method …" ("The link proved elusive" after a context cut before
    // "a link between sunspots and rainfall" explains nothing). A noun may point two sentences
    // back, within the paragraph ("This method, called cross-dating, was developed …. The link
    // proved elusive. The method proved far more useful …").
    const head = sentence.tokens.slice(span.firstToken, span.endToken).find((t) => t.pos === "NOUN");
    const holdsHead = (candidate: typeof context, from: typeof previous) => candidate !== undefined && head !== undefined && from.tokens.slice(candidate.firstToken, candidate.endToken).some((t) => t.lemma === head.lemma);
    if (!span.pronounStart && !holdsHead(context, previous)) {
      const before = analysis.sentences[i - 2];
      const earlier = before && !previous.opensParagraph ? mainClause(before, MAX_CONTEXT_WORDS) : undefined;
      if (!before || !holdsHead(earlier, before)) return;
      context = earlier;
      source = before;
    }
    if (!context || span.words + context.words > MAX_BOTH_WORDS) return;
    if (span.pronounStart && (!context.complete || context.vague || !antecedentIn(source.tokens.slice(context.firstToken, context.endToken), sentence.tokens[span.firstToken]!.lower))) return;
    // A judgement can also be disputed: a second question on the same claim, for a section whose
    // claims all lean on the sentence before.
    if (arguable) out.push({
      text: fitting(`Having said that ${quote(context.text)}, the author adds that ${quote(span.text)}. Who would most want to dispute that, and on what grounds?`, `Having said that ${quote(context.text)}, the author adds that ${quote(span.text)}. Who would dispute that, and why?`),
      type: "perspective",
      stem: "followOn.dispute",
      span,
      anchor: { sentence: sentence.index, text: span.text },
      quotes: [span.text],
      context: [context.text],
      cueStrength: 0.7,
      spanQuality: spanQuality(context),
    });
    if (!plainStep) out.push({
      text: `Having said that ${quote(context.text)}, the author adds that ${quote(span.text)}. ${arguable ? "How convincing is that, and why?" : profile.hedged ? "How confident should we be of that?" : "What follows from that?"}`,
      type: arguable ? "evaluate" : profile.hedged ? "certainty" : "implication",
      stem: arguable ? "followOn.evaluate" : profile.hedged ? "followOn.certainty" : "followOn.implication",
      span,
      anchor: { sentence: sentence.index, text: span.text },
      quotes: [span.text],
      context: [context.text],
      // A short judgement right after its ground is often the paragraph's point ("They should be
      // abolished"); its shortness is no flaw here, so only the context's quality counts.
      cueStrength: arguable ? 0.9 : 0.5,
      spanQuality: spanQuality(context),
    });
  });
  return out;
};

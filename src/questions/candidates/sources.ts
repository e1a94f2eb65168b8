// Questions about what the essay reports others found or think: a finding ("Surveys suggest that
// …", "Donald Shoup estimated that …") invites asking how far to trust it; a view ("Defenders of
// the rules say that …") invites the case for and against it; two views set side by side ("Some
// ecologists argue that …; others warn that …") invite weighing one against the other.
import { actorPhrase } from "../analysis/actors.js";
import { GROUP_NOUNS } from "../analysis/cueWords.js";
import type { SectionAnalysis } from "../analysis/analyseEssay.js";
import { quotableSpan, segments } from "../analysis/spans.js";
import type { Span } from "../analysis/spans.js";
import type { Token } from "../analysis/tagger.js";
import type { TaggedSentence } from "../analysis/taggedSentence.js";
import { anchoredOn, fitting, quote, spanQuality } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { MAX_QUOTE_WORDS } from "./spansNearCue.js";

const FINDING_VERBS = new Map<string, string>([
  ["find", "finding"], ["show", "finding"], ["reveal", "finding"], ["indicate", "finding"], ["demonstrate", "finding"],
  ["conclude", "conclusion"], ["confirm", "finding"], ["estimate", "estimate"], ["calculate", "estimate"],
  ["report", "report"], ["suggest", "evidence"], ["note", "observation"], ["measure", "measurement"],
]);
const OPINION_VERBS = new Set(["argue", "claim", "say", "warn", "insist", "believe", "think", "contend", "predict", "maintain", "fear", "worry", "propose", "complain", "doubt", "hold"]);
const PRONOUN_SOURCES = /^(?:i|we|you|he|she|it|they|this|that|these|those|one)$/;

interface Report {
  verb: Token;
  source: string;
  content: Span;
  /** Index of the token after the content (where a second view may start). */
  end: number;
  /** Named as a view ("One common answer is that …"): weighed, never trusted as a finding. */
  view?: boolean;
}

/** Nouns that name a view the text reports: "One common answer is that …". */
const VIEW_NOUNS = new Set(["answer", "view", "claim", "argument", "belief", "assumption", "idea", "objection", "response", "complaint", "worry", "fear", "hope", "reply", "consensus"]);

/** Who or what can report a finding: people, bodies, and the instruments of inquiry. */
const FINDING_SOURCES = /^(?:stud(?:y|ies)|surveys?|research|data|reports?|analys[ie]s|polls?|experiments?|trials?|census|reviews?|audits?|estimates?|figures|records|counts|counters|measurements|researchers|scientists|economists|historians|analysts|experts|officials|operators)$/i;

/**
 * The subject of the reporting verb: the words just before it, after any opening phrase ("In
 * Tallinn, …, studies found that" → "studies"), or before a parenthesis ("The urban planner
 * Donald Shoup, who spent four decades studying the subject, estimated that").
 */
function subjectRange(tokens: readonly Token[], from: number, verbAt: number): [number, number] {
  const commas = tokens.slice(from, verbAt).flatMap((t, i) => (t.text === "," ? [from + i] : []));
  if (commas.length === 0) return [from, verbAt];
  const first = commas[0]!;
  if (tokens[verbAt - 1]?.text === "," && /^(?:who|which|whose)$/.test(tokens[first + 1]?.lower ?? "")) return [from, first];
  return [commas[commas.length - 1]! + 1, verbAt];
}

/** "Some ecologists argue that X": the source's words as a question can use them. */
function sourcePhrase(analysis: SectionAnalysis, sentence: TaggedSentence, from: number, verbAt: number, finding: boolean): string | undefined {
  let [start0, end0] = subjectRange(sentence.tokens, from, verbAt);
  // "Yet the history …", "But critics …": the connective is no part of the source.
  while (start0 < end0 && (sentence.tokens[start0]!.pos === "CCONJ" || sentence.tokens[start0]!.pos === "ADV")) start0++;
  const tokens = sentence.tokens.slice(start0, end0);
  if (tokens.length === 0 || tokens.some((t) => PRONOUN_SOURCES.test(t.lower) && t.pos === "PRON")) return undefined;
  // A named actor inside the subject names the source best ("The urban planner Donald Shoup, who …").
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  const actor = analysis.actors.find((a) => a.actor.kind !== "group" && a.here.some((m) => m.sentence === sentence.index && m.start >= start && m.end <= end));
  // (A name that the text writes after "the" opens the question: "The University of Oldenburg found …".)
  if (actor) return capitalise(actorPhrase(actor.actor));
  // Otherwise a short plain subject ("Surveys", "Bus operators", "a study of the first years").
  if (tokens.length > 6 || tokens.some((t) => t.text === "," || t.pos === "VERB" || t.pos === "AUX")) return undefined;
  // A finding comes from a study or a body, not from "the history of continental drift" (that
  // is the author inferring, and certainty.ts asks about it).
  const head = [...tokens].reverse().find((t) => t.pos === "NOUN" || t.pos === "PROPN");
  const ofAt = tokens.findIndex((t) => t.lower === "of");
  const mainHead = ofAt > 0 ? [...tokens.slice(0, ofAt)].reverse().find((t) => t.pos === "NOUN" || t.pos === "PROPN") : head;
  if (finding && !(mainHead && (FINDING_SOURCES.test(mainHead.text) || GROUP_NOUNS.has(mainHead.lower)))) return undefined;
  const text = sentence.text.slice(start, end);
  // "In Buffalo, a study of the first years found …": a short opening phrase says where.
  const opening = sentence.tokens.slice(from, start0);
  const comma = opening.findIndex((t) => t.text === ",");
  const place = comma > 0 && comma <= 3 && opening[0]!.pos === "ADP" && opening.slice(1, comma).some((t) => t.pos === "PROPN") ? sentence.text.slice(opening[0]!.start, opening[comma]!.end) : "";
  const said = place ? `${place} ${text}` : text;
  return capitalise(said);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "Nobody thinks that …", "The French academicians did not simply confirm that …": a negated
 * report says the opposite of what "X thinks that" would, and the source cut from before a
 * negation loses it. Such a report is never turned into a question.
 */
function negatedReport(tokens: readonly Token[], from: number, verbAt: number): boolean {
  if (tokens.slice(from, verbAt).some((t) => /^(?:nobody|no|none|few|neither)$/.test(t.lower) && t.pos !== "INTJ")) return true;
  return tokens.slice(Math.max(from, verbAt - 3), verbAt).some((t) => /^(?:not|n't|never|did|does|do)$/.test(t.lower));
}

function reportsIn(analysis: SectionAnalysis, sentence: TaggedSentence): Report[] {
  const { tokens } = sentence;
  const ranges = segments(tokens);
  const found: Report[] = [];
  tokens.forEach((verb, k) => {
    // "Bus operators report that …": the light model may read the verb as a noun.
    const verbal = verb.pos === "VERB" || (verb.pos === "NOUN" && (tokens[k - 1]?.pos === "NOUN" || tokens[k - 1]?.pos === "PROPN"));
    // "One common answer is that …": a view the text reports by naming it.
    const named = verb.pos === "AUX" && /^(?:is|was)$/.test(verb.lower) && tokens[k - 1]?.pos === "NOUN" && VIEW_NOUNS.has(tokens[k - 1]!.lemma);
    if (!(verbal || named) || tokens[k + 1]?.lower !== "that") return;
    if (named) {
      const subject = tokens.slice(0, k);
      if (k > 5 || subject.some((t) => t.pos === "PRON" || t.pos === "PUNCT" || t.pos === "VERB")) return;
      const range = ranges.find(([a, b]) => k + 1 >= a && k + 1 < b) ?? [k + 1, tokens.length];
      const content = quotableSpan(sentence, k + 2, range[1], MAX_QUOTE_WORDS);
      if (!content || content.shape !== "clause" || content.fragment) return;
      const source = sentence.text.slice(tokens[0]!.start, tokens[k - 1]!.end);
      found.push({ verb, source: capitalise(source), content, end: range[1], view: true });
      return;
    }
    if (!FINDING_VERBS.has(verb.lemma) && !OPINION_VERBS.has(verb.lemma)) return;
    // The subject runs from the start of the verb's clause (the sentence start, or after ";").
    let from = k;
    while (from > 0 && tokens[from - 1]!.text !== ";" && tokens[from - 1]!.text !== ":") from--;
    if (negatedReport(tokens, from, k)) return;
    const source = sourcePhrase(analysis, sentence, from, k, FINDING_VERBS.has(verb.lemma));
    if (!source) return;
    const range = ranges.find(([a, b]) => k + 1 >= a && k + 1 < b) ?? [k + 1, tokens.length];
    const content = quotableSpan(sentence, k + 2, range[1], MAX_QUOTE_WORDS);
    if (!content || content.shape !== "clause" || content.fragment) return;
    found.push({ verb, source, content, end: range[1] });
  });
  return found;
}

function pronounsFitSource(sentence: TaggedSentence, report: Report): boolean {
  const inside = sentence.tokens.slice(report.content.firstToken, report.content.endToken).filter((t) => t.pos === "PRON");
  const plural = /s\b/.test(report.source.split(/\s+/).pop() ?? "");
  return inside.every((t) => {
    if (/^(?:they|them|their|themselves)$/.test(t.lower)) return plural;
    if (/^(?:it|its|itself)$/.test(t.lower)) return false;
    return !/^(?:he|him|his|she|her|this|these|those)$/.test(t.lower) || !plural;
  });
}

export const sourceQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  analysis.sentences.forEach((sentence) => {
    const reports = reportsIn(analysis, sentence);
    const [first, second] = reports;
    // A pronoun inside the content may point back to the source the question names ("Defenders
    // of the rules say that without them …"); one that opens it, or a "these ridges", points
    // further back.
    if (!first || first.content.pronounStart || first.content.contextual || first.content.anaphoric) return;
    // A pronoun in the content must be able to stand for the source ("Defenders of the rules say
    // that without them …"); "FitzRoy argued that a warning could have saved it" names no "it".
    if (first.content.unresolved && !pronounsFitSource(sentence, first)) return;
    const anchor = { sentence: sentence.index, text: first.content.text };
    const said = `${first.source} ${first.verb.text} that ${quote(first.content.text)}`;
    // Two views side by side: "Some ecologists argue that …; others warn that …".
    if (second && OPINION_VERBS.has(first.verb.lemma) && OPINION_VERBS.has(second.verb.lemma) && first.content.words + second.content.words <= 26) {
      out.push({
        text: `${said}, while ${second.source.toLowerCase()} ${second.verb.text} that ${quote(second.content.text)}. Which view is more persuasive, and why?`,
        type: "tension",
        stem: "source.views",
        span: first.content,
        anchor,
        quotes: [first.content.text, second.content.text],
        cueStrength: 1,
        spanQuality: Math.min(spanQuality(first.content), spanQuality({ ...second.content, pronounStart: false, unresolved: false })),
      });
      return;
    }
    const finding = first.view ? undefined : FINDING_VERBS.get(first.verb.lemma);
    out.push(
      finding
        ? anchoredOn(sentence, first.content, {
            text: fitting(`${said}. How far should we trust that ${finding}, and what would we want to know about how it was reached?`, `${said}. How far should we trust that ${finding}, and why?`),
            type: "evidence",
            stem: "source.finding",
            cueStrength: 0.8,
          })
        : anchoredOn(sentence, first.content, {
            text: fitting(`${said}. What is the strongest case for that view, and the strongest case against it?`, `${said}. What are the strongest cases for and against that view?`),
            type: "evaluate",
            stem: "source.opinion",
            cueStrength: 0.8,
          }),
    );
  });
  return out;
};

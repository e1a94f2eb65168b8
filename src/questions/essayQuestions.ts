// Essay-level questions: the thesis (what the opening and closing claims add up to), the
// author's purpose, and connections between two sections named by what they say.
import type { EssayAnalysis, SectionAnalysis } from "./analysis/analyseEssay.js";
import type { Span } from "./analysis/spans.js";
import { quote, spanQuality } from "./candidates/candidate.js";
import type { Candidate } from "./candidates/candidate.js";
import { claimness, mainClaim } from "./candidates/spansNearCue.js";
import { explainer, reviewsWork, topicName } from "./analysis/essayTopic.js";
import { diversify } from "./diversify.js";
import { jaccard, passesProxies } from "./proxies.js";
import { sectionTerms, sectionText } from "./sectionTerms.js";
import { ESSAY_SHOWN, FITTED_MODEL } from "./weights.js";
import { scoreCandidate } from "./rank.js";
import type { RankModel } from "./rank.js";
import type { ScoredCandidate } from "./sectionQuestions.js";

export interface EssayCandidate extends ScoredCandidate {
  sectionId: string;
}

const CONNECT_QUOTE_WORDS = 12;
const CONNECT_WINDOW = 12;

/**
 * The most central claim among the given sentences of a section: one that argues (a judgement)
 * when there is one, else a hedged claim. A report or a description is no "claim" to connect.
 */
function centralClaim(analysis: SectionAnalysis, paragraph?: number, maxWords?: number): Span | undefined {
  const ranked = analysis.sentences
    .map((sentence, i) => ({ sentence, centrality: analysis.centrality[i]! }))
    .filter(({ sentence }) => paragraph === undefined || analysis.section.sentences[sentence.position]?.paragraph === paragraph)
    .sort((a, b) => b.centrality - a.centrality);
  for (const threshold of [1, 0.5]) {
    for (const { sentence } of ranked) {
      const span = mainClaim(sentence, maxWords, threshold);
      if (span) return span;
    }
  }
  return undefined;
}

/** The last usable claim of the essay: what it ends on. */
function closingClaim(analysis: SectionAnalysis, maxWords: number): Span | undefined {
  const lastParagraph = analysis.section.paragraphs[1];
  const inLast = analysis.sentences.filter((t) => analysis.section.sentences[t.position]?.paragraph === lastParagraph);
  for (const threshold of [1]) {
    for (const sentence of [...inLast].reverse()) {
      const span = mainClaim(sentence, maxWords, threshold);
      if (span) return span;
    }
  }
  return undefined;
}

function candidate(text: string, type: Candidate["type"], stem: string, anchor: Span, quotes: string[], cueStrength: number, quality: number): Candidate {
  return { text, type, stem, anchor: { sentence: anchor.sentence, text: anchor.text }, quotes, cueStrength, spanQuality: quality };
}

function overgenerate(analysis: EssayAnalysis): Array<Candidate & { sectionId: string }> {
  const out: Array<Candidate & { sectionId: string }> = [];
  const sections = analysis.sections;
  const first = sections[0];
  const last = sections[sections.length - 1];
  if (!first || !last) return out;
  // The thesis question sets the opening's judgement beside the closing one: both must argue.
  const openingCandidate = centralClaim(first, first.section.paragraphs[0], 12);
  const opening = openingCandidate && claimness(first.sentences.find((t) => t.index === openingCandidate.sentence)!, openingCandidate) >= 1 ? openingCandidate : undefined;
  const closing = closingClaim(last, 12);
  const theme = analysis.topic;
  // The topic is named in the question's own words, not quoted: "about the charge".
  const themeText = theme ? topicName(theme, first.essayText) : undefined;
  const personal = isPersonal(analysis);

  if (opening && closing && opening.sentence !== closing.sentence) {
    out.push({
      ...candidate(
        `The essay opens with the claim that ${quote(opening.text)} and ends with ${quote(closing.text)}. What single argument ties the two together?`,
        "thesis",
        "essay.thesisPair",
        opening,
        [opening.text, closing.text],
        1,
        Math.min(spanQuality(opening), spanQuality(closing)),
      ),
      sectionId: first.section.id,
    });
  }
  if (theme && themeText) {
    const occurrence = theme.occurrences[0]!;
    const anchor = { sentence: occurrence.sentence, text: occurrence.quoted } as Span;
    const home = sections.find((s) => s.sentences.some((t) => t.index === occurrence.sentence)) ?? first;
    // A personal essay tells what the author came to see; it makes no "case" with "steps".
    // In a review "the author" could be the reviewed work's author: it is "the reviewer" (round 8).
    const review = reviewsWork(theme);
    const author = review ? "reviewer" : "author";
    const piece = review ? "review" : "essay";
    const stems: Array<[string, Candidate["type"], string, number]> = personal
      ? [
          [`What does the author come to understand about ${themeText} over the course of the essay, and what brings them there?`, "thesis", "essay.personal.understand", 0.8],
          [`What does the essay leave unresolved about ${themeText}, and why might the author leave it that way?`, "evaluate", "essay.personal.unresolved", 0.7],
          [`Who is this essay written for, and what might its readers see differently about ${themeText} once they have finished it?`, "purpose", "essay.personal.readers", 0.7],
        ]
      : [
          [`What is the ${author} ultimately trying to get us to accept about ${themeText}, and which part of the ${piece} does the most to persuade you?`, "thesis", "essay.thesis", 0.8],
          // An explainer makes no case: its weakest point is the step a reader cannot follow.
          explainer(analysis.essay.meta.title)
            ? [`Which step in the essay's explanation of ${themeText} is the hardest to follow, and how could it be made clearer?`, "evaluate", "essay.hardestStep", 0.7]
            : [`Which step in the ${author}'s case about ${themeText} is the weakest, and how could it be made stronger?`, "evaluate", "essay.weakest", 0.7],
          [`Who is this ${piece} written for, and what should its readers think or do about ${themeText} once they have finished it?`, "purpose", "essay.readers", 0.7],
        ];
    for (const [text, type, stem, strength] of stems) {
      out.push({ ...candidate(text, type, stem, anchor, [occurrence.quoted], strength, 0.8), sectionId: home.section.id });
    }
  }
  // Connect sections that share vocabulary but are not neighbours: the earlier point bears on the later.
  const pairs: Array<{ a: SectionAnalysis; b: SectionAnalysis; overlap: number }> = [];
  // Within a window of later sections, so a very long essay costs linear, not quadratic, time.
  sections.forEach((a, i) =>
    sections.slice(i + 2, i + 2 + CONNECT_WINDOW).forEach((b) => pairs.push({ a, b, overlap: jaccard(a.lemmas, b.lemmas) })),
  );
  pairs.sort((x, y) => y.overlap - x.overlap || x.a.section.number - y.a.section.number);
  for (const { a, b, overlap } of pairs.slice(0, 3)) {
    const early = centralClaim(a, undefined, CONNECT_QUOTE_WORDS);
    const later = centralClaim(b, undefined, CONNECT_QUOTE_WORDS);
    // Whole clauses only: "Much now depends on intention" cut before whose intention says little.
    if (!early || !later || !early.complete || !later.complete) continue;
    out.push({
      ...candidate(
        `How does the earlier point that ${quote(early.text)} bear on the later claim that ${quote(later.text)}?`,
        "connect",
        "essay.connect",
        early,
        [early.text, later.text],
        Math.min(1, 0.5 + overlap * 3),
        Math.min(spanQuality(early), spanQuality(later)),
      ),
      sectionId: a.section.id,
    });
  }
  return out;
}

/** First-person writing throughout: at least a quarter of the sentences say "I". */
function isPersonal(analysis: EssayAnalysis): boolean {
  const sentences = analysis.sections.flatMap((s) => s.sentences);
  const first = sentences.filter((t) => t.tokens.some((k) => k.text === "I" || k.lower === "my")).length;
  return sentences.length > 0 && first / sentences.length >= 0.25;
}

export function essayCandidates(analysis: EssayAnalysis, model: RankModel = FITTED_MODEL): EssayCandidate[] {
  const text = analysis.sections.map(sectionText).join("\n");
  const sentences = analysis.sections.flatMap((s) => s.sentences.map((t) => t.text));
  const terms = [...analysis.keyPhrases.slice(0, 20).map((k) => k.text), ...analysis.sections.flatMap(sectionTerms)];
  const check = { text, sentences, terms };
  // Each candidate's sectionId is already the section its anchor is in (overgenerate found it).
  const byId = new Map(analysis.sections.map((s) => [s.section.id, s]));
  return overgenerate(analysis)
    .filter((c) => passesProxies(c.text, check))
    .map((c) => ({ ...c, score: scoreCandidate(c, byId.get(c.sectionId)!, model, "essay") }));
}

export function essayQuestions(analysis: EssayAnalysis, count: number, model: RankModel = FITTED_MODEL): EssayCandidate[] {
  if (analysis.sections.length === 0) return [];
  // Questions about the whole name the same topic on purpose; they differ by what they ask.
  return diversify(essayCandidates(analysis, model), count, ESSAY_SHOWN.always, false, ESSAY_SHOWN.floor);
}

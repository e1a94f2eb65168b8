// Fallback questions, for a section whose sentences offer too few quotable claims for three
// questions of three kinds (MIN_SHOWN in sectionQuestions.ts). They
// are built on the section's most central self-contained sentences, in the section's genre: an
// objection to a claim, who would dispute it, how an episode or a remembered moment fits the
// essay's whole. Only if even those fail does a generic question make up the number; both kinds
// are fillers, shown only when nothing better fills the list, and ranked below everything else.
import { claimProfile, isStoried } from "../analysis/claimProfile.js";
import { topicName } from "../analysis/essayTopic.js";
import type { SectionAnalysis } from "../analysis/analyseEssay.js";
import { quote, spanQuality } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { announcesOnly, claimAnchors, claimness } from "./spansNearCue.js";

/**
 * What the section is about, in words a question can use: the author's heading, else the
 * essay's topic (a phrase of the section picked by frequency is too often incidental).
 */
function sectionSubject(analysis: SectionAnalysis): string | undefined {
  const { section } = analysis;
  const generic = /^(?:summary|introduction|conclusions?|background|overview|notes?|afterword|epilogue|prologue|part \w+|chapter \w+)$/i;
  if (section.titleFromHeading && section.title.split(/\s+/).length <= 6 && !generic.test(section.title.trim())) return section.title.charAt(0).toLowerCase() + section.title.slice(1);
  return analysis.essayTopic ? topicName(analysis.essayTopic, analysis.essayText) : undefined;
}

/** How many of the section's most central sentences the fallbacks are built on. */
const ANCHORS = 3;

export const lastResortQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const topic = analysis.essayTopic ? topicName(analysis.essayTopic, analysis.essayText) : undefined;
  const order = analysis.sentences.map((_, i) => i).sort((a, b) => analysis.centrality[b]! - analysis.centrality[a]! || a - b);
  let used = 0;
  for (const i of order) {
    if (used >= ANCHORS) break;
    const sentence = analysis.sentences[i]!;
    const span = claimAnchors(sentence)[0];
    if (!span || span.vague || span.words < 6 || announcesOnly(sentence, span)) continue;
    used++;
    const profile = claimProfile(sentence, span);
    const q = quote(span.text);
    const push = (text: string, type: Candidate["type"], stem: string, cueStrength: number) =>
      out.push({ text, type, stem, span, anchor: { sentence: sentence.index, text: span.text }, quotes: [span.text], cueStrength, spanQuality: spanQuality(span), filler: true, generic: 0.5 });
    if (!topic || profile.firstPerson) continue;
    if (analysis.genre === "reflects") push(`How does the moment when ${q} fit the essay's larger story about ${topic}?`, "connect", "fallback.moment", 0.3);
    else if (analysis.genre === "narrates") push(`How does the episode in which ${q} fit the essay's larger account of ${topic}?`, "connect", "fallback.episode", 0.3);
    else push(`How does the point that ${q} bear on the essay's larger argument about ${topic}?`, "connect", "fallback.bearing", 0.3);
  }
  // The very last resort: a question about the whole section, as generic as it sounds.
  const centre = analysis.centrality.indexOf(Math.max(...analysis.centrality));
  const sentence = analysis.sentences[centre];
  const subject = sectionSubject(analysis);
  if (!sentence || !subject) return out;
  const about = ` about ${subject}`;
  const anchor = { sentence: sentence.index, text: sentence.text };
  const generic = (text: string, type: Candidate["type"], stem: string, cueStrength: number): Candidate => ({ text, type, stem, anchor, quotes: [], cueStrength, spanQuality: 0.5, filler: true, generic: 1 });
  out.push(
    generic(`What is the main point of this part of the essay${about}, and how does it move the essay's argument forward?`, "connect", "generic.mainPoint", 0.15),
    generic(`Which claim in this part of the essay${about} would you most want to argue with, and why?`, "evaluate", "generic.argueWith", 0.1),
    generic(`What would a reader who disagrees with this part of the essay${about} say, and how might the author answer?`, "perspective", "generic.disagree", 0.1),
  );
  return out;
};

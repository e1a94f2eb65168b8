// Last-resort questions, for a section whose sentences offer too few quotable claims (every
// sentence leans on the one before, or opens with a pronoun): the bot still promises three
// questions of three kinds for any section worth discussing. They are fillers: shown only when
// nothing better fills the list, and ranked below everything else.
import { topicName } from "../analysis/essayTopic.js";
import type { SectionAnalysis } from "../analysis/analyseEssay.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";

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

export const lastResortQuestions: CandidateGenerator = (analysis) => {
  const centre = analysis.centrality.indexOf(Math.max(...analysis.centrality));
  const sentence = analysis.sentences[centre];
  const subject = sectionSubject(analysis);
  if (!sentence || !subject) return [];
  const about = ` about ${subject}`;
  const anchor = { sentence: sentence.index, text: sentence.text };
  const filler = (text: string, type: Candidate["type"], cueStrength: number): Candidate => ({ text, type, anchor, quotes: [], cueStrength, spanQuality: 0.5, filler: true, generic: 1 });
  return [
    filler(`What is the main point of this part of the essay${about}, and how does it move the essay's argument forward?`, "connect", 0.15),
    filler(`Which claim in this part of the essay${about} would you most want to argue with, and why?`, "evaluate", 0.1),
    filler(`What would a reader who disagrees with this part of the essay${about} say, and how might the author answer?`, "perspective", 0.1),
  ];
};

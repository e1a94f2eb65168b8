// The ranker's training examples: every candidate the generator makes for an essay of the
// evaluation set (section and essay-level, after the hard filters), with its features and, when
// its exact text has been labelled, the label. Unlabelled candidates are kept (without a label)
// so that a check of a fit can still count what it would show.
import type { Essay } from "../../essay/types.js";
import { analyseEssay } from "../analysis/analyseEssay.js";
import type { EssayAnalysis } from "../analysis/analyseEssay.js";
import { essayCandidates } from "../essayQuestions.js";
import { features } from "../rank.js";
import type { Features } from "../rank.js";
import { scoredCandidates } from "../sectionQuestions.js";
import type { Label } from "./labels.js";

export interface Example {
  essayId: string;
  /** Section id, or "essay". */
  scope: string;
  text: string;
  stem: string;
  features: Features;
  label: Label | undefined;
}

export function examplesOf(essay: Essay, labels: Readonly<Record<string, Label>>): { analysis: EssayAnalysis; examples: Example[] } {
  const analysis = analyseEssay(essay);
  const examples: Example[] = [];
  for (const section of analysis.sections) {
    for (const candidate of scoredCandidates(section)) {
      examples.push({ essayId: essay.id, scope: section.section.id, text: candidate.text, stem: candidate.stem, features: features(candidate, section), label: labels[candidate.text] });
    }
  }
  for (const candidate of essayCandidates(analysis)) {
    const home = analysis.sections.find((s) => s.sentences.some((t) => t.index === candidate.anchor.sentence)) ?? analysis.sections[0]!;
    examples.push({ essayId: essay.id, scope: "essay", text: candidate.text, stem: candidate.stem, features: features(candidate, home, "essay"), label: labels[candidate.text] });
  }
  return { analysis, examples };
}

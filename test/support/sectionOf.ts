// Test helpers for the question analysis: one section analysed from invented paragraphs, and what
// a sentence's main claim does (claimProfile), found by the sentence's opening words.
import { buildEssay } from "../../src/essay/index.js";
import type { SectionAnalysis } from "../../src/questions/analysis/analyseEssay.js";
import { analyseEssay } from "../../src/questions/analysis/analyseEssay.js";
import { claimProfile } from "../../src/questions/analysis/claimProfile.js";
import { quotableSpan } from "../../src/questions/analysis/spans.js";
import { mainClause } from "../../src/questions/candidates/spansNearCue.js";

/** The first section of a plain-text essay made of these paragraphs under this title. */
export function sectionOf(paragraphs: string[], title = "A Test Essay"): SectionAnalysis {
  return analyseEssay(buildEssay(`${title}\n\n${paragraphs.join("\n\n")}\n`, { file: "test.txt" })).sections[0]!;
}

/** The claim profile of the main clause (else the whole quotable span) of the sentence starting so. */
export function profileOf(section: SectionAnalysis, start: string) {
  const sentence = section.sentences.find((s) => s.text.startsWith(start));
  if (!sentence) throw new Error(`no sentence starting "${start}"`);
  const span = mainClause(sentence) ?? quotableSpan(sentence, 0, sentence.tokens.length, 20)!;
  return claimProfile(sentence, span);
}

// Round 7: questions the text already answers, and steps of a worked example. The sentences here
// are invented for the tests (not taken from the development essays).
import { describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";
import { analyseEssay } from "../../src/questions/analysis/analyseEssay.js";
import type { SectionAnalysis } from "../../src/questions/analysis/analyseEssay.js";
import { workedStep } from "../../src/questions/analysis/claimProfile.js";
import { caseQuestions } from "../../src/questions/candidates/cases.js";
import { givesReason, significanceQuestions } from "../../src/questions/candidates/significance.js";

function sectionOf(paragraphs: string[], title = "A Test Essay"): SectionAnalysis {
  return analyseEssay(buildEssay(`${title}\n\n${paragraphs.join("\n\n")}\n`, { file: "test.txt" })).sections[0]!;
}

const tokensOf = (section: SectionAnalysis, start: string) => section.sentences.find((s) => s.text.startsWith(start))!.tokens;

describe("steps of a worked example", () => {
  const section = sectionOf([
    "The weavers at Carrow kept a tally of their tiles in 1901. The weavers at Carrow laid three red tiles and two blue tiles in a row of five. Reading from the left, the weavers at Carrow recorded the row as 11010. The mill employed 86 people in 1901, up from 40 two years before.",
  ]);

  it("recognises counts and codes, not reported figures", () => {
    expect(workedStep(tokensOf(section, "The weavers at Carrow laid"))).toBe(true);
    expect(workedStep(tokensOf(section, "Reading from the left"))).toBe(true);
    expect(workedStep(tokensOf(section, "The mill employed"))).toBe(false);
  });

  it("never asks why the author includes a step of a worked example", () => {
    const quoted = caseQuestions(section).filter((c) => c.stem === "cases.detail").map((c) => c.quotes[0]!);
    expect(quoted.some((q) => /11010|red tiles/.test(q))).toBe(false);
  });
});

describe("what explains a fact the text explains", () => {
  const paragraphs = [
    "The old harbour of Ardmore served merchants and their ships for two centuries.",
    "The merchants of Ardmore lost their harbour to silt in the eighteenth century. Mud from the cleared hillsides washed into the harbour every winter. The merchants moved their ships from the silted harbour to the deeper water at Kells. Later the merchants sold the harbour and its ships to the railway.",
    "Today the warehouses are flats, and the quays are a promenade for walkers on summer evenings.",
  ];
  const asked = () => significanceQuestions(sectionOf(paragraphs, "Ardmore")).filter((c) => c.stem === "significance.explain").map((c) => c.quotes[0]!);

  it("does not ask it of a paragraph's opening sentence, which the paragraph goes on to account for", () => {
    expect(asked().some((q) => q.startsWith("The merchants of Ardmore"))).toBe(false);
  });

  it("does not ask it of the sentence that closes the paragraph's account", () => {
    expect(asked().some((q) => q.startsWith("Later the merchants"))).toBe(false);
  });

  it("still asks it of an event in the middle of a paragraph", () => {
    expect(asked().some((q) => q.startsWith("The merchants moved"))).toBe(true);
  });

  it("reads a cause or a purpose in the rest of the sentence", () => {
    expect(givesReason(", arranged so that the failed checks point to the error.")).toBe(true);
    expect(givesReason(", because the river had silted up.")).toBe(true);
    expect(givesReason(", and the trade went with them.")).toBe(false);
  });
});

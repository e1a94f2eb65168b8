// Essay-level questions (essayQuestions.ts) fit the kind of essay: an explainer makes no case
// whose weakest step could be weighed, an argument does.
import { describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";
import { analyseEssay } from "../../src/questions/analysis/analyseEssay.js";
import { explainer } from "../../src/questions/analysis/essayTopic.js";
import { essayCandidates } from "../../src/questions/essayQuestions.js";
import { lastResortQuestions } from "../../src/questions/candidates/lastResort.js";

const body = `
## Warm water

Tides carry salt along the coast every day. Salt dissolves faster in warm water than in cold water. Warm water holds more dissolved salt than cold water does, and tides mix it.

## Rivers

Rivers carry dissolved salt into the sea. Evaporation leaves the salt behind, so tides in hot regions carry saltier water. The saltiest seas are in hot, dry regions.

## Tides

Tides stir the salt through the whole sea. Without tides the salt would settle in layers. Tides matter more than most readers suppose.
`;

const titled = (title: string) => essayCandidates(analyseEssay(buildEssay(`---\ntitle: "${title}"\n---\n${body}`, { file: "salt.md", id: "salt" }))).map((c) => c.text);

describe("essay-level questions by kind of essay", () => {
  it("recognises an explainer by a title that asks how something works or calls itself a guide", () => {
    expect(explainer("How Tides Move Salt")).toBe(true);
    expect(explainer("Why Prices Rise: A Beginner's Guide to Inflation")).toBe(true);
    expect(explainer("How Should Cities Price Tides?")).toBe(false);
    expect(explainer("Tides Should Be Taxed")).toBe(false);
  });

  it("asks an explainer which step of its explanation is hardest to follow, not the weakest step of a case", () => {
    const questions = titled("How Tides Move Salt");
    expect(questions.some((q) => /the author's case/.test(q))).toBe(false);
    expect(questions.some((q) => /explanation of .+ is the hardest to follow/.test(q))).toBe(true);
  });

  it("still asks an argument for the weakest step in its case", () => {
    const questions = titled("Tides Should Be Taxed");
    expect(questions.some((q) => /the author's case about .+ is the weakest/.test(q))).toBe(true);
  });
});

const arguing = `
## Rivers

Councils should measure the salt in every river. Rivers carry salt into the sea, and the sea grows saltier where evaporation is strong. Councils must fund the gauges, because nobody else will.

## Gauges

Salt gauges should be fitted at every river mouth. A gauge costs less than a single flood survey. Councils should share the readings with farmers.
`;

describe("the last-resort questions of an explainer's arguing section", () => {
  const stems = (title: string) => {
    const analysis = analyseEssay(buildEssay(`---\ntitle: "${title}"\n---\n${arguing}`, { file: "salt.md", id: "salt" }));
    expect(analysis.sections.some((section) => section.genre === "argues")).toBe(true);
    return analysis.sections.flatMap((section) => lastResortQuestions(section)).map((q) => q.stem);
  };

  it("do not ask what a reader who disagrees would say when the title says the essay explains", () => {
    expect(stems("How Rivers Salt the Sea")).not.toContain("generic.disagree");
    expect(stems("Councils Should Measure Salt")).toContain("generic.disagree");
  });
});


describe("the last-resort questions of an explainer's section that does not argue", () => {
  const generic = (title: string) =>
    analyseEssay(buildEssay(`---\ntitle: "${title}"\n---\n${body}`, { file: "salt.md", id: "salt" })).sections.map((section) => {
      expect(section.genre).not.toBe("argues");
      return lastResortQuestions(section).filter((q) => q.stem?.startsWith("generic."));
    });

  it("make up a third kind by asking which step is hardest to follow, where a story's ask for the most telling detail", () => {
    for (const questions of generic("How Tides Move Salt")) {
      expect(questions.map((q) => q.stem)).toContain("generic.hardestStep");
      expect(questions.map((q) => q.stem)).not.toContain("generic.tellingDetail");
      expect(new Set(questions.map((q) => q.type)).size).toBe(3);
    }
    for (const questions of generic("Tides Should Be Taxed")) expect(questions.map((q) => q.stem)).not.toContain("generic.hardestStep");
  });
});

// The ranker scores candidates without building their feature objects (scoreCandidate, the hot
// path); the weights are fitted on features() (npm run fit:questions). The two must agree exactly,
// or the fitted weights would be applied to something other than what they were fitted on.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";
import { analyseEssay } from "../../src/questions/analysis/analyseEssay.js";
import { features, score, scoreCandidate } from "../../src/questions/rank.js";
import { overgenerate } from "../../src/questions/sectionQuestions.js";

const seed = analyseEssay(buildEssay(readFileSync("seeds/singapore-summit.txt", "utf8"), { file: "seeds/singapore-summit.txt" }));

describe("scoreCandidate", () => {
  it("gives every candidate of the seed exactly score(features(…)), as a section question and as an essay-level one", () => {
    let compared = 0;
    for (const section of seed.sections) {
      for (const candidate of overgenerate(section)) {
        for (const scope of ["section", "essay"] as const) {
          expect(scoreCandidate(candidate, section, undefined, scope)).toBe(score(features(candidate, section, scope)));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("adds the prior of a model's question", () => {
    const [section] = seed.sections;
    const candidate = overgenerate(section!)[0]!;
    expect(scoreCandidate({ ...candidate, source: "llm" }, section!)).toBeGreaterThan(scoreCandidate(candidate, section!));
  });
});

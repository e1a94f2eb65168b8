// The evaluation set's plumbing: label files are well formed, unlabelled questions count as not
// acceptable, and the preview view carries each section's questions.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";
import { evaluateEssay } from "../../src/questions/eval/evaluateEssay.js";
import { RUBRIC, readEvalSet, readLabels } from "../../src/questions/eval/labels.js";
import type { Round } from "../../src/questions/eval/labels.js";
import { questionsForPreview } from "../../src/questions/index.js";

const root = process.cwd();
const seed = buildEssay(readFileSync("seeds/singapore-summit.txt", "utf8"), { file: "seeds/singapore-summit.txt" });

describe("evaluation set", () => {
  // Round 4 made every earlier labelled essay development data (the nine judged by independent
  // reviewers in round 3 included); its own held-out set was written sealed and judged once at
  // the end. Rounds 5 and 6 made each earlier sealed set development data too (its judge's labels unchanged): the set
  // must still hold the essays first judged unseen by someone else (evalSet.json's judgedUnseen),
  // each with labels.
  it("has the seed, written essays of different formats and independently judged essays, each with labels", () => {
    const set = readEvalSet(root);
    const judgedUnseenIn = (round: Round) => set.filter((e) => e.judgedUnseen === round);
    expect(set.map((e) => e.file)).toEqual(expect.arrayContaining(["seeds/singapore-summit.txt"]));
    expect(set.filter((e) => !e.heldOut).length).toBeGreaterThanOrEqual(3);
    expect(judgedUnseenIn("round 3").length).toBeGreaterThanOrEqual(9);
    // The round-4 held-out essays, judged once by someone else after the generator froze, are
    // kept (as development data since round 5).
    expect(judgedUnseenIn("round 4").length).toBeGreaterThanOrEqual(5);
    // Round 5's held-out set, written sealed and judged once by someone else after the generator
    // froze, is kept too (development data since round 6, its judge's labels unchanged).
    expect(judgedUnseenIn("round 5").length).toBeGreaterThanOrEqual(5);
    // Round 6's held-out set, judged once by two separate judges after it froze (the first
    // judge's labels are the eval's), is development data since round 7.
    expect(judgedUnseenIn("round 6").length).toBeGreaterThanOrEqual(5);
    // Round 7's held-out set, judged once by two separate judges after it froze, is development
    // data since round 8.
    expect(judgedUnseenIn("round 7").length).toBeGreaterThanOrEqual(5);
    // Round 8's held-out set, judged once by two separate judges after it froze, is development
    // data since round 9.
    expect(judgedUnseenIn("round 8").length).toBeGreaterThanOrEqual(5);
    // Round 9's held-out set: written sealed, judged once by two separate judges after it froze.
    const sealed = judgedUnseenIn("round 9");
    expect(sealed.length).toBeGreaterThanOrEqual(5);
    expect(sealed.every((e) => e.heldOut === true)).toBe(true);
    expect(new Set(set.map((e) => e.file.split(".").pop()))).toEqual(new Set(["txt", "md"]));
    for (const entry of set) {
      const labels = readLabels(root, entry.id);
      expect(Object.keys(labels).length, entry.id).toBeGreaterThan(0);
      for (const [text, label] of Object.entries(labels)) {
        expect(text.trimEnd().endsWith("?"), text).toBe(true);
        if (!label.acceptable) {
          expect(RUBRIC).toContain(label.reason);
          expect(label.note, text).toBeTruthy();
        }
      }
    }
  });

  it("counts an unlabelled question as not acceptable and reports it, over the top 3 and over everything shown", () => {
    const score = evaluateEssay(seed, {}, 3);
    expect(score.atK.judged).toBeGreaterThanOrEqual(3 * seed.sections.length);
    expect(score.shown.judged).toBe(score.judged.length);
    expect(score.shown.judged).toBeGreaterThanOrEqual(score.atK.judged);
    expect(score.atK.acceptable).toBe(0);
    expect(score.shown.unlabelled).toBe(score.judged.length);
  });

  it("scores against labels by exact question text", () => {
    const first = evaluateEssay(seed, {}, 3).judged[0]!.question.text;
    const score = evaluateEssay(seed, { [first]: { acceptable: true }, [`${first} `]: { acceptable: false, reason: "open" } }, 3);
    expect(score.atK.acceptable).toBe(1);
    expect(score.shown.acceptable).toBe(1);
    expect(score.shown.unlabelled).toBe(score.judged.length - 1);
    for (const name of ["ends with ?", "quotes exact", "no nested quotes", "relevant", "≥3 questions", "low overlap"]) expect(score.proxies[name]).toBeDefined();
  });
});

describe("questionsForPreview", () => {
  it("gives every section its questions with type, anchor and score, and the essay-level ones", () => {
    const preview = questionsForPreview(seed);
    expect(Object.keys(preview.sections)).toEqual(seed.sections.map((s) => s.id));
    for (const section of seed.sections) {
      const list = preview.sections[section.id]!;
      expect(list.length).toBeGreaterThanOrEqual(3);
      for (const q of list) {
        expect(Object.keys(q).sort()).toEqual(["anchor", "score", "text", "type"]);
        expect(section.sentences.find((s) => s.index === q.anchor.sentence)?.text).toContain(q.anchor.text);
      }
    }
    expect(preview.essay.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from "vitest";
import { choosePrompt, rotationIds } from "../../src/prompts/choosePrompt.js";
import { buildPromptContent } from "../../src/prompts/promptContent.js";
import type { PromptEssay } from "../../src/prompts/promptSource.js";
import { freshRotation, markUsed, nextInRotation, type RotationState } from "../../src/prompts/rotation.js";
import { sampleEssay } from "./support/sampleEssay.js";

const essay = sampleEssay;
/** Posts `days` prompts in a row, saving the rotation as the engine does after each post. */
function run(reading: PromptEssay, days: number, start: RotationState = freshRotation) {
  let rotation = start;
  const posted = [];
  for (let day = 0; day < days; day += 1) {
    const choice = choosePrompt(reading, rotation);
    if (!choice) throw new Error("no choice");
    posted.push(choice);
    rotation = markUsed(rotationIds(reading), rotation, choice.sectionId);
  }
  return { posted, rotation };
}

describe("choosePrompt", () => {
  it("goes through every section in reading order without repeats, then starts again", () => {
    const { posted } = run(essay(3), 7);
    expect(posted.map((choice) => choice.sectionId)).toEqual(["s1", "s2", "s3", "s1", "s2", "s3", "s1"]);
  });

  it("asks different questions (and shows another excerpt) the second time round", () => {
    const { posted } = run(essay(2), 4);
    expect(posted[0]).toMatchObject({ sectionId: "s1", excerptId: "s1-e1", questionIds: ["s1-q1", "s1-q2"], round: 0 });
    expect(posted[2]).toMatchObject({ sectionId: "s1", excerptId: "s1-e2", questionIds: ["s1-q3", "s1-q4"], round: 1 });
  });

  it("copes with a section that has a single question", () => {
    const { posted } = run(essay(1, 1), 2);
    expect(posted.map((choice) => choice.questionIds)).toEqual([["s1-q1"], ["s1-q1"]]);
  });

  it("forgets sections that are no longer in a reloaded essay", () => {
    const stale: RotationState = { round: 0, usedIds: ["gone", "s1"] };
    expect(choosePrompt(essay(3), stale)?.sectionId).toBe("s2");
  });

  it("skips sections without questions and returns null when nothing is usable", () => {
    const reading = essay(2);
    const withoutQuestions: PromptEssay = { ...reading, sections: [{ ...reading.sections[0]!, questions: [] }, reading.sections[1]!] };
    expect(choosePrompt(withoutQuestions, freshRotation)?.sectionId).toBe("s2");
    expect(choosePrompt({ ...reading, sections: [] }, freshRotation)).toBeNull();
  });
});

describe("nextInRotation (shared with /excerpt channel progress)", () => {
  it("returns the next unseen id, then a new round", () => {
    let state = freshRotation;
    const seen: string[] = [];
    for (let step = 0; step < 5; step += 1) {
      const next = nextInRotation(["a", "b", "c"], state);
      if (!next) throw new Error("empty");
      seen.push(`${next.round}:${next.id}`);
      state = next.after;
    }
    expect(seen).toEqual(["0:a", "0:b", "0:c", "1:a", "1:b"]);
    expect(nextInRotation([], freshRotation)).toBeNull();
  });
});

describe("buildPromptContent", () => {
  it("assembles the prompt, with section k of M and day N", () => {
    const reading = essay(3);
    const choice = choosePrompt(reading, { round: 0, usedIds: ["s1"] })!;
    expect(buildPromptContent(reading, choice, 7)).toEqual({
      essayId: "essay-1",
      essayTitle: "The Singapore Summit",
      sectionId: "s2",
      sectionNumber: 2,
      sectionCount: 3,
      sectionTitle: "Section 2",
      excerptId: "s2-e1",
      excerpt: "Excerpt one of section 2.",
      questionIds: ["s2-q1", "s2-q2"],
      question: "Question 1 on section 2?",
      followUp: "Question 2 on section 2?",
      day: 7,
    });
  });

  it("returns null when the ids are no longer in the essay", () => {
    expect(buildPromptContent(essay(1), { sectionId: "s9", excerptId: "x", questionIds: ["q"] }, 1)).toBeNull();
    expect(buildPromptContent(essay(1), { sectionId: "s1", excerptId: "s1-e1", questionIds: ["nope"] }, 1)).toBeNull();
  });
});

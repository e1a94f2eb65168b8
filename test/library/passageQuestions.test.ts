import { describe, expect, it } from "vitest";
import { excerptView } from "../../src/library/excerptView.js";
import { moreQuestions, questionsForPassage } from "../../src/library/passageQuestions.js";
import { summitReading } from "../support/handmadeReading.js";

const reading = summitReading();
const section = reading.essay.sections[1]!;

describe("questions for a passage", () => {
  it("puts questions about the passage's own sentences first, at most three", () => {
    const [first, second] = section.excerpts;
    expect(questionsForPassage(reading, section, first!.sentences).map((question) => question.text)).toEqual([
      "Can sanctions work at all?",
      "What does maximal pressure mean?",
      "Who wrote the Pérez report?",
    ]);
    expect(questionsForPassage(reading, section, second!.sentences).map((question) => question.text)).toEqual([
      "Who wrote the Pérez report?",
      "What follows if sanctions were easing?",
      "How would Kim’s advisers see the campaign?",
    ]);
  });

  it("offers the section's other questions, then the whole reading's, as more", () => {
    const shown = questionsForPassage(reading, section, section.excerpts[0]!.sentences);
    const more = moreQuestions(reading, section, shown);
    expect(more.section.map((question) => question.text)).toEqual(["What follows if sanctions were easing?", "How would Kim’s advisers see the campaign?"]);
    expect(more.essay.map((question) => question.text)).toEqual(["How does the arrival bear on the road ahead?"]);
  });

  it("cycles through a section's excerpts by index", () => {
    expect(excerptView(reading, section, 0).passage.excerptIndex).toBe(0);
    expect(excerptView(reading, section, 1).passage.excerptIndex).toBe(1);
    expect(excerptView(reading, section, 2).passage.excerptIndex).toBe(0);
    expect(excerptView(reading, section, 1).excerptCount).toBe(2);
  });
});

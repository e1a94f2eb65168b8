// Round 9: stems that misfit their sentence (type misfits) and questions the sentence already
// answers (copyable). The sentences here are invented for the tests (not taken from the
// development essays).
import { describe, expect, it } from "vitest";
import { sectionOf, profileOf } from "../support/sectionOf.js";
import { judgesAs } from "../../src/questions/analysis/evaluativeWords.js";
import { meaningQuestions } from "../../src/questions/candidates/meaning.js";
import { significanceQuestions } from "../../src/questions/candidates/significance.js";

describe("why it matters, of the first half of a sentence joined by a semicolon", () => {
  const section = sectionOf([
    "The old breakwater shelters the fishing fleet from the winter storms. Tankers coming in pick up a pilot at the outer buoy; tankers going out drop him at the same buoy, and the launch returns to harbour.",
  ]);
  const quoted = () => significanceQuestions(section).filter((c) => c.stem === "significance.matter").map((c) => c.quotes[0]!);

  it("is not asked of a half whose counterpart follows the semicolon", () => {
    expect(quoted().some((q) => q.startsWith("Tankers coming in"))).toBe(false);
  });

  it("is still asked of a plain statement", () => {
    expect(quoted().some((q) => q.startsWith("The old breakwater shelters"))).toBe(true);
  });
});

describe("'just' as an adverb judges nothing", () => {
  const section = sectionOf([
    "Most ferry passengers now buy a ticket on a website, often just a page on a phone.",
  ]);

  it("does not read 'just' meaning 'only' as a judgement", () => {
    expect(profileOf(section, "Most ferry passengers").judging).toBe(0);
    expect(judgesAs([{ pos: "ADV", lemma: "just" }], 0)).toBe(false);
  });

  it("still reads the adjective 'just' as one", () => {
    expect(judgesAs([{ pos: "ADJ", lemma: "just" }], 0)).toBe(true);
  });
});

describe("what the author means and what follows, not of an instruction or a plain past fact", () => {
  const section = sectionOf([
    "The ferry leaves at dawn.\n\nYour task is to keep the bow into the swell.\n\nThe rope was the only straight thing in the yard.\n\nA harbour without a pilot is a harbour waiting for a wreck.",
  ]);
  const quoted = () => meaningQuestions(section).map((c) => c.quotes[0]!);

  it("is not asked of what the text tells the reader to do, nor of a remembered fact", () => {
    expect(quoted().some((q) => q.startsWith("Your task"))).toBe(false);
    expect(quoted().some((q) => q.startsWith("The rope was"))).toBe(false);
  });

  it("is still asked of a compressed judgement", () => {
    expect(quoted().some((q) => q.startsWith("A harbour without a pilot"))).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { nounPhrases } from "../../src/essay/nounPhrases.js";
import { tagWords } from "../../src/essay/partsOfSpeech.js";

/** The text of every phrase of the sentence, with its determiner. */
const phrases = (sentence: string) => nounPhrases(tagWords(sentence), sentence).map((phrase) => sentence.slice(phrase.start, phrase.end));

describe("nounPhrases", () => {
  it("reads a head noun with its modifiers, determiner and one prepositional tail", () => {
    const found = phrases("The thinness of the communique suggests there remains a deep gulf in understanding.");
    expect(found).toContain("The thinness of the communique");
    expect(found).toContain("The thinness");
    expect(found).toContain("a deep gulf in understanding");
  });

  it("keeps hyphenated compounds whole and a name’s possessive as its determiner", () => {
    expect(phrases("He is a much younger and partly-foreign-educated Korean leader.")).toContain("partly-foreign-educated Korean leader");
    expect(phrases("Trump understood Kim’s need for political cover.")).toContain("Kim’s need for political cover");
    expect(phrases("It changes the course of North Korea’s relations.")).toContain("the course of North Korea’s relations");
  });

  it("ends every phrase on its head noun, never on a verb or a stop word", () => {
    for (const sentence of [
      "The deeper lesson concerns co-operation itself.",
      "Pontevedra in Spain removed cars from most of its centre.",
      "The purpose was to get acquainted, outline intentions and set a stage for real negotiations.",
      "Drivers complain about longer journeys, and shopkeepers fear for their trade.",
    ]) {
      const found = phrases(sentence);
      expect(found.length).toBeGreaterThan(0);
      for (const phrase of found) expect(phrase, sentence).not.toMatch(/\b(concerns|removed|outline|fear|complain|the|of|a|and)$/);
    }
    expect(phrases("The deeper lesson concerns co-operation itself.")).toContain("The deeper lesson");
    expect(phrases("The purpose was to get acquainted, outline intentions and set a stage for real negotiations.")).not.toContain("outline intentions");
  });

  it("does not cut a tail whose object goes on", () => {
    expect(phrases("He made a strategic decision in favor of the economy.")).not.toContain("a strategic decision in favor");
  });

  it("leaves digits out of phrases", () => {
    for (const phrase of phrases("By the early 2020s new services linked Vienna and about 2,900 employees took part.")) expect(phrase).not.toMatch(/\d/);
  });
});

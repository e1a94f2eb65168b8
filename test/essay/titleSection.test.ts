import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";
import { essayVocabulary, keyPhrases } from "../../src/essay/keyPhrases.js";
import { STOP_WORDS } from "../../src/essay/stopWords.js";
import { titleSection } from "../../src/essay/titleSection.js";

const fixtures = ["a-single-page.txt", "keeping-the-commons.txt", "measuring-a-coastline.txt", "night-trains.txt", "walking-in-cities.txt"];
const seed = readFileSync(new URL("../../seeds/singapore-summit.txt", import.meta.url), "utf8");

describe("titleSection", () => {
  const essays = [buildEssay(seed, { file: "singapore-summit.txt" }), ...fixtures.map((name) => buildEssay(readFileSync(new URL(`../fixtures/essays/${name}`, import.meta.url), "utf8"), { file: name }))];

  it("gives every untitled section a short title in sentence case that does not end in a stop word", () => {
    for (const essay of essays) {
      for (const section of essay.sections) {
        expect(section.titleFromHeading).toBe(false);
        expect(section.title.length).toBeLessThanOrEqual(48);
        expect(section.title).toMatch(/^\p{Lu}/u);
        const lastWord = section.title.split(" ").pop()!.toLowerCase();
        expect(STOP_WORDS.has(lastWord)).toBe(false);
        expect(section.title).not.toMatch(/\d/);
      }
    }
  });

  it("draws titles from the section's own words, written as in the text", () => {
    for (const essay of essays) {
      for (const section of essay.sections) {
        const text = essay.paragraphs.slice(section.paragraphs[0], section.paragraphs[1] + 1).map((paragraph) => paragraph.text.toLowerCase()).join(" ");
        for (const phrase of section.title.toLowerCase().split(" and ")) expect(text).toContain(phrase);
      }
    }
  });

  it("gives different sections different titles", () => {
    for (const essay of essays) expect(new Set(essay.sections.map((section) => section.title)).size).toBe(essay.sections.length);
  });

  it("keeps names capitalised as the essay writes them and other words in lower case", () => {
    const text = "The talks in Singapore went well. Many in Singapore hoped the talks would last, and the talks did.";
    const vocabulary = essayVocabulary([text, "Other section text about weather and rain."]);
    expect(keyPhrases(text, vocabulary).map((phrase) => phrase.text)).toContain("Singapore");
    expect(titleSection(text, vocabulary)).toMatch(/^(Talks|Singapore)/);
  });

  it("avoids titles already taken", () => {
    const text = "Night trains are slow. Night trains are loved. Night trains carry sleepers.";
    const vocabulary = essayVocabulary([text]);
    const first = titleSection(text, vocabulary);
    const second = titleSection(text, vocabulary, new Set([first.toLowerCase()]));
    expect(second).not.toBe(first);
  });

  it("does not take verbs for topics", () => {
    const text = "The deeper lesson concerns co-operation. A diary asks what happened; a notebook asks what caught my eye.";
    const words = keyPhrases(text, essayVocabulary([text])).map((phrase) => phrase.text);
    expect(words).not.toContain("concerns");
    expect(words).not.toContain("asks");
    expect(words).toContain("co-operation");
  });
});

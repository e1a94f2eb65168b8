import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";

const seedText = readFileSync(new URL("../../seeds/singapore-summit.txt", import.meta.url), "utf8");
const essay = buildEssay(seedText, { file: "singapore-summit.txt" });

describe("the seed essay (text extracted from a PDF)", () => {
  it("comes out as the author's 12 paragraphs", () => {
    expect(essay.paragraphs).toHaveLength(12);
    expect(essay.paragraphs[0]?.text.startsWith("If the purpose was to get acquainted")).toBe(true);
    expect(essay.paragraphs[11]?.text).toBe("The door to the club has been opened. Will, or even can, Kim walk through?");
  });

  it("has no line-wrap or hyphenation artefacts in any paragraph", () => {
    for (const paragraph of essay.paragraphs) {
      expect(paragraph.text).not.toMatch(/\n/);
      expect(paragraph.text).not.toMatch(/\p{L}- \p{Ll}/u); // "nego- tiations"
      expect(paragraph.text).not.toMatch(/^\s|\s$|\s{2}/);
    }
  });

  it("keeps the true compound split across lines, and the other hyphenated words", () => {
    const text = essay.paragraphs.map((paragraph) => paragraph.text).join("\n");
    expect(text).toContain("partly-foreign-educated Korean leader");
    for (const word of ["Trump-Kim", "longer-term", "top-down", "kick-start", "over-the-top", "up-front", "back-pedaled", "Moon Jae-in", "Non-Proliferation", "cyber-warfare"]) {
      expect(text).toContain(word);
    }
  });

  it("keeps curly quotes and apostrophes", () => {
    const text = essay.paragraphs.map((paragraph) => paragraph.text).join("\n");
    expect(text).toContain("“complete, verifiable, irreversible denuclearization”");
    expect(text).toContain("North Korea’s");
  });

  it("treats the page break of blank and whitespace-only lines as a paragraph break, not content", () => {
    const doubtful = essay.paragraphs.findIndex((paragraph) => paragraph.text.startsWith("It is doubtful"));
    expect(doubtful).toBe(6);
    expect(essay.paragraphs[5]?.text.endsWith("more top-down approach.")).toBe(true);
  });

  it("is cut into 4 to 8 sections that partition the paragraphs", () => {
    expect(essay.sections.length).toBeGreaterThanOrEqual(4);
    expect(essay.sections.length).toBeLessThanOrEqual(8);
    let next = 0;
    for (const section of essay.sections) {
      expect(section.paragraphs[0]).toBe(next);
      next = section.paragraphs[1] + 1;
    }
    expect(next).toBe(12);
  });

  it("keeps paragraphs on one turn of the argument together", () => {
    const sectionOf = (paragraph: number) => essay.sections.findIndex((section) => section.paragraphs[0] <= paragraph && paragraph <= section.paragraphs[1]);
    // The two leaders' corners: sanctions, military options, Kim's waning support.
    expect(sectionOf(1)).toBe(sectionOf(2));
    // Kim's wish to join "the club" and the closing line about its door.
    expect(sectionOf(10)).toBe(sectionOf(11));
    // The opening and the closing are not in one section.
    expect(sectionOf(0)).not.toBe(sectionOf(11));
  });

  it("titles sections with short readable phrases, not stems", () => {
    for (const section of essay.sections) {
      expect(section.title.length).toBeGreaterThan(2);
      expect(section.title.length).toBeLessThanOrEqual(48);
      expect(section.title).toMatch(/^\p{Lu}/u);
      expect(section.title).not.toMatch(/\b(the|and|of|a|an|to|in)$/i);
    }
    expect(new Set(essay.sections.map((section) => section.title)).size).toBe(essay.sections.length);
  });

  it("takes its title from the file name and its id from the file name's slug", () => {
    expect(essay.id).toBe("singapore-summit");
    expect(essay.meta.title).toBe("Singapore Summit");
  });

  it("splits sentences without breaking at “The U.S. obviously”", () => {
    const sentences = essay.sections.flatMap((section) => section.sentences.map((sentence) => sentence.text));
    expect(sentences).toContain(
      "The U.S. obviously decided not to let particular verbiage, such as hoary formulation of “complete, verifiable, irreversible denuclearization” become an obstacle to discussions.",
    );
  });
});

import { describe, expect, it } from "vitest";
import { buildEssay, EXCERPT_LIMITS } from "../../src/essay/index.js";

const sentence = (words: number, tag: string) => `${tag} ${"word ".repeat(words - 2)}end.`;
const paragraph = (sentences: number, words: number, tag: string) => Array.from({ length: sentences }, (_unused, index) => sentence(words, `${tag}${index}`)).join(" ");

describe("chooseExcerpts", () => {
  it("makes a paragraph that fits into one excerpt, exactly as written", () => {
    const text = paragraph(5, 15, "A"); // ~400 characters
    const essay = buildEssay(text);
    const excerpts = essay.sections[0]!.excerpts;
    expect(excerpts).toHaveLength(1);
    expect(excerpts[0]!.text).toBe(text);
    expect(excerpts[0]!.id).toBe(`${essay.sections[0]!.id}.1`);
  });

  it("cuts a long paragraph at sentence ends into even pieces of at most 1,200 characters", () => {
    const text = paragraph(50, 12, "B"); // ~2,900 characters
    const excerpts = buildEssay(text).sections.flatMap((section) => section.excerpts);
    expect(excerpts.length).toBe(Math.ceil(text.length / EXCERPT_LIMITS.ideal.maximum));
    const lengths = excerpts.map((excerpt) => excerpt.text.length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThan(120);
    for (const excerpt of excerpts) {
      expect(excerpt.text.length).toBeLessThanOrEqual(EXCERPT_LIMITS.ideal.maximum);
      expect(excerpt.text.length).toBeGreaterThanOrEqual(EXCERPT_LIMITS.ideal.minimum);
      expect(excerpt.text).toMatch(/^B\d+ .*end\.$/s);
    }
  });

  it("joins a short paragraph with its neighbour in the section", () => {
    const text = `${paragraph(1, 10, "Short")}\n\n${paragraph(4, 15, "C")}`;
    const excerpts = buildEssay(text).sections.flatMap((section) => section.excerpts);
    expect(excerpts).toHaveLength(1);
    expect(excerpts[0]!.text).toBe(text);
    expect(excerpts[0]!.paragraphs).toEqual([0, 1]);
  });

  it("shows a single sentence over 1,200 characters whole, up to 4,096", () => {
    const long = `${"and so on ".repeat(200)}end.`; // ~2,000 characters, one sentence
    const excerpts = buildEssay(`Start here. ${long}`).sections.flatMap((section) => section.excerpts);
    expect(excerpts.some((excerpt) => excerpt.text.endsWith(long))).toBe(true);
    for (const excerpt of excerpts) expect(excerpt.text.length).toBeLessThanOrEqual(EXCERPT_LIMITS.hardMaximum);
  });

  it("leaves out a sentence too long to show (over 4,096 characters) and keeps the rest", () => {
    const huge = `Word ${"word ".repeat(1000)}end.`; // ~5,000 characters
    const essay = buildEssay(`A short opening sentence. ${huge} A short closing sentence.`);
    const excerpts = essay.sections.flatMap((section) => section.excerpts);
    expect(excerpts.map((excerpt) => excerpt.text)).toEqual(["A short opening sentence.", "A short closing sentence."]);
  });
});

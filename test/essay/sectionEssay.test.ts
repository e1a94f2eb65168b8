import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";
import { sectionBounds, sectionEssay } from "../../src/essay/sectionEssay.js";

const fixture = (name: string) => buildEssay(readFileSync(new URL(`../fixtures/essays/${name}`, import.meta.url), "utf8"), { file: name });
const texts = (name: string) => fixture(name).paragraphs.map((paragraph) => paragraph.text);

describe("sectionEssay", () => {
  it("gives one section to a one-paragraph essay and none to an empty one", () => {
    expect(sectionEssay([{ text: "Only one paragraph here." }])).toEqual([{ first: 0, last: 0 }]);
    expect(sectionEssay([])).toEqual([]);
  });

  it("follows the author's headings, never splitting a headed part that fits", () => {
    const intro = "An introduction before any heading, long enough to be read and discussed on its own. ".repeat(4).trim();
    const spans = sectionEssay([
      { text: intro },
      { text: "First part.", headingAbove: "One" },
      { text: "Still the first part." },
      { text: "Second part.", headingAbove: "Two" },
    ]);
    expect(spans).toEqual([
      { first: 0, last: 0 },
      { first: 1, last: 2, heading: "One" },
      { first: 3, last: 3, heading: "Two" },
    ]);
  });

  it("lets a short epigraph before the first heading open the first headed section", () => {
    const spans = sectionEssay([
      { text: "“A museum is a place where one should lose one’s head.” — Renzo Piano" },
      { text: "First part.", headingAbove: "Part One" },
      { text: "Second part.", headingAbove: "Part Two" },
    ]);
    expect(spans).toEqual([
      { first: 0, last: 1, heading: "Part One" },
      { first: 2, last: 2, heading: "Part Two" },
    ]);
  });

  it("divides a headed part that is far too long, numbering the pieces", () => {
    const paragraph = "A paragraph of moderate length that talks about one thing and then another thing. ".repeat(6);
    const paragraphs = [{ text: paragraph, headingAbove: "Long part" }, ...Array.from({ length: 29 }, () => ({ text: paragraph }))];
    const spans = sectionEssay(paragraphs);
    expect(spans.length).toBeGreaterThan(1);
    spans.forEach((span, index) => {
      expect(span.heading).toBe("Long part");
      expect(span.part).toEqual({ number: index + 1, of: spans.length });
    });
  });

  it("finds the joins between essays on different topics laid end to end", () => {
    const parts = [texts("night-trains.txt"), texts("measuring-a-coastline.txt"), texts("walking-in-cities.txt")];
    const spans = sectionEssay(parts.flat().map((text) => ({ text })));
    const starts = new Set(spans.map((span) => span.first));
    expect(starts.has(parts[0]!.length)).toBe(true);
    expect(starts.has(parts[0]!.length + parts[1]!.length)).toBe(true);
  });

  it("prefers a boundary at an author's separator", () => {
    const paragraph = "The same words about the same things appear here again and again in this text. ".repeat(4);
    const plain = sectionEssay(Array.from({ length: 6 }, () => ({ text: paragraph })));
    const marked = sectionEssay(Array.from({ length: 6 }, (_unused, index) => ({ text: paragraph, ...(index === 3 ? { afterBreak: true } : {}) })));
    expect(marked.some((span) => span.first === 3)).toBe(true);
    expect(plain.length).toBeGreaterThan(0);
  });

  it("keeps sections within the size bounds unless a single paragraph is larger", () => {
    const paragraphs = texts("the-library-and-its-readers.md").concat(texts("night-trains.txt"), texts("keeping-the-commons.txt")).map((text) => ({ text }));
    const total = paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0);
    const bounds = sectionBounds(total);
    for (const span of sectionEssay(paragraphs)) {
      const size = paragraphs.slice(span.first, span.last + 1).reduce((sum, paragraph) => sum + paragraph.text.length, 0);
      if (span.last > span.first) expect(size).toBeLessThanOrEqual(bounds.maximum);
    }
  });

  it("scales the target with the essay, between 700 and 2,400 characters", () => {
    expect(sectionBounds(1_000).target).toBe(700);
    expect(sectionBounds(9_000).target).toBe(1_500);
    expect(sectionBounds(1_000_000).target).toBe(2_400);
  });

  it("is deterministic", () => {
    const paragraphs = texts("keeping-the-commons.txt").map((text) => ({ text }));
    expect(sectionEssay(paragraphs)).toEqual(sectionEssay(paragraphs.map((paragraph) => ({ ...paragraph }))));
  });
});

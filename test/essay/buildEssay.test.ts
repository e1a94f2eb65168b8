import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/essays/${name}`, import.meta.url), "utf8");

describe("buildEssay", () => {
  it("takes the title from front matter, then the first heading, then a title-like first line, then the file name", () => {
    expect(buildEssay("---\ntitle: From Front Matter\n---\n# A Heading\n\nText.", { file: "x.md" }).meta.title).toBe("From Front Matter");
    expect(buildEssay("# A Heading\n\nText of the essay.", { file: "x.md" }).meta.title).toBe("A Heading");
    expect(buildEssay("A Title Line\n\nText of the essay.", { file: "x.txt" }).meta.title).toBe("A Title Line");
    expect(buildEssay("Text of the essay, which starts at once.", { file: "my_best-essay.txt" }).meta.title).toBe("My Best Essay");
  });

  // Round 8: a report's title past a heading's twelve words was read as the first paragraph: the
  // essay took its title from the file name and section 1's first excerpt opened with the title.
  it("takes a long title-case first line as the title, not as the first paragraph", () => {
    const title = "Cold Harbour: Margaret Hale and the Making of the Northern Glass Trade, 1820–1868";
    const body = "In 1820 a young glassblower named Margaret Hale opened a furnace by the harbour. Within a decade her bottles were sold in every port on the coast. The trade she built outlasted her by forty years.";
    const essay = buildEssay(`${title}\n\n${body}\n\nA second paragraph follows here, as essays have more than one.`, { file: "glass-trade.txt" });
    expect(essay.meta.title).toBe(title);
    expect(essay.sections[0]!.sentences[0]!.text).toBe("In 1820 a young glassblower named Margaret Hale opened a furnace by the harbour.");
    expect(essay.sections[0]!.excerpts.every((excerpt) => !excerpt.text.includes("Cold Harbour"))).toBe(true);
    // A long first line in sentence case is the first paragraph still.
    const opening = "The harbour at Cold Bay was busy with glass boats and fishing smacks and the ferries of three companies";
    expect(buildEssay(`${opening}\n\n${body}`, { file: "glass.txt" }).meta.title).toBe("Glass");
  });

  // Round 9: a policy paper's first block (title, masthead, authors on consecutive lines) was read
  // as one sentence of the text, and the essay took its title from the file name.
  it("reads a first block of title, masthead and two authors as the title run", () => {
    const head = "Holding the Line: Lessons of the 1988 River Compact\nNorthfield Centre for Water and Land Policy | Briefing Paper No. 7 | May 2023\nHannah Okafor and Tom Reid";
    const body = "In 1988 three counties signed an agreement to share the river. It has outlasted every other plan made for the valley.\n\nA second paragraph follows here, as papers have more than one.";
    const essay = buildEssay(`${head}\n\n${body}`, { file: "river-compact.txt" });
    expect(essay.meta.title).toBe("Holding the Line: Lessons of the 1988 River Compact");
    expect(essay.meta.author).toBe("Hannah Okafor and Tom Reid");
    expect(essay.sections[0]!.sentences[0]!.text).toBe("In 1988 three counties signed an agreement to share the river.");
    // Two words joined by "and" are no pair of authors: a subtitle stays a subtitle.
    expect(buildEssay(`Night Trains\nPride and Prejudice\n\n${body}`, { file: "n.txt" }).meta.author).toBeUndefined();
  });

  it("lets the caller's meta win and keeps author, source and date from front matter", () => {
    const essay = buildEssay("---\ntitle: T\nauthor: A. Writer\nsource: A Book\ndate: 2020-01-02\n---\nText.", { file: "e.md", title: "Given" });
    expect(essay.meta).toEqual({ title: "Given", file: "e.md", author: "A. Writer", source: "A Book", date: "2020-01-02" });
  });

  it("reads a byline under the title as the author", () => {
    expect(buildEssay("Night Trains\n\nBy Ada Jones\n\nThe text itself.", { file: "n.txt" }).meta.author).toBe("Ada Jones");
  });

  it("derives the essay id from the file name and section ids of at most 20 characters", () => {
    const essay = buildEssay(fixture("the-library-and-its-readers.md"), { file: "The Library & Its Readers (2021).md" });
    expect(essay.id).toBe("the-library-its-readers-2021");
    for (const section of essay.sections) {
      expect(section.id.length).toBeLessThanOrEqual(20);
      expect(section.id).toMatch(/^[a-z0-9-]+$/);
      for (const excerpt of section.excerpts) expect(excerpt.id.startsWith(`${section.id}.`)).toBe(true);
    }
  });

  it("gives the same ids and hash for the same text, and a new hash when the text changes", () => {
    const text = fixture("night-trains.txt");
    const first = buildEssay(text, { file: "night-trains.txt" });
    const again = buildEssay(text, { file: "night-trains.txt" });
    expect(again).toEqual(first);
    const edited = buildEssay(text.replace("obituary", "eulogy"), { file: "night-trains.txt" });
    expect(edited.contentHash).not.toBe(first.contentHash);
    expect(edited.sections[0]!.id).not.toBe(first.sections[0]!.id);
  });

  it("numbers sections from 1 and records which paragraphs and sentences each holds", () => {
    const essay = buildEssay(fixture("keeping-the-commons.txt"), { file: "keeping-the-commons.txt" });
    essay.sections.forEach((section, index) => {
      expect(section.number).toBe(index + 1);
      for (const sentence of section.sentences) {
        expect(sentence.paragraph).toBeGreaterThanOrEqual(section.paragraphs[0]);
        expect(sentence.paragraph).toBeLessThanOrEqual(section.paragraphs[1]);
        expect(essay.paragraphs[sentence.paragraph]!.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
    });
  });

  it("marks paragraphs with the heading they sit under", () => {
    const essay = buildEssay(fixture("the-library-and-its-readers.md"), { file: "the-library-and-its-readers.md" });
    expect(essay.paragraphs[0]!.heading).toBe("A room of borrowed books");
    expect(essay.sections.map((section) => [section.title, section.titleFromHeading])).toEqual([
      ["A room of borrowed books", true],
      ["Who pays for the shelves", true],
      ["The digital branch", true],
      ["What the reading room is for", true],
    ]);
  });

  it("never throws: empty text gives an essay without paragraphs", () => {
    const essay = buildEssay("");
    expect(essay.paragraphs).toEqual([]);
    expect(essay.sections).toEqual([]);
    expect(essay.meta.title).toBe("Untitled essay");
  });

  it("guesses Markdown from the text when no file name is given", () => {
    const essay = buildEssay("# Title\n\n## Part\n\nSome **bold** text.");
    expect(essay.meta.title).toBe("Title");
    expect(essay.paragraphs[0]!.text).toBe("Some bold text.");
  });
});

describe("buildEssay on files that are not what their extension says", () => {
  it("reads a .txt file written in Markdown as Markdown", () => {
    const essay = buildEssay("# On Bridges\n\nBridges are old and nobody thinks about them.\n\n## Stone\n\nThe first were logs, then stone arches.\n\n## Steel\n\nThen came steel, and bridges got longer.", { file: "bridges.txt" });
    expect(essay.meta.title).toBe("On Bridges");
    expect(essay.sections.map((section) => section.title)).toEqual(["Stone", "Steel"]);
    expect(essay.paragraphs.every((paragraph) => !paragraph.text.includes("#"))).toBe(true);
  });

  it("gives a heading that only numbers its part a title from the text after it", () => {
    const essay = buildEssay(
      "The Museum\n\nPart One\n\nThe bronzes were taken from Benin City in 1897 and sold at auction in London. Looted bronzes now fill the museum's cases.\n\nPart Two\n\nThe case for keeping them rests on the idea of a universal museum open to everyone who can travel.",
      { file: "museum.txt" },
    );
    expect(essay.sections.map((section) => section.title.split(": ")[0])).toEqual(["Part One", "Part Two"]);
    for (const section of essay.sections) expect(section.title).toMatch(/^Part (One|Two): \p{Lu}/u);
  });
});

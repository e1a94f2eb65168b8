// Each format the issue names, as a realistic essay in test/fixtures/essays/: the output must read clean.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXCERPT_LIMITS, loadEssays, type Essay } from "../../src/essay/index.js";

const folder = new URL("../fixtures/essays/", import.meta.url).pathname;
const { essays, problems } = loadEssays(folder);
const essay = (id: string): Essay => {
  const found = essays.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`fixture ${id} did not load`);
  return found;
};
const allText = (id: string) => essay(id).paragraphs.map((paragraph) => paragraph.text).join("\n\n");

describe("fixture essays", () => {
  it("all load without problems", () => {
    expect(problems).toEqual([]);
    expect(essays.length).toBe(6);
  });

  it("come out with no line-wrap artefacts, invisible characters or doubled spaces", () => {
    for (const loaded of essays) {
      for (const paragraph of loaded.paragraphs) {
        if (!paragraph.text.startsWith("•")) expect(paragraph.text).not.toContain("\n");
        expect(paragraph.text).not.toMatch(/[\r\f\u00A0\u200B\uFEFF]|\s{2}|^\s|\s$/);
        expect(paragraph.text).not.toMatch(/\p{Ll}- (?!and |or )\p{Ll}/u); // "short- and long-term" is the author's
      }
    }
  });

  it("Markdown with front matter and headings: meta, heading sections, plain prose", () => {
    const library = essay("the-library-and-its-readers");
    expect(library.meta).toMatchObject({ title: "The Library and Its Readers", author: "Mara Ellison", source: "Essays on Public Life, vol. 2", date: "2021-03-14" });
    expect(library.sections.map((section) => section.title)).toEqual(["A room of borrowed books", "Who pays for the shelves", "The digital branch", "What the reading room is for"]);
    expect(allText("the-library-and-its-readers")).not.toMatch(/[*#>]|\]\(/);
    expect(allText("the-library-and-its-readers")).toContain("• licences that expire after twenty-six loans or two years, whichever comes first;\n• prices");
    expect(allText("the-library-and-its-readers")).toContain("A library that owns its books can lend them until they fall apart. A library that licenses them");
  });

  it("plain text with CRLF line ends and form feeds: pages joined, page numbers gone", () => {
    const trains = essay("night-trains");
    expect(trains.meta.title).toBe("Night Trains");
    expect(trains.paragraphs).toHaveLength(6);
    expect(allText("night-trains")).toContain("more to a change in what travellers wanted: a way to cross a continent");
    expect(trains.paragraphs.map((paragraph) => paragraph.text)).not.toContain("2");
    expect(allText("night-trains")).toContain("high-speed lines");
  });

  it("words hyphenated across lines: broken words joined, compounds kept", () => {
    const text = allText("keeping-the-commons");
    for (const joined of ["shared resources", "overgrazing", "Elinor Ostrom", "did not happen", "patient negotiations", "A public library's shelves", "widely used library of code", "the companies discover", "how is that recorded", "keep it in repair"]) {
      expect(text).toContain(joined);
    }
    for (const kept of ["well-known", "long-term arrangements", "self-governing institutions", "short- and long-term interests", "co-operation itself", "open-source"]) {
      expect(text).toContain(kept);
    }
    expect(essay("keeping-the-commons").paragraphs).toHaveLength(7);
  });

  it("a single long page with indented paragraphs", () => {
    const walking = essay("walking-in-cities");
    expect(walking.meta.title).toBe("Walking in Cities");
    expect(walking.paragraphs).toHaveLength(6);
    expect(walking.paragraphs.every((paragraph) => /^[A-Z]/.test(paragraph.text) && /\.$/.test(paragraph.text))).toBe(true);
  });

  it("a single long page with one paragraph a line and no blank lines", () => {
    const notebook = essay("a-single-page");
    expect(notebook.meta.title).toBe("On Keeping a Notebook");
    expect(notebook.paragraphs).toHaveLength(6);
  });

  it("a byte-order mark, NBSP, zero-width and decomposed characters, abbreviations and decimals", () => {
    const coastline = essay("measuring-a-coastline");
    const text = allText("measuring-a-coastline");
    expect(coastline.meta.title).toBe("Measuring a Coastline");
    expect(text).toContain("a ruler 100 km long");
    expect(text).toContain("Mandelbrot turned");
    expect(text).toContain("the café menus");
    const sentences = coastline.sections.flatMap((section) => section.sentences.map((sentence) => sentence.text));
    expect(sentences).toContain("Mr. Richardson found that the measured length grew by a predictable amount each time the ruler was halved, e.g. by a factor of roughly 1.3 for the west coast of Britain.");
    expect(sentences).toContain("Dr. J. R. Hart, a surveyor quoted in one report, put it plainly: “Ask me which ruler you want, and I will tell you the length.”");
    expect(sentences).toContain("The U.S. National Oceanic and Atmospheric Administration lists a “general coastline” of 12,383 miles and a “tidal shoreline” of 95,471 miles for the same country.");
  });

  it("give every section excerpts of whole sentences within the size limits", () => {
    for (const loaded of essays) {
      expect(loaded.sections.length).toBeGreaterThanOrEqual(2);
      for (const section of loaded.sections) {
        expect(section.excerpts.length).toBeGreaterThan(0);
        for (const excerpt of section.excerpts) {
          expect(excerpt.text.length).toBeLessThanOrEqual(EXCERPT_LIMITS.hardMaximum);
          expect(excerpt.text).toMatch(/[.!?:;”"’)]$/u);
        }
      }
    }
  });

  it("read the same bytes as the files on disk (fixtures are not rewritten)", () => {
    expect(readFileSync(`${folder}night-trains.txt`, "latin1")).toContain("\r\n\f\r\n");
    expect(readFileSync(`${folder}measuring-a-coastline.txt`).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

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
    expect(essays.length).toBe(14);
  });

  it("come out with no line-wrap artefacts, invisible characters, page furniture or doubled spaces", () => {
    for (const loaded of essays) {
      for (const paragraph of loaded.paragraphs) {
        const isList = paragraph.text.split("\n").every((line) => /^(•|\d+[.)]) /.test(line));
        if (!isList) expect(paragraph.text).not.toContain("\n");
        expect(paragraph.text).not.toMatch(/[\u00AD\uFB00-\uFB06⁰¹²³⁴⁵⁶⁷⁸⁹]|\bPage \d+ of \d+|— \d+ —/u);
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
          expect(excerpt.text).toMatch(/([.!?:;”"’)]|— [\p{L} .]+)$/u); // a sentence end, or an epigraph's attribution
        }
      }
    }
  });

  it("a PDF report (CRLF, form feeds): page numbers, running headers, footnotes and notes dropped; numbered headings kept", () => {
    const river = essay("who-owns-a-river");
    const text = allText("who-owns-a-river");
    expect(river.meta).toMatchObject({ title: "Who Owns a River? Water Rights in a Drier Century", author: "Hannah Okafor" });
    expect(river.paragraphs).toHaveLength(12);
    expect(river.sections.map((section) => section.title)).toEqual(["Introduction", "Rules Written for Plenty", "Markets and Their Limits", "Who Speaks for the River", "Conclusion"]);
    expect(river.sections.every((section) => section.titleFromHeading)).toBe(true);
    expect(river.paragraphs[0]?.text.endsWith("to someone who had a right to take it.")).toBe(true);
    // A word and a sentence cut by a page break (footer, form feed, running header between) are joined back.
    expect(text).toContain("they adopted the rule of prior appropriation: first in time, first in right.");
    expect(text).toContain("Towns whose farmers sold their water watched the irrigation districts");
    expect(text).toContain("it was allocated, years or decades ago");
    expect(text).toContain("a large share of the entitlements. The environment");
    for (const kept of ["In the Murray-Darling Basin", "the best-known attempt", "several well-known critics"]) expect(text).toContain(kept);
    expect(text).not.toMatch(/WHO OWNS|Page \d|Notes|J\. Gray|Canberra|take it\.1|drop\.2/);
  });

  it("a PDF page like the seed: running title, centred page numbers, a page-foot footnote, ligatures and soft hyphens", () => {
    const summits = essay("summits-as-theatre");
    const text = allText("summits-as-theatre");
    expect(summits.meta.title).toBe("Summits as Theatre: Why leaders meet in front of the cameras");
    expect(summits.paragraphs).toHaveLength(10);
    expect(summits.paragraphs[2]?.text).toBe(
      "Consider the meeting in Singapore in June 2018 that the press called the Trump-Kim summit. Almost nothing of substance had been agreed beforehand, and the joint statement the two leaders signed ran to barely a page. Critics found it thin, and by the usual standards it was. Yet the meeting changed what each side could say in public about the other, and that is not nothing in a relationship that had consisted for decades of threats.",
    );
    for (const kept of ["the Trump-Kim summit", "the summits of the twenty-first century", "It is self-evident that", "They are well-known for producing headlines", "by-product"]) expect(text).toContain(kept);
    for (const joined of ["in long, patient negotiations", "the slow work of cooperation between", "in visible disappointment", "without an agreement", "a row of flags", "A warm first meeting", "The staff who must", "a fine photograph", "the communique, the working lunch", "the officials of both governments"]) expect(text).toContain(joined);
    expect(text).not.toMatch(/Singapore also hosted|Summits as Theatre|Why leaders meet/);
  });

  it("plain text with capitals, numbered headings, tab indents, NBSP and typewriter double spaces", () => {
    const boredom = essay("the-case-for-boredom");
    const text = allText("the-case-for-boredom");
    expect(boredom.meta).toMatchObject({ title: "The Case for Boredom", author: "Tomasz Wiśniewski" });
    expect(boredom.paragraphs).toHaveLength(10);
    expect(boredom.sections.map((section) => section.title)).toEqual(["The problem", "The argument", "Objections", "What to do about it"]);
    expect(boredom.paragraphs.map((paragraph) => paragraph.heading)).toContain("The argument");
    expect(text).toContain("Dr. Sandi Mann, who has studied");
    expect(text).toContain("the wall was doing something for us — something we are only beginning to miss.");
    expect(text).toContain("calls boredom “the emotion that asks what we are doing and why.”");
    expect(text).toContain("In a well-known experiment");
  });

  it("“Part One” headings and an epigraph: the epigraph opens the first part, bare part headings get a subtitle", () => {
    const museum = essay("the-museum-question");
    expect(museum.meta.title).toBe("The Museum Question");
    expect(museum.paragraphs).toHaveLength(10);
    expect(museum.paragraphs[0]?.text).toBe("“A museum is a place where one should lose one’s head.” — Renzo Piano");
    expect(museum.sections.map((section) => section.paragraphs)).toEqual([[0, 3], [4, 6], [7, 9]]);
    const titles = museum.sections.map((section) => section.title);
    expect(titles.map((title) => title.split(": ")[0])).toEqual(["Part One", "Part Two", "Part Three"]);
    for (const title of titles) expect(title.split(": ")[1]?.length ?? 0).toBeGreaterThan(3);
  });

  it("a single long page, hard-wrapped, with no blank lines or indents: paragraphs from short last lines", () => {
    const kitchen = essay("the-slow-kitchen");
    expect(kitchen.meta.title).toBe("The Slow Kitchen");
    expect(kitchen.paragraphs.map((paragraph) => paragraph.text.split(" ").slice(0, 3).join(" "))).toEqual([
      "Every cookbook published",
      "The answer begins",
      "What it did",
      "Slow cooking, in",
      "This kind of",
      "Yet the economics",
      "That second cost",
      "None of this",
    ]);
  });

  it("very long paragraphs: cut into excerpts at sentence ends, a sentence over 1,200 characters kept whole", () => {
    const time = essay("standard-time");
    expect(time.meta.title).toBe("Standard Time");
    expect(time.paragraphs).toHaveLength(6);
    const excerpts = time.sections.flatMap((section) => section.excerpts);
    const long = excerpts.filter((excerpt) => excerpt.text.length > EXCERPT_LIMITS.ideal.maximum);
    expect(long).toHaveLength(1);
    expect(long[0]?.text.startsWith("In the United States the problem was larger")).toBe(true);
    const second = excerpts.filter((excerpt) => excerpt.paragraphs[0] === 1);
    expect(second.length).toBeGreaterThanOrEqual(2);
    expect(second.map((excerpt) => excerpt.text).join(" ")).toBe(time.paragraphs[1]?.text);
  });

  it("Markdown with quoted front matter, nested headings, lists, quotes, code, comments and footnotes", () => {
    const week = essay("the-four-day-week");
    const text = allText("the-four-day-week");
    expect(week.meta).toMatchObject({ title: "The Four-Day Week: Who Gains, Who Pays?", author: "Priya Raman", source: "Labour Review, no. 14: Spring issue", date: "2023-04-02" });
    expect(week.sections.map((section) => section.title)).toEqual(["The promise", "What the trials measured", "What they did not", "The objections", "Who pays", "A modest proposal"]);
    expect(week.paragraphs).toHaveLength(16);
    expect(text).not.toMatch(/draft 3|TODO|Icelandic trials covered|\[\^|`|\*|\]\(|<!--/);
    expect(text).toContain("a campaign group, 4 Day Week Global, with researchers");
    expect(text).toContain("A payroll system has a field called contracted_hours, and changing");
    expect(text).toContain("• revenue stayed roughly flat, and rose slightly at some firms;\n• staff reported");
    expect(week.paragraphs.map((paragraph) => paragraph.text)).toContain(
      '"We did not get the same work done in four days," one ward manager told the researchers. "We got different work done, and some of it was the work that mattered. The rest we quietly stopped doing."',
    );
    expect(week.paragraphs.filter((paragraph) => /^[123]\. (Cost|Fairness|Intensity)\. /.test(paragraph.text))).toHaveLength(3);
  });

  it("Markdown with setext headings, a separator, an ordered list and a block quote", () => {
    const river = essay("learning-to-read-a-river");
    const text = allText("learning-to-read-a-river");
    expect(river.meta.title).toBe("Learning to Read a River");
    expect(river.paragraphs).toHaveLength(12);
    expect(river.sections.slice(1).map((section) => section.title)).toEqual(["What the pilot sees", "Knowledge that changes the knower", "What the rest of us can learn"]);
    expect(river.sections[0]).toMatchObject({ paragraphs: [0, 1], titleFromHeading: false });
    expect(text).toContain("1) a working gaze, quick and narrow, that finds the reef;\n2) a slower");
    expect(text).toContain("The face of the water, in time, became a wonderful book — a book that was");
    expect(text).toContain("as Twain described it in Life on the Mississippi, was");
    expect(text).not.toMatch(/gutenberg|\[twain\]|====|----/);
  });

  it("reports Windows-1252 “smart quotes” as not UTF-8, with the line and a hint, instead of loading garbage", () => {
    const invalid = new URL("../fixtures/essays-invalid/windows-1252.txt", import.meta.url).pathname;
    const loaded = loadEssays(invalid);
    expect(loaded.essays).toEqual([]);
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]?.message).toMatch(/windows-1252\.txt is not UTF-8 text \(first unreadable byte at offset 34, line 3: 0x92\)\. It looks like Windows-1252/);
  });

  it("read the same bytes as the files on disk (fixtures are not rewritten)", () => {
    expect(readFileSync(`${folder}who-owns-a-river.txt`, "latin1")).toMatch(/\r\n\fWHO OWNS A RIVER\?\r\n/);
    expect(readFileSync(`${folder}summits-as-theatre.txt`, "utf8")).toContain("\u00AD");
    expect(readFileSync(`${folder}the-slow-kitchen.txt`, "latin1")).not.toMatch(/\r\n\r\n/);
    expect(readFileSync(`${folder}night-trains.txt`, "latin1")).toContain("\r\n\f\r\n");
    expect(readFileSync(`${folder}measuring-a-coastline.txt`).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

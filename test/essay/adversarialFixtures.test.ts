// Whole essays in the shapes users paste (test/fixtures/essays-adversarial/): a web page copied one paragraph
// a line, a Word export with CRLF, tabs, bullets and document properties, an Obsidian note, text copied from
// a PDF viewer, and a plain-text essay with dialogue, a stanza and separators. Each must come out clean.
import { describe, expect, it } from "vitest";
import { EXCERPT_LIMITS, loadEssays, splitSentences, type Essay } from "../../src/essay/index.js";

const folder = new URL("../fixtures/essays-adversarial/", import.meta.url).pathname;
const { essays, problems } = loadEssays(folder);
const essay = (id: string): Essay => {
  const found = essays.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`fixture ${id} did not load`);
  return found;
};
const texts = (id: string) => essay(id).paragraphs.map((paragraph) => paragraph.text);

describe("adversarial fixture essays", () => {
  it("all load", () => {
    expect(problems).toEqual([]);
    expect(essays.map((loaded) => loaded.id).sort()).toEqual(["reading-notes-on-attention", "the-ferrymans-song", "the-night-shift", "the-price-of-a-river", "the-quiet-revolution-in-libraries"]);
  });

  it("come out with no markup, wrap, hyphenation, page or reference artefacts", () => {
    for (const loaded of essays) {
      for (const { text } of loaded.paragraphs) {
        expect(text).not.toMatch(/[\r\f\u00A0\u200B\uFEFF\u00AD\u2010\u2011¬]|[ ]{2}|^\s|\s$| \n|\n /u);
        expect(text).not.toMatch(/\*\*|\[\[|\]\]|\]\(|==|%%|\[!|\[[ x]\]|^#|\s#\w|\[\d+\]|<\/?\w/u);
        expect(text).not.toMatch(/\p{Ll}- (?!and |or )\p{Ll}|nego-?tiations? \d|nego-tiations|evapo-rate|— \d+ —/u);
      }
    }
  });

  it("keep every sentence in exactly one excerpt of its section, whole and within the limits", () => {
    for (const loaded of essays) {
      for (const section of loaded.sections) {
        const covered = section.excerpts.flatMap((excerpt) => Array.from({ length: excerpt.sentences[1] - excerpt.sentences[0] + 1 }, (_unused, offset) => excerpt.sentences[0] + offset));
        expect(covered).toEqual(section.sentences.map((sentence) => sentence.index));
        for (const excerpt of section.excerpts) {
          expect(excerpt.text.length).toBeLessThanOrEqual(EXCERPT_LIMITS.hardMaximum);
          expect(splitSentences(excerpt.text).map((sentence) => sentence.text)).toEqual(
            section.sentences.filter((sentence) => sentence.index >= excerpt.sentences[0] && sentence.index <= excerpt.sentences[1]).map((sentence) => sentence.text),
          );
        }
      }
    }
  });

  it("a web page copied one paragraph a line: subheadings head sections, reference marks go, emoji stay", () => {
    const shift = essay("the-night-shift");
    expect(shift.meta.title).toBe("The Night Shift");
    expect(shift.paragraphs).toHaveLength(8);
    expect(shift.sections.filter((section) => section.titleFromHeading).map((section) => section.title)).toEqual(["What the research says", "What would help"]);
    expect(texts("the-night-shift")).toContain("Hospitals could pay night staff more, and many do. They could also stop scheduling meetings at 9 a.m. for people who finished work at 8 a.m. They could give night staff a proper meal instead of a vending machine. None of this is expensive. 🙂");
    expect(shift.sections.flatMap((section) => section.sentences.map((sentence) => sentence.text))).toContain("We check a blood pressure, we check it again an hour later, and we notice the small change that a tired doctor on a morning round will never see.");
  });

  it("a Word export: BOM, CRLF, tab indents, bullets with a second level, and document properties", () => {
    const libraries = essay("the-quiet-revolution-in-libraries");
    expect(libraries.meta).toMatchObject({ title: "The Quiet Revolution in Libraries", author: "Samuel Okonkwo" });
    expect(texts("the-quiet-revolution-in-libraries")).toEqual([
      expect.stringMatching(/^Public libraries have changed more .* apply for jobs online\.$/),
      expect.stringMatching(/^The change was not planned\. .* reverse overdoses\.$/),
      "What a modern library offers, in the words of one survey respondent, is “three things you can’t get anywhere else for free”:",
      "• somewhere warm to sit\n• someone who will help without judging\n• even with forms you are ashamed not to understand\n• a reason to leave the house",
      expect.stringMatching(/^None of these appears in the statistics .* like a failing library\.$/),
      expect.stringMatching(/^The fix is to count what libraries actually do\. .* more people than ever\.$/),
    ]);
  });

  it("an Obsidian note: tags, comments, callout, wiki links, tasks, table, a hard-break stanza, a rule and footnotes", () => {
    const note = essay("reading-notes-on-attention");
    expect(note.meta.title).toBe("Reading Notes on Attention");
    const paragraphs = texts("reading-notes-on-attention");
    expect(paragraphs[0]).toBe('The line that started this: "Attention is the rarest and purest form of generosity." — Simone Weil');
    expect(paragraphs[1]).toContain("a budget that advertisers spend for us");
    expect(paragraphs[1]).toContain("See also Deep Work and Newport's rules for the muscle view.");
    expect(paragraphs).toContain("• Attention as a muscle\n• Attention as a budget\n• Attention as a habit");
    expect(paragraphs).toContain("Instructions for living a life:\nPay attention.\nBe astonished.\nTell about it.");
    expect(paragraphs).toContain("That is the habit theory in three lines, and it is the one I find most hopeful, because habits can be taught.");
    expect(paragraphs.join("\n")).not.toMatch(/draft 2|attention-graph|Practice effects/);
    expect(note.sections.slice(1).map((section) => section.title)).toEqual(["Three theories", "A poem I keep returning to"]);
  });

  it("text copied from a PDF viewer: hyphens, dashes, ranges, addresses and a page number between lines", () => {
    const paragraphs = texts("the-price-of-a-river");
    expect(paragraphs).toHaveLength(5);
    const all = paragraphs.join("\n\n");
    for (const clean of [
      "the delta it once fed—a maze of lagoons the size of a small country—is mostly mud",
      "The so-called Law of the River",
      "In the drought years of 2000–2004 the shortfall",
      "The U.S.-led negotiations",
      "What finally moved the negotiations was money.",
      "the offer—more than a billion dollars—bought time",
      "https://www.usbr.gov/lc/region/programs/strategies.html and questions can be sent to water.info@example.org for anyone",
      "promises, unlike water, do not evaporate on their own.",
    ]) {
      expect(all).toContain(clean);
    }
    expect(paragraphs[2]).toMatch(/^What finally moved/);
  });

  it("plain text with dialogue, a stanza, separators, a form feed and a capitalised title and byline", () => {
    const song = essay("the-ferrymans-song");
    expect(song.meta).toMatchObject({ title: "The Ferryman's Song", author: "Tomasz Wierzbicki" });
    const paragraphs = texts("the-ferrymans-song");
    expect(paragraphs).toHaveLength(10);
    expect(paragraphs[1]).toBe("Row me over, row me back,\nThe water keeps no road or track;\nWhat it takes it will not give,\nAnd still it lets the ferry live.");
    expect(paragraphs[2]).toBe('"It is about the river," he said at last. "What else would a ferryman sing about?"');
    expect(paragraphs[4]).toBe('He laughed. "The passengers are the river\'s business. Mine is the boat."');
    // The separators are the author's section breaks.
    expect(song.sections.map((section) => section.paragraphs)).toEqual([
      [0, 4],
      [5, 6],
      [7, 9],
    ]);
  });
});

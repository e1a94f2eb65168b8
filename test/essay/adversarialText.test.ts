// Plain text as real users paste it: web pages, word-processor exports, PDF extraction, dialogue, verse,
// tiny and odd files, other scripts and encodings. Each case states the paragraphs a careful reader would
// type out, so a line-wrap or hyphenation artefact, a lost or invented paragraph break fails it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildEssay, loadEssays } from "../../src/essay/index.js";

const paragraphsOf = (text: string, file = "essay.txt") => buildEssay(text, { file }).paragraphs.map((paragraph) => paragraph.text);

describe("text copied from a web page", () => {
  it("reads one short paragraph a line, without blank lines, as the author's paragraphs", () => {
    const text = [
      "The Last Video Shop",
      "The shop on Carver Street closed on a Tuesday.",
      "Nobody noticed for a week.",
      "It had been there since 1987, renting tapes and then discs to a neighbourhood that slowly stopped needing either.",
      "The owner kept a handwritten list of every film that was never returned.",
      '"People think streaming killed us," he told me. "It was parking."',
    ].join("\n");
    const essay = buildEssay(text, { file: "shop.txt" });
    expect(essay.meta.title).toBe("The Last Video Shop");
    expect(essay.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "The shop on Carver Street closed on a Tuesday.",
      "Nobody noticed for a week.",
      "It had been there since 1987, renting tapes and then discs to a neighbourhood that slowly stopped needing either.",
      "The owner kept a handwritten list of every film that was never returned.",
      '"People think streaming killed us," he told me. "It was parking."',
    ]);
  });

  it("drops the reference marks a web page leaves against words, and keeps a spaced reference", () => {
    expect(paragraphsOf("It was founded in 1850.[3][4] The town grew[a] quickly.[citation needed] See the list [2] for more.")).toEqual([
      "It was founded in 1850. The town grew quickly. See the list [2] for more.",
    ]);
  });

  it("keeps a line that ends with an emoji after its sentence as the end of a paragraph", () => {
    const text = "Title Here\nNone of this is expensive, and all of it would help the people who keep the ward running at night. 🙂\nAbove all, they could ask the people who work nights what they need, and then listen to the answer.\nThat would be a start.\nIt would not be the end.";
    expect(paragraphsOf(text)[0]).toBe("None of this is expensive, and all of it would help the people who keep the ward running at night. 🙂");
  });
});

describe("word-processor exports", () => {
  it("ends a bulleted list at the next paragraph, indented or not, and never runs an item into it", () => {
    const word = "Intro Title\r\n\r\n\tConsider what a fast reply contains. It is usually one of three things:\r\n\r\n•\tan acknowledgement\r\n•\ta promise to reply later\r\n\r\n\tNone of these moves the work forward. They move the anxiety forward.\r\n";
    expect(paragraphsOf(word)).toEqual([
      "Consider what a fast reply contains. It is usually one of three things:",
      "• an acknowledgement\n• a promise to reply later",
      "None of these moves the work forward. They move the anxiety forward.",
    ]);
    const docs = "There are three jobs that matter most in winter, and every gardener knows them well:\r\n* cutting back the perennials\r\n* ordering seeds\r\nNone of these is glamorous. All of them decide whether the summer garden thrives or merely survives.\r\n";
    expect(paragraphsOf(docs)).toEqual([
      "There are three jobs that matter most in winter, and every gardener knows them well:",
      "• cutting back the perennials\n• ordering seeds",
      "None of these is glamorous. All of them decide whether the summer garden thrives or merely survives.",
    ]);
  });

  it("reads Google Docs' and Word's bullets (●, ○, ■, and \"o\" for a second level) as list items", () => {
    const text = "Some things:\n\n●\tcutting back\n○\tthe perennials\n■\tfeeding the soil\no\teven in frost\n\nThat is all there is to it.";
    expect(paragraphsOf(text)).toEqual(["Some things:", "• cutting back\n• the perennials\n• feeding the soil\n• even in frost", "That is all there is to it."]);
  });

  it("still runs a hard-wrapped item on to its next line", () => {
    const text = [
      "The report made three points, each of them about the way the council spends its money:",
      "- the cost of the new bridge was never compared with the cost of repairing the",
      "  old one, which engineers said could last another forty years;",
      "- the budget for the South Bridge was approved before anyone had asked what",
      "Riverside residents wanted from it.",
    ].join("\n");
    expect(paragraphsOf(text)[1]).toBe(
      "• the cost of the new bridge was never compared with the cost of repairing the old one, which engineers said could last another forty years;\n• the budget for the South Bridge was approved before anyone had asked what Riverside residents wanted from it.",
    );
  });

  it("takes the author and title from a block of document properties, and drops the rest of it", () => {
    const essay = buildEssay("Title: The Weight of Snow\nAuthor: Lena Virtanen\nDate: 12 January 2024\n\nSnow is heavier than it looks.\n\nRoofs in Finland are built for it.", { file: "snow.txt" });
    expect(essay.meta).toMatchObject({ title: "The Weight of Snow", author: "Lena Virtanen" });
    expect(essay.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Snow is heavier than it looks.", "Roofs in Finland are built for it."]);
    expect(paragraphsOf("A Title\n\nNote: this first line is the author's and stays.\n\nThe rest of the essay.")).toContain("Note: this first line is the author's and stays.");
  });

  it("reads a title, subtitle and byline typed on consecutive lines as the title run", () => {
    const essay = buildEssay("The Weight of Snow\nWhy Finnish roofs are built the way they are\nBy Lena Virtanen\n\nSnow is heavier than it looks.\n\nRoofs in Finland are built for it.", { file: "snow.txt" });
    expect(essay.meta).toMatchObject({ title: "The Weight of Snow: Why Finnish roofs are built the way they are", author: "Lena Virtanen" });
    expect(essay.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Snow is heavier than it looks.", "Roofs in Finland are built for it."]);
  });

  it("reads a .txt file written in Markdown as Markdown", () => {
    const essay = buildEssay("# Why We Queue\n\nQueuing is a **social contract** written nowhere, and any [law](https://example.org) would be weaker.\n\n> A queue is democratic.", { file: "queue.txt" });
    expect(essay.meta.title).toBe("Why We Queue");
    expect(essay.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Queuing is a social contract written nowhere, and any law would be weaker.", "A queue is democratic."]);
  });
});

describe("text extracted from a PDF", () => {
  const join = (...lines: string[]) => paragraphsOf(lines.join("\n"))[0];

  it("joins a hyphen after a digit or a full stop without a space, and keeps it", () => {
    expect(join("The negotiators met in Geneva between 1990-", "1995, and the talks dragged on.")).toBe("The negotiators met in Geneva between 1990-1995, and the talks dragged on.");
    expect(join("The U.S.-", "led talks failed, and a 5-", "year-old could see why.")).toBe("The U.S.-led talks failed, and a 5-year-old could see why.");
  });

  it("keeps an en-dash range and closed em dashes closed across a line end, and spaced dashes spaced", () => {
    expect(join("The war of 1914–", "1918 looms over it.")).toBe("The war of 1914–1918 looms over it.");
    expect(join("The press lost interest long before the end", "—most of the reporters had gone home.")).toBe("The press lost interest long before the end—most of the reporters had gone home.");
    expect(join("Scholars have argued about why ever since—", "some credit trade.")).toBe("Scholars have argued about why ever since—some credit trade.");
    expect(join("It was over —", "or so it seemed.")).toBe("It was over — or so it seemed.");
    expect(join("“Are you coming?” she asked.", "—No, he said.")).toBe("“Are you coming?” she asked. —No, he said.");
  });

  it("keeps hyphens in true compounds, including all-caps and two-letter heads, and after one letter", () => {
    expect(join("The NATO-", "led force and the so-", "called experts wore T-", "shirts and took x-", "rays.")).toBe("The NATO-led force and the so-called experts wore T-shirts and took x-rays.");
    expect(join("The nego-", "tiations at the li-", "brary’s door were state-", "owned.")).toBe("The negotiations at the library’s door were state-owned.");
  });

  it("rejoins web and e-mail addresses broken at a line end", () => {
    expect(join("For details see https://www.example.org/", "history/angell or write to archive@example.", "org for a copy.")).toBe(
      "For details see https://www.example.org/history/angell or write to archive@example.org for a copy.",
    );
    expect(join("The record is at www.example.org/lc/", "region/strategies.html and nowhere else.")).toBe("The record is at www.example.org/lc/region/strategies.html and nowhere else.");
    expect(join("Write to jane@example.org.", "Then wait.")).toBe("Write to jane@example.org. Then wait.");
  });

  it("drops a page number copied inline between two lines of a sentence, and keeps a paragraph that ended with the page", () => {
    expect(
      paragraphsOf(
        [
          "The harbour master kept a log of every ship that entered the port, and his",
          "daughter later took over the nego-",
          "— 3 —",
          "tiations with the shipping companies, who soon learned to fear her.",
          "She was right.",
          "12",
          "Her entries are shorter than her father's and more precise, to the minute and",
          "to the inch, and she signed every page.",
        ].join("\n"),
      ),
    ).toEqual([
      "The harbour master kept a log of every ship that entered the port, and his daughter later took over the negotiations with the shipping companies, who soon learned to fear her. She was right.",
      "Her entries are shorter than her father's and more precise, to the minute and to the inch, and she signed every page.",
    ]);
  });

  it("reads the Unicode hyphen, the non-breaking hyphen and OCR's \"¬\" at a line end as a hyphen", () => {
    expect(join("Promises do not evapo\u2010", "rate, nor do self\u2011", "made men, nor nego¬", "tiations.")).toBe("Promises do not evaporate, nor do self-made men, nor negotiations.");
  });
});

describe("dialogue, verse and letters", () => {
  it("keeps quotations that span lines whole, and the author's dialogue paragraphs", () => {
    const text = 'At the Border\n\nThe guard looked at my passport. "You have been here\nbefore," he said.\n\n"Twice," I said.\n\n"What kind of work?"';
    expect(paragraphsOf(text)).toEqual(['The guard looked at my passport. "You have been here before," he said.', '"Twice," I said.', '"What kind of work?"']);
  });

  it("keeps the line ends of a quoted stanza and of a letter, and still unwraps the prose around them", () => {
    const prose = "Robert Frost's most famous poem is usually read as a poem about death, but\nit is also a poem about obligation, and the two readings are not far apart.\nConsider the last stanza, which every schoolchild once knew by heart:";
    const text = `Stopping by Essays\n\n${prose}\n\n    The woods are lovely, dark and deep,\n    But I have promises to keep,\n    And miles to go before I sleep.\n\nThe repetition has been read as weariness, as resolve, and as a lullaby; what\nmatters is that the speaker does not stop, and that he keeps going.\n\nDear Sir,\nThank you for your letter.\nYours faithfully,\nThe Editor`;
    const paragraphs = paragraphsOf(text);
    expect(paragraphs[0]).not.toContain("\n");
    expect(paragraphs[1]).toBe("The woods are lovely, dark and deep,\nBut I have promises to keep,\nAnd miles to go before I sleep.");
    expect(paragraphs[2]).toBe("The repetition has been read as weariness, as resolve, and as a lullaby; what matters is that the speaker does not stop, and that he keeps going.");
    expect(paragraphs[3]).toBe("Dear Sir,\nThank you for your letter.\nYours faithfully,\nThe Editor");
  });
});

describe("very short, very long and odd files", () => {
  it("gives a two-paragraph essay one section with both paragraphs", () => {
    const essay = buildEssay("Two Paragraphs\n\nThis essay is short. It has two paragraphs.\n\nThe second ends it.", { file: "two.txt" });
    expect(essay.paragraphs).toHaveLength(2);
    expect(essay.sections).toHaveLength(1);
    expect(essay.sections[0]?.paragraphs).toEqual([0, 1]);
  });

  it("reports a file holding only a title, or a title and a byline, instead of making the title a paragraph", () => {
    const folder = mkdtempSync(join(tmpdir(), "colloquy-title-only-"));
    writeFileSync(join(folder, "title-only.txt"), "My Title Only\n");
    writeFileSync(join(folder, "title-and-byline.txt"), "Untitled Thoughts\n\nBy Jane Doe\n");
    writeFileSync(join(folder, "heading-only.md"), "# Just a Heading\n");
    const loaded = loadEssays(folder);
    expect(loaded.essays).toEqual([]);
    expect(loaded.problems.map((problem) => problem.file).sort()).toEqual(["heading-only.md", "title-and-byline.txt", "title-only.txt"]);
    for (const problem of loaded.problems) expect(problem.message).toMatch(/has no paragraphs of text, only a title/);
  });

  it("reports a file that is one sentence too long to quote, and loads one that can be quoted", () => {
    const folder = mkdtempSync(join(tmpdir(), "colloquy-giant-"));
    const clause = (word: string) => ` and which had carried ${word} down to the sea`;
    const giant = `the river which had run through the valley${["silt", "salmon", "logs", "barges", "ice"].map(clause).join("").repeat(25)}`;
    writeFileSync(join(folder, "one-sentence.txt"), giant);
    writeFileSync(join(folder, "quotable.txt"), `${giant.slice(0, 2000)}.`);
    const loaded = loadEssays(folder);
    expect(loaded.essays.map((essay) => essay.id)).toEqual(["quotable"]);
    expect(loaded.essays[0]?.sections[0]?.excerpts).toHaveLength(1);
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]?.message).toMatch(/one-sentence\.txt has no sentence short enough to quote: its sentences run to [\d,]+ characters, over the 4,096/);
  });

  it("keeps accents, right-to-left words, emoji and the joiners that spell them", () => {
    const persian = "می\u200Cخواهم";
    const family = "👩\u200D💻";
    const text = `Café Society 🎉\n\nÉmile Zola wrote about Paris cafés — the “café-concert” — with affection. The Arabic قهوة and the Hebrew קפה both mean coffee, and ${persian} means I want. ${family} People still meet there.\n\nIn São Paulo and Kraków the café is a second living room.`;
    const essay = buildEssay(text, { file: "cafe.txt" });
    expect(essay.meta.title).toBe("Café Society 🎉");
    expect(essay.paragraphs[0]?.text).toContain(`${persian} means I want. ${family} People`);
    expect(essay.paragraphs[0]?.text).toContain("The Arabic قهوة and the Hebrew קפה");
    expect(buildEssay("Hello wor\u200Dld, and a\u200C stray joiner.", { file: "x.txt" }).paragraphs[0]?.text).toBe("Hello world, and a stray joiner.");
  });

  it("refuses Windows-1252 and Latin-1 bytes with the line and the likely encoding, and loads the other essays", () => {
    const folder = mkdtempSync(join(tmpdir(), "colloquy-encodings-"));
    writeFileSync(join(folder, "latin1.txt"), Buffer.from("A Title\n\nThe caf\xe9 was full.\n", "latin1"));
    writeFileSync(join(folder, "cp1252.txt"), Buffer.concat([Buffer.from("A Title\n\nHe said "), Buffer.from([0x93]), Buffer.from("no"), Buffer.from([0x94]), Buffer.from(".\n")]));
    writeFileSync(join(folder, "good.txt"), "A Title\n\nThe café was full.\n");
    const loaded = loadEssays(folder);
    expect(loaded.essays.map((essay) => essay.id)).toEqual(["good"]);
    const messages = Object.fromEntries(loaded.problems.map((problem) => [problem.file, problem.message]));
    expect(messages["latin1.txt"]).toMatch(/not UTF-8 .*line 3: 0xE9\)\. It looks like Windows-1252 or Latin-1/);
    expect(messages["cp1252.txt"]).toMatch(/not UTF-8 .*line 3: 0x93\)\. It looks like Windows-1252 \(the curly quotes/);
  });
});

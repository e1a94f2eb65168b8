import { describe, expect, it } from "vitest";
import { normaliseText } from "../../src/essay/normaliseText.js";
import { repairParagraphs, type EssayBlock } from "../../src/essay/repairParagraphs.js";

const repairText = (text: string) => repairParagraphs(normaliseText(text), "text");
const repairMarkdown = (text: string) => repairParagraphs(normaliseText(text), "markdown");
const paragraphs = (blocks: EssayBlock[]) => blocks.flatMap((block) => (block.kind === "paragraph" ? [block.text] : []));

describe("repairParagraphs on plain text", () => {
  it("unwraps hard line breaks and keeps blank-line paragraph breaks", () => {
    const blocks = repairText("First line of one\nparagraph here.\n\nSecond paragraph\nwraps too.\n");
    expect(paragraphs(blocks)).toEqual(["First line of one paragraph here.", "Second paragraph wraps too."]);
  });

  it("reads a run of blank and whitespace-only lines as one paragraph break", () => {
    const blocks = repairText("The first page ends here.\n\n\n\n \n \n\nThe next page starts here.");
    expect(paragraphs(blocks)).toEqual(["The first page ends here.", "The next page starts here."]);
  });

  it("drops page numbers and rejoins a paragraph that a page break cut mid-sentence", () => {
    const blocks = repairText("It owed more to a change in what\n\f\n3\n\ntravellers wanted: a way to travel.\n\nNext one.");
    expect(paragraphs(blocks)).toEqual(["It owed more to a change in what travellers wanted: a way to travel.", "Next one."]);
  });

  it("drops a running header repeated on every page", () => {
    const page = (text: string) => `Night Trains — an essay\n\n${text}\n\n\f`;
    const blocks = repairText(page("Page one text.") + page("Page two text.") + page("Page three text."));
    expect(paragraphs(blocks)).toEqual(["Page one text.", "Page two text.", "Page three text."]);
  });

  it("reads a short first line as the title line, and a byline under it", () => {
    const blocks = repairText("Night Trains\n\nBy Ada Jones\n\nThe first paragraph.\n\nThe second.");
    expect(blocks[0]).toEqual({ kind: "heading", level: 1, text: "Night Trains" });
    expect(blocks[1]).toEqual({ kind: "byline", text: "Ada Jones" });
    expect(paragraphs(blocks)).toEqual(["The first paragraph.", "The second."]);
  });

  it("reads short heading-like lines as section headings only when there are at least two", () => {
    const two = repairText("Title\n\nIntroduction\n\nSome text here.\n\nConclusion\n\nMore text here.");
    expect(two.filter((block) => block.kind === "heading").map((block) => (block.kind === "heading" ? block.text : ""))).toEqual(["Title", "Introduction", "Conclusion"]);
    const one = repairText("Title\n\nSome text here.\n\nAn aside without a stop\n\nMore text here.");
    expect(paragraphs(one)).toContain("An aside without a stop");
  });

  it("turns separators and lone part numerals into breaks", () => {
    const blocks = repairText("One part.\n\n* * *\n\nAnother part.\n\nII\n\nA third part.");
    expect(blocks.map((block) => block.kind)).toEqual(["paragraph", "break", "paragraph", "break", "paragraph"]);
  });

  it("finds indented paragraphs in a single long page", () => {
    const text = [
      "    The first paragraph starts with an indent and runs on",
      "for a while across several lines until it finally ends.",
      "    A second paragraph is marked only by its indent, and",
      "it also runs over more than one line before it stops.",
      "    A third one is short.",
    ].join("\n");
    expect(paragraphs(repairText(text))).toEqual([
      "The first paragraph starts with an indent and runs on for a while across several lines until it finally ends.",
      "A second paragraph is marked only by its indent, and it also runs over more than one line before it stops.",
      "A third one is short.",
    ]);
  });

  it("finds paragraphs by their short last lines in a long hard-wrapped page", () => {
    const lines = [
      "When the last sleeper service from Paris to the Riviera was withdrawn in",
      "2017, the announcement read like an obituary. The carriages were old, the",
      "timetable was slow, and the passengers had gone elsewhere.",
      "The reasons were not mysterious. Budget airlines could carry a passenger",
      "from Paris to Nice in ninety minutes for less than a couchette, and fast",
      "lines cut daytime journeys so sharply that a night trip looked wasteful.",
      "Railways looked at carriages that earned money once a day and decided",
      "they could not afford them.",
      "There is an arithmetic problem at the heart of the sleeper. A day train",
      "can run a route three or four times a day; a night train runs it once. A",
      "seat carriage holds eighty people; a sleeping car holds thirty at most.",
      "Every bed has to be made, and every compartment cleaned.",
      "And yet the trains are coming back, and they are full.",
    ];
    expect(paragraphs(repairText(lines.join("\n")))).toHaveLength(4);
  });

  it("reads unwrapped text, one paragraph a line, with no blank lines", () => {
    const long = (words: string) => `${words} ${"and then it goes on for a good while longer, ".repeat(4).trim()}.`;
    const blocks = repairText(["On Notebooks", long("First it starts"), long("Then it continues"), long("Finally it stops")].join("\n"));
    expect(blocks[0]).toEqual({ kind: "heading", level: 1, text: "On Notebooks" });
    expect(paragraphs(blocks)).toHaveLength(3);
  });

  it("rejoins text extracted with a blank line after every line", () => {
    const text = "This paragraph was\n\nextracted with blank\n\nlines between all\n\nof its lines, which\n\nhappens with some\n\nPDF tools.\n\n\nA second paragraph\n\nfollows it here.";
    expect(paragraphs(repairText(text))).toEqual([
      "This paragraph was extracted with blank lines between all of its lines, which happens with some PDF tools.",
      "A second paragraph follows it here.",
    ]);
  });

  it("keeps a bulleted list together, an item a line", () => {
    const blocks = repairText("It costs three things:\n• money\n• time\n• patience\n\nThat is all.");
    expect(paragraphs(blocks)).toEqual(["It costs three things:", "• money\n• time\n• patience", "That is all."]);
  });

  it("never takes a line that merely starts with a dash mid-sentence for a list item", () => {
    const blocks = repairText("The summit was a success\n- or so it seemed to the people who watched it.");
    expect(paragraphs(blocks)).toEqual(["The summit was a success - or so it seemed to the people who watched it."]);
  });
});

describe("repairParagraphs on Markdown", () => {
  const markdown = [
    "# The Title",
    "",
    "## First part",
    "",
    "Some *emphasised* and **strong** text with a [link](https://example.org)",
    "and `code`, wrapped.",
    "",
    "- an item that",
    "  continues",
    "- another item",
    "",
    "> A quoted line",
    "> that wraps.",
    "",
    "Second part",
    "-----------",
    "",
    "Text under a setext heading.",
    "",
    "---",
    "",
    "After a rule. ![a picture](pic.png)",
    "<!-- a comment -->",
  ].join("\n");
  const blocks = repairMarkdown(markdown);

  it("makes headings headings, not paragraphs", () => {
    expect(blocks.filter((block) => block.kind === "heading")).toEqual([
      { kind: "heading", level: 1, text: "The Title" },
      { kind: "heading", level: 2, text: "First part" },
      { kind: "heading", level: 2, text: "Second part" },
    ]);
  });

  it("strips inline marks, keeps link words, drops images and comments", () => {
    expect(paragraphs(blocks)).toContain("Some emphasised and strong text with a link and code, wrapped.");
    expect(paragraphs(blocks)).toContain("After a rule.");
  });

  it("keeps list items on their own lines and unwraps block quotes", () => {
    expect(paragraphs(blocks)).toContain("• an item that continues\n• another item");
    expect(paragraphs(blocks)).toContain("A quoted line that wraps.");
  });

  it("turns a horizontal rule into a break", () => {
    expect(blocks.some((block) => block.kind === "break")).toBe(true);
  });

  it("makes a list of paragraph-long items one paragraph per item", () => {
    const item = "a long item that says a great deal about one thing and then keeps going, ".repeat(4).trim();
    const list = repairMarkdown(`1. ${item}\n2. ${item}`);
    expect(paragraphs(list)).toEqual([`1. ${item}`, `2. ${item}`]);
  });

  it("does not split a Markdown paragraph written one sentence per line", () => {
    expect(paragraphs(repairMarkdown("One sentence on its own line.\nAnother sentence on its own line.\nA third one."))).toHaveLength(1);
  });
});

describe("repairParagraphs on the shapes real files take", () => {
  const headings = (blocks: EssayBlock[]) => blocks.flatMap((block) => (block.kind === "heading" ? [block.text] : []));
  const long = (words: string) => `${words} and the sentence goes on long enough to read like the body of an essay.`;

  it("reads setext underlines in plain text as headings", () => {
    const blocks = repairText(`Notes on Cities\n\nIntroduction\n------------\n\n${long("Cities grow")}\n\nThe Tram Years\n==============\n\n${long("Trams made suburbs")}`);
    expect(headings(blocks)).toEqual(["Notes on Cities", "Introduction", "The Tram Years"]);
    expect(paragraphs(blocks)).toHaveLength(2);
  });

  it("reads a byline in capitals and a name under the title as the author, and a subtitle as part of the title", () => {
    expect(repairText(`THE LONG WALK\n\nBY JANE DOE\n\n${long("It began")}`).find((block) => block.kind === "byline")).toEqual({ kind: "byline", text: "Jane Doe" });
    const blocks = repairText(`Who Owns a River?\n\nWater Rights in a Drier Century\n\nHannah Okafor\n\n1. Introduction\n\n${long("Every summer")}\n\n2. Rules\n\n${long("The oldest laws")}`);
    expect(blocks.slice(0, 3)).toEqual([
      { kind: "heading", level: 1, text: "Who Owns a River?" },
      { kind: "subtitle", text: "Water Rights in a Drier Century" },
      { kind: "byline", text: "Hannah Okafor" },
    ]);
    expect(headings(blocks)).toEqual(["Who Owns a River?", "1. Introduction", "2. Rules"]);
  });

  it("does not join a title in capitals to a lower-case byline under it", () => {
    const blocks = repairText(`THE CASE FOR BOREDOM\n\nby Tomasz Wiśniewski\n\n${long("A generation ago")}`);
    expect(blocks[0]).toEqual({ kind: "heading", level: 1, text: "THE CASE FOR BOREDOM" });
    expect(blocks[1]).toEqual({ kind: "byline", text: "Tomasz Wiśniewski" });
  });

  it("reads chapter headings as sections, not the first one as the essay's title", () => {
    const blocks = repairText(`CHAPTER ONE\n\n${long("The house stood")}\n\nCHAPTER TWO\n\n${long("In spring")}`);
    expect(blocks.filter((block) => block.kind === "heading")).toEqual([
      { kind: "heading", level: 2, text: "CHAPTER ONE" },
      { kind: "heading", level: 2, text: "CHAPTER TWO" },
    ]);
  });

  it("drops a table of contents, and reads numbering that starts again as headings, not one list", () => {
    const blocks = repairText(`Contents\n\n1. The Problem\n2. The Cure\n\n1. The Problem\n\n${long("Nobody reads it")}\n\n2. The Cure\n\n${long("Remove it")}`);
    expect(headings(blocks)).toEqual(["1. The Problem", "2. The Cure"]);
    expect(paragraphs(blocks)).toEqual([long("Nobody reads it"), long("Remove it")]);
  });

  it("drops bracketed note markers when a references list gives their numbers", () => {
    const body = Array.from({ length: 4 }, (_unused, index) => long(`Paragraph ${index}`)).join("\n\n");
    const blocks = repairText(`The budget was cut [1], and the library closed [2].\n\n${body}\n\nReferences\n\n[1] Council minutes, 2019.\n[2] Annual report, 2019.`);
    expect(paragraphs(blocks)[0]).toBe("The budget was cut, and the library closed.");
    expect(paragraphs(blocks).join(" ")).not.toMatch(/Council minutes|References/);
  });

  it("rejoins double-spaced text across a page break, dropping the header printed once between", () => {
    const lines = ["None of this means the plan was foolish. It means that the", "", "", "", "THE HARBOUR QUESTION  2", "", "people who made it were answering a question about money", "", "when the harbour raised a question about belonging."];
    const text = ["The Harbour Question", "", "The harbour was built in 1820 for ships that no longer", "", "exist, and for most of the last century it served nobody in", "", "particular, least of all the town that had paid for it.", "", "", ...lines].join("\n");
    const blocks = repairText(text);
    expect(blocks[0]).toEqual({ kind: "heading", level: 1, text: "The Harbour Question" });
    expect(paragraphs(blocks)).toContain("None of this means the plan was foolish. It means that the people who made it were answering a question about money when the harbour raised a question about belonging.");
  });

  it("decodes HTML entities in Markdown and reads a bold line standing alone as a heading", () => {
    const blocks = repairMarkdown(`Some entities &mdash; &amp; a &#8217;quote&rsquo; and a non&nbsp;breaking space.\n\n**A Bold Heading**\n\n${long("Text under it")}\n\n**Another One**\n\n${long("More text")}`);
    expect(paragraphs(blocks)[0]).toBe("Some entities — & a ’quote’ and a non breaking space.");
    expect(headings(blocks)).toEqual(["A Bold Heading", "Another One"]);
  });

  it("drops Markdown footnote definitions and a closing Notes section", () => {
    const blocks = repairMarkdown(`A claim.[^1] Another.\n\n[^1]: The note, which runs\non to a second line.\n\n    And an indented second paragraph.\n\n## Notes\n\nA list of notes.\n`);
    expect(paragraphs(blocks)).toEqual(["A claim. Another."]);
  });
});

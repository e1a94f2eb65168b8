// Markdown as Notion, Obsidian and converters write it: tags, callouts, wiki links, task lists, tables,
// hard line breaks, HTML, one paragraph a line. The paragraphs must read as plain prose, with the author's
// breaks and nothing of the markup.
import { describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";
import { parseFrontMatter } from "../../src/essay/parseFrontMatter.js";

const essayOf = (text: string) => buildEssay(text, { file: "note.md" });
const paragraphsOf = (text: string) => essayOf(text).paragraphs.map((paragraph) => paragraph.text);

describe("Markdown from Obsidian and Notion", () => {
  it("reads wiki links as their words, and drops embeds, tags lines, %% comments and highlight marks", () => {
    const text = "# Notes\n#essay #to-read\n\n%% private: fix this %%\n\nSee [[Deep Work]] and [[Cal Newport#Rules|Newport's rules]], the ==key== idea. ![[graph.png]]\n\nMore text here.";
    expect(essayOf(text).meta.title).toBe("Notes");
    expect(paragraphsOf(text)).toEqual(["See Deep Work and Newport's rules, the key idea.", "More text here."]);
  });

  it("drops task-list boxes and reads nested and tab-indented items as items", () => {
    const text = "A list:\n\n- [ ] Check the hours\n- [x] Bring a card\n\t- even an old one\n    - or a new one\n1. First step\n2. Second step\n\nDone.";
    expect(paragraphsOf(text)).toEqual(["A list:", "• Check the hours\n• Bring a card\n• even an old one\n• or a new one", "1. First step\n2. Second step", "Done."]);
  });

  it("reads a callout as a quotation, its title leading it", () => {
    expect(paragraphsOf("Intro text here.\n\n> [!note] Did you know\n> Libraries in Finland lend drills.\n\n> [!tip]\n> Ask at the desk.")).toEqual([
      "Intro text here.",
      "Did you know: Libraries in Finland lend drills.",
      "Ask at the desk.",
    ]);
  });

  it("keeps hard line breaks (two trailing spaces or a backslash) as line ends, and soft ones as spaces", () => {
    const text = "Mary Oliver put it best:\n\n> Instructions for living a life:  \n> Pay attention.  \n> Be astonished.  \n> Tell about it.\n\nRoses are red,\\\nviolets are blue.\n\nA soft\nbreak is a space.\n\nA paragraph whose last line ends in two spaces.  \n\nNext.";
    expect(paragraphsOf(text)).toEqual([
      "Mary Oliver put it best:",
      "Instructions for living a life:\nPay attention.\nBe astonished.\nTell about it.",
      "Roses are red,\nviolets are blue.",
      "A soft break is a space.",
      "A paragraph whose last line ends in two spaces.",
      "Next.",
    ]);
  });

  it("reads trailing spaces left on hard-wrapped prose, or in the middle of a phrase, as a wrap, not a break", () => {
    const wrapped = "The river was wide and deep where the old ferry crossed it, and  \nthe ferryman knew every sandbank between the two villages, by  \nname, and by the season in which it moved.";
    expect(paragraphsOf(wrapped)).toEqual(["The river was wide and deep where the old ferry crossed it, and the ferryman knew every sandbank between the two villages, by name, and by the season in which it moved."]);
    expect(paragraphsOf("A short line  \nthat carries on, and a nego-  \ntiation.")).toEqual(["A short line that carries on, and a negotiation."]);
  });

  it("reads one paragraph a line, with no blank lines between, as the author's paragraphs", () => {
    const lines = [
      "Walking is the oldest way of getting anywhere, and for most of history it was the only way most people had. A farmer walked to market, and a soldier walked to war.",
      "The car changed that in a single lifetime. By 1960 the average American walked less than a mile a day, and the suburbs assumed that nobody would walk at all.",
      "Now the pendulum is swinging back. Cities are widening pavements and closing streets to traffic on Sundays, and counting pedestrians with care.",
    ];
    expect(paragraphsOf(`# Notes on Walking\n\n${lines.join("\n")}`)).toEqual(lines);
  });

  it("keeps one sentence a line (semantic line breaks) and hard-wrapped lines in one paragraph", () => {
    expect(paragraphsOf("# T\n\nThe first sentence is here.\nThe second one follows it.\nAnd a third.\n\nNext paragraph.")).toEqual(["The first sentence is here. The second one follows it. And a third.", "Next paragraph."]);
  });

  it("keeps the lines of a poem quoted in a block quote, and still joins quoted prose", () => {
    const stanza = ["> Whose woods these are I think I know.", "> His house is in the village though;", "> He will not see me stopping here", "> To watch his woods fill up with snow."];
    const prose = "> A quoted passage of prose that an editor wrapped at a comfortable width, so that it runs on\n> over two lines of the source.";
    expect(paragraphsOf(`# On Frost\n\nThe poem opens:\n\n${stanza.join("\n")}\n\n${prose}`)).toEqual([
      "The poem opens:",
      stanza.map((line) => line.slice(2)).join("\n"),
      "A quoted passage of prose that an editor wrapped at a comfortable width, so that it runs on over two lines of the source.",
    ]);
  });

  it("takes the author from Notion's property lines under the title and drops the rest", () => {
    const essay = essayOf("# On Keeping a Commonplace Book\n\nAuthor: Ruth Adeyemi\nCreated: March 3, 2024 10:12 AM\nTags: Essay, Reading\n\nA commonplace book is a notebook of other people's sentences.\n\nThe habit nearly died.");
    expect(essay.meta).toMatchObject({ title: "On Keeping a Commonplace Book", author: "Ruth Adeyemi" });
    expect(essay.paragraphs.map((paragraph) => paragraph.text)).toEqual(["A commonplace book is a notebook of other people's sentences.", "The habit nearly died."]);
  });
});

describe("Markdown's edge cases", () => {
  it("reads a sentence over \"---\" as a paragraph and a rule, not as a heading", () => {
    const essay = essayOf("# Title\n\nSome paragraph text that ends here, and it is long enough to be prose.\n---\nNext paragraph after the rule.\n\nShort Heading\n---\n\nText under it.");
    expect(essay.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Some paragraph text that ends here, and it is long enough to be prose.", "Next paragraph after the rule.", "Text under it."]);
    expect(essay.paragraphs[2]?.heading).toBe("Short Heading");
  });

  it("reads HTML line breaks as line ends, block tags as breaks between words, e-mail autolinks as addresses", () => {
    expect(paragraphsOf("Line one<br>line two<br/>line three.\n\n<details><summary>Click</summary>Hidden text.</details>\n\nWrite to <jane@example.org>.")).toEqual([
      "Line one\nline two\nline three.",
      "Click Hidden text.",
      "Write to jane@example.org.",
    ]);
  });

  it("drops heading attributes and inline footnotes, keeping the words", () => {
    const essay = essayOf("# Title\n\n## A heading with an id {#heading-id}\n\nA claim^[An inline note.] stands.\n\n## Another {.unnumbered}\n\nMore.");
    expect(essay.sections.map((section) => section.title)).toEqual(["A heading with an id", "Another"]);
    expect(essay.paragraphs[0]?.text).toBe("A claim stands.");
  });

  it("drops web reference marks after links are read, keeping reference-style links", () => {
    expect(paragraphsOf("It was founded in 1850.[3] See [the archive][1] and [4](https://example.org).\n\n[1]: https://example.org/archive")).toEqual([
      "It was founded in 1850. See the archive and 4.",
    ]);
  });

  it("keeps the author's HTML paragraphs apart and reads an HTML heading as a heading", () => {
    const essay = essayOf("# Title\n\n<p>First paragraph in HTML.</p>\n<p>Second paragraph in HTML.</p>\n<h2>An HTML heading</h2>\n<div class=\"x\">\nA note in a div.\n</div>");
    expect(essay.paragraphs.map((paragraph) => paragraph.text)).toEqual(["First paragraph in HTML.", "Second paragraph in HTML.", "A note in a div."]);
    expect(essay.paragraphs[2]?.heading).toBe("An HTML heading");
  });
});

describe("Markdown exported by Google Docs, Pandoc and Notion", () => {
  it("drops reference-style images and their data definitions, unescapes, reads Pandoc spans and Notion asides", () => {
    const text = "# **The Garden in Winter**\n\nThe beds are bare\\. The work has changed shape\\.\n\n![][image1]\n\n1\\. This is a sentence that starts with a number\\.\n\nSome [underlined words]{.underline} here.\n\n<aside>\n💡 A callout that matters.\n</aside>\n\n[image1]: <data:image/png;base64,iVBORw0KGgo=>";
    const essay = essayOf(text);
    expect(essay.meta.title).toBe("The Garden in Winter");
    expect(essay.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "The beds are bare. The work has changed shape.",
      "1. This is a sentence that starts with a number.",
      "Some underlined words here.",
      "💡 A callout that matters.",
    ]);
  });
});

describe("front matter as static-site generators write it", () => {
  it("reads a YAML block scalar (\"title: >-\") as the value", () => {
    const essay = essayOf("---\ntitle: >-\n  A Long Title That\n  Wraps Over Lines\nauthor: |\n  Jo Bloggs\ntags: [a, b]\n---\n\nText here.");
    expect(essay.meta).toMatchObject({ title: "A Long Title That Wraps Over Lines", author: "Jo Bloggs" });
    expect(essay.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Text here."]);
  });

  it("reads Hugo's TOML front matter between \"+++\" lines, and reports one that is never closed", () => {
    const essay = essayOf('+++\ntitle = "Hugo Essay"\nauthor = \'Ann Lee\' # the author\ndate = 2024-01-01\ntags = ["a", "b"]\n[params]\nsource = "not this"\n+++\n\nText here.');
    expect(essay.meta).toMatchObject({ title: "Hugo Essay", author: "Ann Lee", date: "2024-01-01" });
    expect(essay.meta.source).toBeUndefined();
    expect(essay.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Text here."]);
    expect(parseFrontMatter('+++\ntitle = "Open"\n\nText.')).toMatchObject({ ok: false, message: expect.stringMatching(/"\+\+\+" on line 1 but is never closed/) });
  });
});

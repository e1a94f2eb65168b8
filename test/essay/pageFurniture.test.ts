import { describe, expect, it } from "vitest";
import { normaliseText } from "../../src/essay/normaliseText.js";
import { dropPageFurniture } from "../../src/essay/pageFurniture.js";

/** The lines that survive, blank ones and page breaks left out. */
const kept = (text: string) =>
  dropPageFurniture(normaliseText(text).split("\n"))
    .map((line) => line.trim())
    .filter((line) => line !== "");

const sentence = (words: string) => `${words} runs on for a while, as sentences in essays tend to do.`;

describe("dropPageFurniture", () => {
  it("drops a running header repeated at page tops, keeping the first line as the title", () => {
    const text = ["Who Owns a River?", "", sentence("The first page"), "", "Page 1 of 3", "\f", "WHO OWNS A RIVER?", "", sentence("The second page"), "", "Page 2 of 3", "\f", "WHO OWNS A RIVER?", "", sentence("The third page")].join("\r\n");
    expect(kept(text)).toEqual(["Who Owns a River?", sentence("The first page"), sentence("The second page"), sentence("The third page")]);
  });

  it("drops page numbers in their usual forms, and footers that differ only in their numbers", () => {
    const page = (number: number) => [sentence(`Page ${number} text`), "", `Okafor · Water Rights · ${number}`, `— ${number} —`, "\f"].join("\n");
    expect(kept([page(1), page(2), page(3)].join("\n"))).toEqual([sentence("Page 1 text"), sentence("Page 2 text"), sentence("Page 3 text")]);
  });

  it("keeps a short line that stands at only one page boundary when no sentence is cut there", () => {
    const text = [sentence("Before the break"), "", "A Short Heading", "\f", sentence("After the break")].join("\n");
    expect(kept(text)).toContain("A Short Heading");
  });

  it("drops a header printed once between the halves of a sentence cut by a page boundary", () => {
    const text = ["None of this means the plan was foolish. It means that the", "", "", "", "THE HARBOUR QUESTION  2", "", "people who made it were answering another question."].join("\n");
    expect(kept(text)).toEqual(["None of this means the plan was foolish. It means that the", "people who made it were answering another question."]);
  });

  it("drops a numbered running header found with no page gap, the first line too, when one stands inside a sentence", () => {
    const body = "For most of human history the floor of the ocean was less well known than the far side of";
    const text = ["OCEAN PIONEERS   2", "", "The Woman Who Mapped the Seafloor", "", sentence("The first page"), body, "", "", "OCEAN PIONEERS   3", "", "the moon, and she set out to change that."].join("\n");
    expect(kept(text)).toEqual(["The Woman Who Mapped the Seafloor", sentence("The first page"), body, "the moon, and she set out to change that."]);
  });

  it("keeps numbered headings that never interrupt a sentence", () => {
    const text = ["Chapter 1", "", sentence("The first chapter"), "", "Chapter 2", "", sentence("The second chapter")].join("\n");
    expect(kept(text)).toEqual(["Chapter 1", sentence("The first chapter"), "Chapter 2", sentence("The second chapter")]);
  });

  it("drops footnotes at the foot of a page and their superscript markers, but keeps powers of units", () => {
    const text = ["The meeting in Singapore¹ took a day.² It covered 40 km² of ground.", "", "¹ Singapore also hosted an earlier summit.", "² The day was long.", "", "— 1 —", "\f", sentence("The next page")].join("\n");
    expect(kept(text)).toEqual(["The meeting in Singapore took a day. It covered 40 km² of ground.", sentence("The next page")]);
  });

  it("drops a notes block at the end and the plain-digit markers that point into it", () => {
    const body = Array.from({ length: 6 }, (_unused, index) => sentence(`Paragraph ${index + 1}`));
    const text = ["The water was allocated years ago.1 The G7 met in 2019.", "", "Rivers ran dry in 3.5 per cent of years.2", "", ...body.flatMap((line) => [line, ""]), "Notes", "", "1 See Gray (2011), p. 14.", "2 Figures from the 2020 report."].join("\n");
    const lines = kept(text);
    expect(lines[0]).toBe("The water was allocated years ago. The G7 met in 2019.");
    expect(lines[1]).toBe("Rivers ran dry in 3.5 per cent of years.");
    expect(lines.join(" ")).not.toMatch(/Notes|Gray|Figures from/);
  });

  it("keeps a line called Notes in the first half of the text, and digits after words when there are no notes", () => {
    const text = ["Notes", "", sentence("A diary of notes"), "", "It was the COVID-19 year and the G7 met in spring, as item 2 says.", "", sentence("More text"), "", sentence("Even more text")].join("\n");
    expect(kept(text)).toEqual(["Notes", sentence("A diary of notes"), "It was the COVID-19 year and the G7 met in spring, as item 2 says.", sentence("More text"), sentence("Even more text")]);
  });
});

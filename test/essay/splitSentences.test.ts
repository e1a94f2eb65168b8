import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/essay/index.js";

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe("splitSentences", () => {
  it("splits at full stops, question marks and exclamation marks", () => {
    expect(texts("One thing. Two things? Three things! Four")).toEqual(["One thing.", "Two things?", "Three things!", "Four"]);
  });

  it("survives dotted abbreviations before lower case and names", () => {
    expect(texts("The U.S. obviously decided. Then the U.S. President spoke.")).toEqual(["The U.S. obviously decided.", "Then the U.S. President spoke."]);
  });

  it("ends a sentence after a dotted abbreviation when a typical opener follows", () => {
    expect(texts("They moved to the U.S. The rest is history.")).toEqual(["They moved to the U.S.", "The rest is history."]);
  });

  it("survives titles and initials", () => {
    expect(texts("Mr. Smith met Dr. Jones and J. R. R. Tolkien. George W. Bush was not there.")).toEqual([
      "Mr. Smith met Dr. Jones and J. R. R. Tolkien.",
      "George W. Bush was not there.",
    ]);
  });

  it("survives e.g., i.e., etc. mid-sentence and decimals", () => {
    expect(texts("Some rivers, e.g. the Rhine, grew by 3.5 per cent, i.e. a lot. Others did not.")).toEqual([
      "Some rivers, e.g. the Rhine, grew by 3.5 per cent, i.e. a lot.",
      "Others did not.",
    ]);
  });

  it("keeps closing quotes and brackets with the sentence they end", () => {
    expect(texts("He said, “Stop.” Then he left. (It was late.) We stayed.")).toEqual(["He said, “Stop.”", "Then he left.", "(It was late.)", "We stayed."]);
  });

  it("does not split inside a quotation followed by its attribution", () => {
    expect(texts("“Why now?” she asked. “Because,” he said.")).toEqual(["“Why now?” she asked.", "“Because,” he said."]);
  });

  it("treats an ellipsis as an end only before a capital", () => {
    expect(texts("We waited... and waited… Then it came.")).toEqual(["We waited... and waited…", "Then it came."]);
  });

  it("does not break at numbered references", () => {
    expect(texts("See p. 12 and No. 5 for details. Fig. 3 shows it.")).toEqual(["See p. 12 and No. 5 for details.", "Fig. 3 shows it."]);
  });

  it("treats each line of a list as its own unit", () => {
    expect(texts("• cheap books\n• long hours")).toEqual(["• cheap books", "• long hours"]);
  });

  it("locates every sentence exactly", () => {
    const text = "  First one.  Second “two.” Third (three)?   ";
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(texts(text)).toEqual(["First one.", "Second “two.”", "Third (three)?"]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("  \n ")).toEqual([]);
  });
});

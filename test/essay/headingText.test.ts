import { describe, expect, it } from "vitest";
import { headingText, isBareNumbering, isNumberedLine, titleCase } from "../../src/essay/headingText.js";

const names = new Map([
  ["nato", "NATO"],
  ["mississippi", "Mississippi"],
]);
const spelling = (word: string) => names.get(word);

describe("headingText", () => {
  it("drops a heading's own numbering", () => {
    expect(headingText("2. Rules Written for Plenty")).toBe("Rules Written for Plenty");
    expect(headingText("1.2 The second part")).toBe("The second part");
    expect(headingText("(3) Objections")).toBe("Objections");
    expect(headingText("1 Introduction")).toBe("Introduction");
    expect(headingText("Conclusion:")).toBe("Conclusion");
  });

  it("brings shouted capitals down to sentence case, keeping names and acronyms as the essay writes them", () => {
    expect(headingText("II. THE ARGUMENT")).toBe("The argument");
    expect(headingText("WHY NATO MATTERS ON THE MISSISSIPPI", spelling)).toBe("Why NATO matters on the Mississippi");
  });

  it("leaves headings as the author wrote them otherwise", () => {
    expect(headingText("What the pilot sees")).toBe("What the pilot sees");
    expect(headingText("1984 Revisited")).toBe("1984 Revisited");
    expect(headingText("II")).toBe("II");
  });
});

describe("titleCase", () => {
  it("turns a shouted title into title case, small words in lower case", () => {
    expect(titleCase("THE CASE FOR BOREDOM")).toBe("The Case for Boredom");
    expect(titleCase("WHO OWNS A RIVER?")).toBe("Who Owns a River?");
    expect(titleCase("THE WEEK: A REVIEW OF NATO", spelling)).toBe("The Week: A Review of NATO");
  });

  it("leaves a title that does not shout", () => {
    expect(titleCase("The Library and Its Readers")).toBe("The Library and Its Readers");
  });
});

describe("numbered and bare headings", () => {
  it("knows a heading that only numbers a part", () => {
    for (const heading of ["Part Two", "Chapter 3", "PART ONE", "II", "Book IV"]) expect(isBareNumbering(heading)).toBe(true);
    for (const heading of ["Part Two: The Argument", "The Second Part", "Chapter and verse"]) expect(isBareNumbering(heading)).toBe(false);
  });

  it("knows a line that numbers itself", () => {
    expect(isNumberedLine("1. The Problem")).toBe(true);
    expect(isNumberedLine("IV. WHAT TO DO")).toBe(true);
    expect(isNumberedLine("The Problem")).toBe(false);
    expect(isNumberedLine("2001: A Space Odyssey")).toBe(false);
  });
});

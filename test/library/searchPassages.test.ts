import { describe, expect, it } from "vitest";
import { searchPassages, searchWords } from "../../src/library/searchPassages.js";
import { handmadeReading, summitReading } from "../support/handmadeReading.js";

const { essay } = summitReading();

describe("searchPassages: the passage containing the words", () => {
  it("finds the excerpt that contains every word, ignoring case", () => {
    const outcome = searchPassages(essay, "SANCTIONS pressure");
    expect(outcome.kind).toBe("found");
    if (outcome.kind !== "found") return;
    expect(outcome.matches).toHaveLength(1);
    expect(outcome.matches[0]?.section.number).toBe(2);
    expect(outcome.matches[0]?.excerptIndex).toBe(0);
    expect(outcome.matches[0]?.text).toContain("pressure campaign");
  });

  it("ignores accents and curly apostrophes", () => {
    for (const query of ["perez", "PÉREZ report", "kim's advisers", "Kim’s"]) {
      const outcome = searchPassages(essay, query);
      expect(outcome.kind, query).toBe("found");
      if (outcome.kind === "found") expect(outcome.matches[0]?.excerptIndex, query).toBe(1);
    }
  });

  it("lets a word be the start of a longer one, but not a one- or two-letter word", () => {
    expect(searchPassages(essay, "sanction").kind).toBe("found");
    expect(searchPassages(essay, "negotiat").kind).toBe("found");
    const short = searchPassages(essay, "do");
    // "do" must be a whole word: "door" does not count.
    expect(short.kind).toBe("missed");
  });

  it("ranks a passage with the words together, in order, above one where they are apart", () => {
    const reading = handmadeReading("ranked", "Ranked", [
      { title: "Apart", paragraphs: ["An open door; a road."] },
      { title: "Together", paragraphs: ["They walked for a very long time down the open road together, talking."] },
    ]);
    const outcome = searchPassages(reading.essay, "open road");
    expect(outcome.kind).toBe("found");
    if (outcome.kind !== "found") return;
    expect(outcome.matches.map((match) => match.section.title)).toEqual(["Together", "Apart"]);
    expect(outcome.matches[0]?.phrase).toBe(true);
    expect(outcome.matches[1]?.phrase).toBe(false);
  });

  it("ranks more occurrences first when neither is a phrase", () => {
    const reading = handmadeReading("counts", "Counts", [
      { title: "Once", paragraphs: ["Trade matters."] },
      { title: "Thrice", paragraphs: ["Trade, trade and more trade."] },
    ]);
    const outcome = searchPassages(reading.essay, "trade");
    expect(outcome.kind === "found" && outcome.matches.map((match) => match.section.title)).toEqual(["Thrice", "Once"]);
  });

  it("falls back to the shortest run of sentences when no excerpt holds every word", () => {
    // Two excerpts, one word in each: no excerpt matches, the section's sentences do.
    const reading = handmadeReading("spread", "Spread", [
      { title: "Split", paragraphs: ["Alpha is here. Filler sentence.", "Beta is there."], excerpts: [[0], [1]] },
    ]);
    const outcome = searchPassages(reading.essay, "alpha beta");
    expect(outcome.kind).toBe("found");
    if (outcome.kind !== "found") return;
    const match = outcome.matches[0];
    expect(match?.excerptIndex).toBeNull();
    expect(match?.text).toBe("Alpha is here. Filler sentence.\n\nBeta is there.");
    expect(match?.paragraphs).toEqual([0, 1]);
  });

  it("searches only the given section when one is given", () => {
    const within = essay.sections[2];
    expect(searchPassages(essay, "sanctions", within).kind).toBe("missed");
    expect(searchPassages(essay, "door", within).kind).toBe("found");
  });

  it("says which words appear nowhere", () => {
    const outcome = searchPassages(essay, "sanctions banana");
    expect(outcome).toEqual({ kind: "missed", words: ["sanctions", "banana"], absent: ["banana"] });
  });

  it("tells a miss where each word appears but never together", () => {
    const outcome = searchPassages(essay, "delegates door");
    expect(outcome).toEqual({ kind: "missed", words: ["delegates", "door"], absent: [] });
  });

  it("treats nothing searchable as empty", () => {
    for (const query of ["", "   ", "?!…", '""']) expect(searchPassages(essay, query).kind, JSON.stringify(query)).toBe("empty");
    expect(searchWords("Door door DOOR")).toEqual(["door"]);
  });
});

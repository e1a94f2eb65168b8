import { describe, expect, it } from "vitest";
import { findSection } from "../../src/library/findSection.js";
import { findReading, createLibrary } from "../../src/library/library.js";
import { handmadeReading, summitReading } from "../support/handmadeReading.js";

const { essay } = summitReading();

describe("findSection", () => {
  it("finds a section by number, 'section N', or its id", () => {
    expect(findSection(essay, "2")).toMatchObject({ kind: "found", section: { number: 2 } });
    expect(findSection(essay, 3)).toMatchObject({ kind: "found", section: { number: 3 } });
    expect(findSection(essay, " Section 1 ")).toMatchObject({ kind: "found", section: { number: 1 } });
    expect(findSection(essay, essay.sections[1]?.id ?? "")).toMatchObject({ kind: "found", section: { number: 2 } });
  });

  it("reports a number outside the reading with the count", () => {
    expect(findSection(essay, "9")).toEqual({ kind: "missing", asked: "9", number: 9, count: 3 });
    expect(findSection(essay, "0")).toMatchObject({ kind: "missing", number: 0 });
  });

  it("finds a section by words of its title, without case or accents", () => {
    expect(findSection(essay, "sanctions")).toMatchObject({ kind: "found", section: { number: 2 } });
    expect(findSection(essay, "ROAD ahead")).toMatchObject({ kind: "found", section: { number: 3 } });
    expect(findSection(essay, "The road ahead")).toMatchObject({ kind: "found", section: { number: 3 } });
  });

  it("says when words fit several sections, and when they fit none", () => {
    const reading = handmadeReading("twins", "Twins", [
      { title: "Trade in Asia", paragraphs: ["One."] },
      { title: "Trade in Europe", paragraphs: ["Two."] },
    ]);
    const lookup = findSection(reading.essay, "trade");
    expect(lookup.kind).toBe("ambiguous");
    expect(lookup.kind === "ambiguous" && lookup.candidates.map((section) => section.number)).toEqual([1, 2]);
    expect(findSection(reading.essay, "trade europe")).toMatchObject({ kind: "found", section: { number: 2 } });
    expect(findSection(reading.essay, "bananas")).toEqual({ kind: "missing", asked: "bananas", number: null, count: 2 });
  });
});

describe("findReading", () => {
  const first = handmadeReading("a-first", "Alpha Essay", [{ title: "One", paragraphs: ["Text."] }]);
  const second = handmadeReading("b-second", "Béta Essay", [{ title: "One", paragraphs: ["Text."] }]);
  const library = createLibrary([second, first]);

  it("defaults to the first reading by file name", () => {
    expect(library.readings.map((reading) => reading.essay.id)).toEqual(["a-first", "b-second"]);
    expect(findReading(library, null)).toEqual({ kind: "found", reading: first });
    expect(findReading(library, "  ")).toEqual({ kind: "found", reading: first });
  });

  it("finds a reading by id or by the start of its title", () => {
    expect(findReading(library, "b-second")).toEqual({ kind: "found", reading: second });
    expect(findReading(library, "beta")).toEqual({ kind: "found", reading: second });
    expect(findReading(library, "essay")).toEqual({ kind: "unknown", asked: "essay" });
  });

  it("says when nothing is loaded", () => {
    expect(findReading(createLibrary([]), null)).toEqual({ kind: "none-loaded" });
  });
});

import { describe, expect, it } from "vitest";
import { MAX_CHOICE_LENGTH, MAX_CHOICES, readingChoices, sectionChoices } from "../../src/library/autocompleteChoices.js";
import { createLibrary } from "../../src/library/library.js";
import { handmadeReading, summitReading } from "../support/handmadeReading.js";

describe("section autocomplete", () => {
  const { essay } = summitReading();

  it("offers every section as 'number · title' with the number as value", () => {
    expect(sectionChoices(essay, "")).toEqual([
      { name: "1 · Arrival", value: "1" },
      { name: "2 · Sanctions and pressure", value: "2" },
      { name: "3 · The road ahead", value: "3" },
    ]);
  });

  it("filters by the start of title words, even one letter, or by number", () => {
    expect(sectionChoices(essay, "s").map((choice) => choice.value)).toEqual(["2"]);
    expect(sectionChoices(essay, "the ro").map((choice) => choice.value)).toEqual(["3"]);
    expect(sectionChoices(essay, "3").map((choice) => choice.value)).toEqual(["3"]);
    expect(sectionChoices(essay, "zebra")).toEqual([]);
  });

  it("keeps to 25 choices and 100-character names", () => {
    const long = "A very long title about sanctions, summits and everything that came after them ".repeat(3);
    const reading = handmadeReading(
      "long",
      "Long",
      Array.from({ length: 40 }, (_, index) => ({ title: `${long}${index + 1}`, paragraphs: [`Paragraph ${index + 1}.`] })),
    );
    const choices = sectionChoices(reading.essay, "");
    expect(choices).toHaveLength(MAX_CHOICES);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(MAX_CHOICE_LENGTH);
      expect(choice.name.endsWith("…")).toBe(true);
    }
    expect(sectionChoices(reading.essay, "1").map((choice) => choice.value)).toEqual(["1", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19"]);
  });
});

describe("reading autocomplete", () => {
  it("offers titles with the essay id as value, filtered by what is typed", () => {
    const library = createLibrary([
      handmadeReading("summit", "The Summit", [{ title: "One", paragraphs: ["Text."] }]),
      handmadeReading("drift", "Continental Drift", [{ title: "One", paragraphs: ["Text."] }]),
    ]);
    expect(readingChoices(library, "")).toEqual([
      { name: "Continental Drift", value: "drift" },
      { name: "The Summit", value: "summit" },
    ]);
    expect(readingChoices(library, "sum")).toEqual([{ name: "The Summit", value: "summit" }]);
  });
});

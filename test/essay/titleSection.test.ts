import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildEssay, type Essay } from "../../src/essay/index.js";
import { essayVocabulary } from "../../src/essay/essayVocabulary.js";
import { newTitleMemory, rankTitles, titleSection } from "../../src/essay/titleSection.js";
import { VERB_FORMS } from "../../src/essay/verbForms.js";

const folder = new URL("../fixtures/essays/", import.meta.url);
const seed = readFileSync(new URL("../../seeds/singapore-summit.txt", import.meta.url), "utf8");
const essays: Essay[] = [
  buildEssay(seed, { file: "singapore-summit.txt" }),
  ...readdirSync(folder).map((name) => buildEssay(readFileSync(new URL(name, folder), "utf8"), { file: name })),
];
const untitled = essays.flatMap((essay) => essay.sections.filter((section) => !section.titleFromHeading).map((section) => ({ essay, section })));
/** Words a title must not end on: articles, prepositions, conjunctions, pronouns, auxiliaries. */
const FUNCTION_WORDS = new Set(
  "a an the of to in on at by for with from into about as and or but nor so yet if that which who whom whose this these those it its he she they them his her their we our you your i is are was were be been has have had do does did will would can could may might must should not".split(" "),
);
const sectionText = (essay: Essay, first: number, last: number) => essay.paragraphs.slice(first, last + 1).map((paragraph) => paragraph.text).join(" ");

describe("titleSection", () => {
  it("titles every section without a heading with a short noun phrase in sentence case", () => {
    expect(untitled.length).toBeGreaterThan(30);
    for (const { section } of untitled) {
      const words = section.title.split(" ");
      expect(section.title.length).toBeLessThanOrEqual(48);
      expect(words.length).toBeGreaterThanOrEqual(1);
      expect(words.length).toBeLessThanOrEqual(6);
      expect(section.title).toMatch(/^\p{Lu}/u);
      expect(section.title).not.toMatch(/\d|[,;:.!?]$/u);
      const last = words[words.length - 1]!.toLowerCase();
      expect(FUNCTION_WORDS.has(last), `${section.title} ends in a function word`).toBe(false);
      expect(VERB_FORMS.has(last), `${section.title} ends in a verb`).toBe(false);
    }
  });

  it("mostly uses phrases of two words or more", () => {
    const multiWord = untitled.filter(({ section }) => section.title.includes(" ")).length;
    expect(multiWord / untitled.length).toBeGreaterThan(0.85);
  });

  it("takes each title word for word from its own section", () => {
    for (const { essay, section } of untitled) {
      const text = sectionText(essay, ...section.paragraphs).toLowerCase();
      expect(text, section.title).toContain(section.title.toLowerCase());
    }
  });

  it("never repeats a title within an essay, nor the essay's own title", () => {
    for (const essay of essays) {
      const titles = essay.sections.map((section) => section.title.toLowerCase());
      expect(new Set(titles).size).toBe(titles.length);
      expect(titles).not.toContain(essay.meta.title.toLowerCase());
    }
  });

  it("names the seed's sections by what they discuss", () => {
    const essay = essays[0]!;
    const titleOf = (paragraph: number) => essay.sections.find((section) => section.paragraphs[0] <= paragraph && paragraph <= section.paragraphs[1])!.title;
    expect(titleOf(1)).toBe("International sanctions");
    expect(titleOf(8)).toMatch(/Korean leader$/);
    expect(titleOf(10)).toBe("Human rights");
  });

  it("keeps names capitalised as the essay writes them", () => {
    const texts = ["The talks in Singapore went well. Many in Singapore hoped the talks would last, and the talks did.", "Other section text about weather and rain, and more rain."];
    const vocabulary = essayVocabulary(texts);
    const ranked = rankTitles(texts[0]!.split(/(?<=\.) /), vocabulary, 0).map((candidate) => candidate.title);
    expect(ranked).toContain("The talks in Singapore");
    expect(ranked.every((title) => !title.includes("singapore"))).toBe(true);
  });

  it("prefers a phrase to a lone word, and a topical phrase to a vague one", () => {
    const sentences = [
      "Economists taught that shared resources were doomed.",
      "If a pasture belonged to everyone, each herder would add one more cow, and the pasture was ruined.",
      "The tragedy of the pasture was the lesson of the whole thing.",
    ];
    const title = titleSection(sentences, essayVocabulary([sentences.join(" "), "Something else entirely about trains."]), 0);
    expect(title.split(" ").length).toBeGreaterThan(1);
    expect(title.toLowerCase()).toMatch(/pasture|resources/);
    expect(title.toLowerCase()).not.toMatch(/thing|way/);
  });

  it("avoids titles already taken and phrases made only of the essay title's words", () => {
    const sentences = ["Night trains are slow.", "Night trains are loved by their passengers.", "Night trains carry sleepers across the continent."];
    const vocabulary = essayVocabulary([sentences.join(" ")]);
    const memory = newTitleMemory("Night Trains");
    const first = titleSection(sentences, vocabulary, 0, memory);
    const second = titleSection(sentences, vocabulary, 0, memory);
    expect(first.toLowerCase()).not.toBe("night trains");
    expect(second).not.toBe(first);
  });

  it("is deterministic", () => {
    const again = buildEssay(seed, { file: "singapore-summit.txt" });
    expect(again.sections.map((section) => section.title)).toEqual(essays[0]!.sections.map((section) => section.title));
  });
});

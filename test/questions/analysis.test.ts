// The analysis pieces the generator stands on: tagging located in the text, actors, key phrases,
// cue words, quotable spans and centrality.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";
import { analyseEssay } from "../../src/questions/analysis/analyseEssay.js";
import { findCues } from "../../src/questions/analysis/cues.js";
import { sentenceCentrality } from "../../src/questions/analysis/centrality.js";
import { nounPhrases } from "../../src/questions/analysis/keyPhrases.js";
import { quotableSpan, segments } from "../../src/questions/analysis/spans.js";
import { tagSentence } from "../../src/questions/analysis/tagger.js";
import type { TaggedSentence } from "../../src/questions/analysis/taggedSentence.js";

const seed = analyseEssay(buildEssay(readFileSync("seeds/singapore-summit.txt", "utf8"), { file: "seeds/singapore-summit.txt" }));
const tagged = (text: string, index = 0): TaggedSentence => ({ index, position: 0, opensParagraph: true, text, tokens: tagSentence(text) });
const whole = (text: string, maxWords = 15) => {
  const sentence = tagged(text);
  return quotableSpan(sentence, 0, sentence.tokens.length, maxWords);
};

describe("tagging", () => {
  it("locates every token exactly in its sentence", () => {
    for (const section of seed.sections) {
      for (const sentence of section.sentences) {
        for (const token of sentence.tokens) expect(sentence.text.slice(token.start, token.end)).toBe(token.text);
      }
    }
  });

  it("tags names mid-sentence as proper nouns even where the light model says verb", () => {
    const tokens = tagSentence("Seattle's ORCA LIFT programme halves fares.");
    expect(tokens.find((t) => t.text === "LIFT")?.pos).toBe("PROPN");
  });
});

describe("actors", () => {
  const byName = new Map(seed.actors.map((a) => [a.name, a]));
  it("finds the seed's people, countries and groups", () => {
    for (const person of ["Kim", "Trump", "Xi Jinping", "Moon Jae-in"]) expect(byName.get(person)?.kind, person).toBe("person");
    for (const country of ["North Korea", "China", "Singapore"]) expect(byName.get(country)?.kind, country).toBe("country");
    expect(["United States", "U.S."].some((name) => byName.get(name)?.kind === "country")).toBe(true);
    expect(byName.get("professional negotiators")?.kind).toBe("group");
  });

  it("does not take a capital at the start of a sentence, a title or a nationality for a name", () => {
    for (const wrong of ["Much", "President", "Chinese", "North Korean", "Both"]) expect(byName.has(wrong), wrong).toBe(false);
  });

  it("merges a person's mentions under one name and counts when they act", () => {
    const kim = byName.get("Kim")!;
    expect(kim.mentions.length).toBeGreaterThanOrEqual(6);
    expect(kim.agency).toBeGreaterThanOrEqual(3);
  });
});

describe("key phrases", () => {
  it("chunks noun phrases with their article for quoting and keeps an 'of' phrase whole", () => {
    const phrases = nounPhrases(tagged("Negotiators have an enormous task ahead to narrow this gulf and develop an agreed, incremental roadmap of actions and timetables."));
    expect(phrases.map((p) => p.quoted)).toEqual(expect.arrayContaining(["an enormous task", "incremental roadmap of actions"]));
  });

  it("ranks a section's particular phrases above words the whole essay uses", () => {
    const section = seed.sections.find((s) => s.sentences.some((t) => t.text.includes("maximum pressure")))!;
    const top = section.keyPhrases.slice(0, 8).map((k) => k.text);
    expect(top.some((text) => /sanctions|maximum pressure|national security priority/.test(text))).toBe(true);
  });
});

describe("cue words", () => {
  const kinds = (text: string) => findCues(tagSentence(text)).map((c) => `${c.kind}:${c.text.toLowerCase()}`);
  it("finds contrast, concession, cause, condition, hedges, boosters and obligation", () => {
    expect(kinds("The options might work, but they carried tremendous risks.")).toEqual(expect.arrayContaining(["hedge:might", "contrast:but", "stance:tremendous"]));
    expect(kinds("Although fares are low, agencies cut service because budgets shrink.")).toEqual(expect.arrayContaining(["concession:although", "cause:because"]));
    expect(kinds("If Kim truly decided, the process will clearly need to change.")).toEqual(expect.arrayContaining(["condition:if", "prediction:will", "booster:clearly", "obligation:need to"]));
  });

  it("skips the senses that are no cue", () => {
    expect(kinds("So many riders have walked since 2013, and they do not yet know.")).not.toEqual(expect.arrayContaining([expect.stringMatching(/^cause:so$|^cause:since$|^contrast:yet$/)]));
    expect(kinds("Kim’s testing programs had lost support, his only putative ally (China) was unhappy.")).not.toContain("booster:only");
    expect(kinds("The only way out was to talk.")).toContain("booster:only");
  });
});

describe("quotable spans", () => {
  it("quotes whole short clauses exactly", () => {
    const span = whole("Both leaders had painted themselves into corners.");
    expect(span?.text).toBe("Both leaders had painted themselves into corners");
    expect(span?.shape).toBe("clause");
    expect(span?.complete).toBe(true);
  });

  it("cuts long clauses before a modifier, never leaving a dangling word or a verb without its object", () => {
    const span = whole("The sanctions were probably taking a serious toll on an economy that has been modestly growing with an aspiring middle class.");
    expect(span?.text).toBe("The sanctions were probably taking a serious toll on an economy");
    const cut = whole("Both were determined not to let skeptics in their own countries derail or even delay the meeting ahead of the summit in June.", 10);
    expect(cut).toBeUndefined();
  });

  it("flags pronouns whose antecedent is outside the quote", () => {
    expect(whole("It back-pedaled for now on some uncomfortable issues.")?.pronounStart).toBe(true);
    expect(whole("Both leaders desperately wanted it to be.")?.unresolved).toBe(true);
    expect(whole("The negotiators must narrow this gulf quickly.")?.unresolved).toBe(true);
    expect(whole("Trump understood Kim’s need for political cover and was willing to give it.")?.unresolved).toBe(false);
    // An object pronoun is not its own clause's subject.
    expect(whole("a warning could have saved it")?.unresolved).toBe(true);
    expect(whole("Each observer knew only the patch of sky above him.")?.unresolved).toBe(false);
    // "made it possible to see": an "it" that stands for what follows.
    expect(whole("The telegraph made it possible to see the weather.")?.unresolved).toBe(false);
  });

  it("does not let an organisation's name stand for 'his' or 'her'", () => {
    const essay = analyseEssay(
      buildEssay("Storm Warnings\n\nRobert FitzRoy, a naval officer, issued the first storm warnings in Britain. After his death, a committee of the Royal Society reviewed his work and found little basis for it. The Royal Society advised the government.\n", { file: "fitzroy.txt" }),
    );
    const sentence = essay.sections.flatMap((s) => s.sentences).find((t) => t.text.startsWith("After his death"))!;
    const comma = sentence.tokens.findIndex((t) => t.text === ",");
    const span = quotableSpan(sentence, comma + 1, sentence.tokens.length, 20);
    expect(span?.text).toMatch(/^a committee of the Royal Society reviewed his work/);
    expect(span?.unresolved).toBe(true);
  });

  it("splits sentences into clauses at connectives and strong punctuation", () => {
    const sentence = tagged("The United States placed maximum pressure, but sanctions have never forced another country to change course.");
    const texts = segments(sentence.tokens).map(([from, to]) => quotableSpan(sentence, from, to, 15)?.text);
    expect(texts).toEqual(["The United States placed maximum pressure", "sanctions have never forced another country to change course"]);
  });
});

describe("centrality", () => {
  it("scores sentences between 0 and 1 with the most central at 1", () => {
    for (const section of seed.sections) {
      const scores = sentenceCentrality(section.sentences);
      expect(Math.max(...scores)).toBeCloseTo(1);
      for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
    }
  });
});

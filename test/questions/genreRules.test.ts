// Round 5's rules, one by one: a section's genre decides which kinds of question it gets (no
// "how convincing" of an explainer's mechanism), a noun phrase is never asked about as a claim,
// and a section short of real questions is made up from its own sentences before a generic filler.
import { describe, expect, it } from "vitest";
import { sectionOf } from "../support/sectionOf.js";
import { argues } from "../../src/questions/analysis/genre.js";
import { hasMainClause } from "../../src/questions/analysis/selfContained.js";
import { quotableSpan } from "../../src/questions/analysis/spans.js";
import { tagSentence } from "../../src/questions/analysis/tagger.js";
import { lastResortQuestions } from "../../src/questions/candidates/lastResort.js";
import { scoredCandidates } from "../../src/questions/sectionQuestions.js";

/** One-section essay; returns the analysis of its only section. */
const EXPLAINER = [
  "Each leaf is a small factory. Sunlight strikes the chlorophyll in its cells, and the energy splits water into oxygen and hydrogen. The oxygen leaves through pores on the underside of the leaf, but the hydrogen stays behind. It joins carbon dioxide from the air to build sugar. The plant never stores much of this sugar in the leaf itself. Most of it travels down the stem to the roots, where it is turned into starch. In winter the tree draws on this store until new leaves open.",
];

const ARGUMENT = [
  "The city should stop giving away kerb space. Free parking is a wasteful and unfair gift to drivers, and it clearly harms everyone who walks or waits for a bus. Critics say that shops will suffer, but the evidence for that fear is weak. Where towns have charged a fair price, trade has usually held up, and the streets have become safer. The council must treat the kerb as the valuable public asset it is.",
];

/** Stems that weigh a claim: only where the text argues. */
const WEIGHING = /^(?:How convincing|How strong is the case|What evidence|How confident|What has to be true|What unstated assumptions|What is the strongest objection|Who would most want to dispute|Which claim in this part)/;

describe("genre per section (round 5)", () => {
  it("reads a present-tense mechanism with a 'but' and a 'never' as explaining, and an op-ed as arguing", () => {
    expect(sectionOf(EXPLAINER).genre).toBe("explains");
    expect(sectionOf(ARGUMENT).genre).toBe("argues");
  });

  it("asks no 'how convincing', 'what evidence', 'how confident', 'what has to be true' or objection of an explainer", () => {
    const section = sectionOf(EXPLAINER);
    const texts = scoredCandidates(section).map((c) => c.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text, text).not.toMatch(WEIGHING);
  });

  it("still weighs the claims of an argument", () => {
    const texts = scoredCandidates(sectionOf(ARGUMENT)).map((c) => c.text);
    expect(texts.some((text) => WEIGHING.test(text))).toBe(true);
  });

  it("lets a sentence that argues outright be weighed in an explaining section", () => {
    const section = sectionOf(EXPLAINER);
    const plain = section.sentences.findIndex((s) => s.text.startsWith("It joins carbon dioxide"));
    expect(argues(section.genre, section.genreSignals, plain)).toBe(false);
    expect(argues("explains", { ...section.genreSignals, sentenceArguing: [1] }, 0)).toBe(true);
    // The weight read from the sentence itself: a judgement pressed with "clearly" argues outright.
    const pressed = sectionOf([`${EXPLAINER[0]} That delay is clearly the crucial weakness of the whole design.`]);
    expect(pressed.genre).toBe("explains");
    const judged = pressed.sentences.findIndex((s) => s.text.startsWith("That delay"));
    expect(argues(pressed.genre, pressed.genreSignals, judged)).toBe(true);
  });
});

describe("no noun phrase asked about as a claim (round 5)", () => {
  const clause = (text: string) => {
    const tokens = tagSentence(text);
    return hasMainClause(tokens, 0, tokens.length);
  };

  it("finds no main clause in a noun phrase with a relative clause, a participle or a predicate cut from its subject", () => {
    expect(clause("A pupil whose mother works nights, or does not read English")).toBe(false);
    expect(clause("a father in a parked van helping a son upload an essay before midnight")).toBe(false);
    expect(clause("simply has no quiet table to work at, faces a harder task than a classmate")).toBe(false);
    expect(clause("Perhaps more towns offering free study rooms in the evening")).toBe(false);
  });

  it("still finds the clause of a full sentence, a gerund subject and an imperative", () => {
    expect(clause("A pupil whose mother works nights, or does not read English, faces a harder task")).toBe(true);
    expect(clause("For another decade forecasting remained a matter of guesswork")).toBe(true);
    expect(clause("Take one walk a week")).toBe(true);
  });
});

describe("last resorts quote the section, framed for its genre (round 5)", () => {
  it("asks an explainer how a step comes about, what would change and where else it is seen, never how it bears on an argument", () => {
    const fillers = lastResortQuestions(sectionOf(EXPLAINER, "How a Leaf Makes Sugar")).filter((c) => c.quotes.length > 0);
    expect(fillers.length).toBeGreaterThan(0);
    for (const filler of fillers) expect(filler.text).not.toMatch(/argument/);
    expect(new Set(fillers.map((c) => c.type)).size).toBeGreaterThanOrEqual(3);
  });

  it("asks nobody to argue with a section that does not argue", () => {
    const fillers = lastResortQuestions(sectionOf(EXPLAINER, "How a Leaf Makes Sugar")).filter((c) => c.quotes.length === 0);
    expect(fillers.length).toBeGreaterThan(0);
    for (const filler of fillers) expect(filler.text).not.toMatch(/disagrees|argue with/);
  });
});

describe("quotes that resume the sentence before (round 5)", () => {
  const leans = (text: string) => {
    const sentence = { index: 0, position: 0, opensParagraph: true, text, tokens: tagSentence(text) };
    const span = quotableSpan(sentence, 0, sentence.tokens.length, 20);
    return span === undefined || span.contextual === true;
  };

  it("treats 'In other words', 'Each one' and a bare 'the same amount' as leaning on context", () => {
    expect(leans("In other words, the pupils who start youngest gain the least from it.")).toBe(true);
    expect(leans("Each one carries a receptor shaped to fit a single molecule.")).toBe(true);
    expect(leans("The birds shifted their heading by about the same amount.")).toBe(true);
  });

  it("keeps a comparison that says what it compares with", () => {
    expect(leans("Rents in Leeds rose by the same amount as wages in a decade.")).toBe(false);
  });
});

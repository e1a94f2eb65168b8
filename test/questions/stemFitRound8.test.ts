// Round 8: stems that misfit their sentence (type misfits) and questions the sentence already
// answers (copyable). The sentences here are invented for the tests (not taken from the
// development essays).
import { describe, expect, it } from "vitest";
import { sectionOf, profileOf } from "../support/sectionOf.js";
import { judgesAs } from "../../src/questions/analysis/evaluativeWords.js";
import { assumptionQuestions } from "../../src/questions/candidates/assumption.js";
import { caseQuestions } from "../../src/questions/candidates/cases.js";
import { clarifyQuestions } from "../../src/questions/candidates/clarify.js";
import { explanationQuestions } from "../../src/questions/candidates/explanation.js";
import { followOnQuestions } from "../../src/questions/candidates/followOn.js";
import { significanceQuestions } from "../../src/questions/candidates/significance.js";

describe("a judging word counts only as the part of speech it judges as", () => {
  const section = sectionOf([
    "The guild bought exclusive rights to the quarry in the valley. A flooded meadow can sound almost like a distant road. The inspectors were right about the quarry. The survey used a sound method.",
  ]);

  it("does not read a noun 'rights' or a verb 'sound' as a judgement", () => {
    expect(profileOf(section, "The guild").judging).toBe(0);
    expect(profileOf(section, "A flooded meadow").judging).toBe(0);
  });

  it("still reads the adjectives as judgements", () => {
    expect(profileOf(section, "The inspectors").judging).toBeGreaterThanOrEqual(1);
    expect(profileOf(section, "The survey").judging).toBeGreaterThanOrEqual(1);
    expect(judgesAs([{ pos: "ADJ", lemma: "right" }], 0)).toBe(true);
    expect(judgesAs([{ pos: "NOUN", lemma: "right" }], 0)).toBe(false);
  });
});

describe("a side announced as having its reply is a signpost", () => {
  const section = sectionOf([
    "The harbour board has a reply, and it is not merely that the new quay is cheap. The new quay is a wasteful use of the shore.",
  ]);

  it("reads 'X has a reply' as a signpost, not a claim", () => {
    expect(profileOf(section, "The harbour board").signpost).toBe(true);
    expect(profileOf(section, "The new quay").signpost).toBe(false);
  });

  it("does not ask why a signpost matters", () => {
    const quoted = significanceQuestions(section).map((c) => c.quotes[0]!);
    expect(quoted.some((q) => q.startsWith("The harbour board"))).toBe(false);
  });
});

describe("why it matters, of a clause under a fronted condition or time", () => {
  const section = sectionOf([
    "The ferry across the estuary runs twice an hour in summer. Once it was clear that the ferry could pay its way, a second operator started a rival service on the same crossing. When the tide turns early, the ferry waits at the northern slip for an hour. If the ferry stops running, the villages on the far shore lose their only link to the market town, and the school on the near shore loses half its pupils.",
  ]);
  const quoted = () => significanceQuestions(section).filter((c) => c.stem === "significance.matter").map((c) => c.quotes[0]!);

  it("is not asked of a clause the sentence pairs with its condition or time", () => {
    expect(quoted().some((q) => q.startsWith("the ferry could pay its way"))).toBe(false);
    expect(quoted().some((q) => q.startsWith("the ferry waits at the northern slip"))).toBe(false);
    expect(quoted().some((q) => q.startsWith("the villages on the far shore"))).toBe(false);
  });

  it("is still asked of a clause joined after the governed one, and of a plain statement", () => {
    expect(quoted().some((q) => q.startsWith("the school on the near shore"))).toBe(true);
    expect(quoted().some((q) => q.startsWith("The ferry across the estuary"))).toBe(true);
  });
});

describe("the detail stem, of a reason or a result, or of a clause whose purpose the sentence gives", () => {
  const section = sectionOf([
    "The county archive moved to a new building in 1998. The clerks kept the old ledgers in the basement. Not because the basement was dry, but because the county council refused to pay for new shelving. In 1999 the archivist bought a large electric dehumidifier from a firm of builders in the county town, so that the ledgers would not rot in the damp. The archivist counted the boxes twice, and the second count matched the first, meaning that no box had been lost in the move. In 2001 the archive opened a reading room for visitors.",
  ]);
  const quoted = () => caseQuestions(section).filter((c) => c.stem === "cases.detail").map((c) => c.quotes[0]!);

  it("is not asked of a clause after 'because' or 'meaning that'", () => {
    expect(quoted().some((q) => q.startsWith("the county council refused"))).toBe(false);
    expect(quoted().some((q) => q.startsWith("no box had been lost"))).toBe(false);
  });

  it("is not asked when the rest of the sentence says what the detail was for", () => {
    expect(quoted().some((q) => q.startsWith("In 1999 the archivist bought"))).toBe(false);
  });

  it("is still asked of a plain dated event", () => {
    expect(quoted().some((q) => q.startsWith("In 2001 the archive opened"))).toBe(true);
  });
});

describe("what explains: not a 'since' of time, not someone else's view", () => {
  const section = sectionOf([
    "Steam ploughs had existed since the 1850s, when the engineer John Fowler developed a cable system, but few farmers could afford one. The canal is sometimes remembered as a failure because it opened late. The canal failed because the railway carried coal more cheaply.",
  ]);
  const effects = () => explanationQuestions(section).map((c) => c.quotes[0]!);

  it("does not read 'since the 1850s' as a cause", () => {
    expect(effects().some((q) => q.startsWith("Steam ploughs"))).toBe(false);
  });

  it("does not credit the author with a reason someone else gives", () => {
    expect(effects().some((q) => q.startsWith("The canal is sometimes remembered"))).toBe(false);
  });

  it("still asks about the author's own 'because'", () => {
    expect(effects().some((q) => q.startsWith("The canal failed"))).toBe(true);
  });
});

describe("what a phrase in quotation marks means", () => {
  const section = sectionOf([
    "\"Rivers are the oldest roads,\" said Tomas Reyes, a boatman on the lower reach. \"A drowned forest,\" the guide said of the flooded valley. The same line, \"Bread is the staff of life,\" was carved over the mill door. The boatmen could say \"good morning,\" \"how far\" and \"too heavy\" in three languages. Geographers call a river that has cut its own valley \"antecedent,\" a term the boatmen never used. It taught me that \"ordinary\" is a word surveyors use for rivers they have not measured. The old ferryman called the shallows \"the kitchen\" because the herons fed there.",
  ]);
  const terms = () => clarifyQuestions(section).filter((c) => c.stem === "clarify.quoted").map((c) => c.quotes[0]!);

  it("skips someone's words named after them", () => {
    expect(terms().some((t) => t.startsWith("Rivers are the oldest roads"))).toBe(false);
    expect(terms()).not.toContain("A drowned forest");
  });

  it("skips a whole clause in quotation marks", () => {
    expect(terms()).not.toContain("Bread is the staff of life");
  });

  it("skips words someone could say", () => {
    expect(terms()).not.toContain("too heavy");
  });

  it("skips a field's term given with what it names, and a word the sentence glosses", () => {
    expect(terms()).not.toContain("antecedent");
    expect(terms()).not.toContain("ordinary");
  });

  it("still asks about one person's name for a thing", () => {
    expect(terms()).toContain("the kitchen");
  });
});

describe("'What follows from that?' after the sentence before", () => {
  const section = sectionOf([
    "Surveys of villagers who could take the ferry but do not tell a consistent story. They rarely name the fare. The old ferry leaves the quay at dawn with a full deck of carts. It waits at the sandbar for an hour or two.",
  ]);
  const asked = () => followOnQuestions(section).filter((c) => c.stem === "followOn.implication").map((c) => c.quotes[0]!);

  it("is not asked of a plain next step", () => {
    expect(asked().some((q) => q.startsWith("It waits at the sandbar"))).toBe(false);
  });

  it("is still asked of a clause that takes a position", () => {
    expect(asked()).toContain("They rarely name the fare");
  });
});

describe("what has to be true, of the consequent of 'If A, then B'", () => {
  const section = sectionOf([
    "If a tax must be visible to be fair, then the toll must never be hidden in the fuel price. The bridge must pay for its own repairs.",
  ]);
  const quoted = () => assumptionQuestions(section).map((c) => c.quotes[0]!);

  it("is not asked: the sentence states the condition", () => {
    expect(quoted().some((q) => q.startsWith("the toll must never"))).toBe(false);
  });

  it("is still asked of an unconditional claim of necessity", () => {
    expect(quoted().some((q) => q.startsWith("The bridge must pay"))).toBe(true);
  });
});

describe("the counterfactual, of what a text says", () => {
  const section = sectionOf([
    "The review is unfair and wrong, and the book by Dr. Jane Marlowe deserves a better hearing than it got. Marlowe describes how Samuel Pell's noisy, clattering steam looms gave way in the 1890s to the quieter Northrop loom. Marlowe persuaded the council in 1998 to reopen the mill as a museum. The critics are simply mistaken about her book, and she deserves a fair reading.",
  ]);
  const quoted = () => caseQuestions(section).filter((c) => c.stem === "cases.counterfactual").map((c) => c.quotes[0]!);

  it("is not asked of a verb of writing ('describes how …')", () => {
    expect(quoted().some((q) => q.startsWith("Marlowe describes"))).toBe(false);
  });

  it("is still asked of a named person's action", () => {
    expect(quoted().some((q) => q.startsWith("Marlowe persuaded"))).toBe(true);
  });
});

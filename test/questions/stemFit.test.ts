// Round 6: each stem family asked only of the kind of sentence it fits. The sentences here are
// invented for the tests (not taken from the development essays): a simile, a worked example
// for "you", someone else's view, a signpost and a told past action are none of them a claim
// of the author's to weigh; a conditional must be a condition about the world; a "but" between
// two descriptions is no tension; a phrase in quotation marks must be the author's own.
import { describe, expect, it } from "vitest";
import { sectionOf, profileOf } from "../support/sectionOf.js";
import { buildEssay } from "../../src/essay/index.js";
import { analyseEssay } from "../../src/questions/analysis/analyseEssay.js";
import { claimProfile, isArguable } from "../../src/questions/analysis/claimProfile.js";
import { quotableSpan } from "../../src/questions/analysis/spans.js";
import { clarifyQuestions, isTitleCase } from "../../src/questions/candidates/clarify.js";
import { implicationQuestions } from "../../src/questions/candidates/implication.js";
import { meaningQuestions } from "../../src/questions/candidates/meaning.js";
import { analogyQuestions } from "../../src/questions/candidates/analogy.js";
import { caseQuestions } from "../../src/questions/candidates/cases.js";
import { personalQuestions } from "../../src/questions/candidates/personal.js";
import { perspectiveQuestions } from "../../src/questions/candidates/perspective.js";
import { significanceQuestions } from "../../src/questions/candidates/significance.js";
import { tensionQuestions } from "../../src/questions/candidates/tension.js";
import { mainClause } from "../../src/questions/candidates/spansNearCue.js";

describe("what a clause does (claimProfile)", () => {
  const section = sectionOf([
    "The old mill is a wasteful and ugly use of the riverbank. The wind made a thin, mournful whistle through the broken shutters, like a kettle left on in another house. A loan shrinks in real terms when prices rise faster than the interest you pay. Many residents love the mill, and the council should listen to them. The mill is often described as a landmark worth saving. Opponents raise four objections, and each is worth a careful reply. In the end the surveyors rejected the cheapest plan. Planners like the riverside scheme because it is cheap and quick. The engineers lacked a reliable budget.",
  ]);

  it("reads a simile as an image, not a claim (but not a verb 'like' or 'less like')", () => {
    expect(profileOf(section, "The wind").figurative).toBe(true);
    expect(isArguable(profileOf(section, "The wind"))).toBe(false);
    expect(profileOf(section, "Planners like").figurative).toBe(false);
  });

  it("reads a clause addressed to 'you' as a worked example", () => {
    expect(profileOf(section, "A loan shrinks").addressed).toBe(true);
    expect(isArguable(profileOf(section, "A loan shrinks"))).toBe(false);
  });

  it("reads a view held by others as theirs", () => {
    expect(profileOf(section, "The mill is often described").othersView).toBe(true);
    expect(isArguable(profileOf(section, "The mill is often described"))).toBe(false);
  });

  it("reads a sentence counting objections as a signpost", () => {
    expect(profileOf(section, "Opponents raise").signpost).toBe(true);
    expect(isArguable(profileOf(section, "Opponents raise"))).toBe(false);
    // The author's own judgement stays arguable.
    expect(isArguable(profileOf(section, "The old mill"))).toBe(true);
  });

  it("reads a past action as told, but not a past state or verdict", () => {
    expect(profileOf(section, "In the end").toldEvent).toBe(true);
    expect(isArguable(profileOf(section, "In the end"))).toBe(false);
    expect(profileOf(section, "The engineers lacked").toldEvent).toBe(false);
  });
});

describe("conditionals: 'How likely is that condition' only of a condition about the world", () => {
  const conditionals = (text: string) =>
    // (Set in an argument, where the conditional stem may be asked at all.)
    implicationQuestions(sectionOf([`The council should clearly reject the plan. ${text} That would be a serious and needless mistake.`])).filter((c) => c.stem === "implication.conditional").map((c) => c.text);

  it("does not ask of an explainer's illustration", () => {
    const section = sectionOf(["Prices are set by supply and demand. If the price of grain doubles, bread becomes more expensive, and so does anything baked. Bakers pass on some of the cost. Customers buy a little less."]);
    expect(section.genre).not.toBe("argues");
    expect(implicationQuestions(section).filter((c) => c.stem === "implication.conditional")).toHaveLength(0);
  });

  it("asks of a real-world condition", () => {
    expect(conditionals("If the council sells the riverside land to developers, the town will lose its last public green space.")).toHaveLength(1);
  });

  it("does not ask of a worked example, a figure, a rhetorical 'if … asked me' or a premise granted", () => {
    expect(conditionals("If you borrow a fixed amount of money, rising prices shrink the burden of the loan.")).toHaveLength(0);
    expect(conditionals("If rents rise by 8 percent next year, landlords will earn far more than their costs.")).toHaveLength(0);
    expect(conditionals("If a planning officer asked me where to start, I would suggest two changes.")).toHaveLength(0);
    expect(conditionals("Tenants on fixed incomes, such as some retirees, lose if their rents are not capped.")).toHaveLength(0);
    expect(conditionals("If safety is the justification, it supports a fence around the quarry rather than a ban on visits.")).toHaveLength(0);
  });
});

describe("tension only where one side makes a point", () => {
  const STORY = [
    "We left the farm before dawn. The lane was still dark, but the hedges were already full of birds. My brother carried the lamp and I carried the bread. We walked for an hour before the sun came up over the moor. I remember the cold most of all.",
  ];
  it("does not ask how two descriptions in a story fit together", () => {
    const section = sectionOf(STORY);
    expect(section.genre === "narrates" || section.genre === "reflects").toBe(true);
    expect(tensionQuestions(section)).toHaveLength(0);
  });
  it("does not ask of a plain trade-off, even in an argument or an explainer", () => {
    const argued = sectionOf(["The council should clearly fund the new archive. Paper records reach further back than any database, but their pages fade with age. The money would be well spent."]);
    expect(argued.genre).toBe("argues");
    expect(tensionQuestions(argued)).toHaveLength(0);
    const explained = sectionOf(["A glacier moves in two ways. The surface ice moves a few metres a day. The surface ice is fast, but it is brittle. The deep ice creeps slowly under its own weight. Meltwater at the base lets the whole mass slide over the rock. In winter the meltwater freezes and the glacier slows."]);
    expect(explained.genre).toBe("explains");
    expect(tensionQuestions(explained)).toHaveLength(0);
  });

  it("still asks of a contrast in an argument", () => {
    const section = sectionOf([
      "The new bypass is a costly mistake. However, the council has clearly tried to listen to residents. The council should spend the money on buses instead.",
    ]);
    expect(tensionQuestions(section).length).toBeGreaterThan(0);
  });
});

describe("phrases in quotation marks: only the author's own", () => {
  const clarified = (text: string) => clarifyQuestions(sectionOf([text])).filter((c) => c.stem === "clarify.quoted").map((c) => c.quotes[0]);

  it("knows a title or a name by its capitals", () => {
    expect(isTitleCase("The Long Field")).toBe(true);
    expect(isTitleCase("House of Lords")).toBe(true);
    expect(isTitleCase("Roman glass")).toBe(false);
    expect(isTitleCase("Histoire de la Mer")).toBe(true);
  });

  it("skips a title, reported words, a quoted clause and a term the sentence spells out", () => {
    expect(clarified('Her first novel, "The Long Field", sold only a few hundred copies in its first year.')).toEqual([]);
    expect(clarified('The ferryman told me that the crossing had been "rougher than usual" all week long.')).toEqual([]);
    expect(clarified('Travel writing needs a defence, and "readers enjoy it" is not enough of one.')).toEqual([]);
    expect(clarified('Economists compare the price of a "bundle" of foods that a family buys each week.')).toEqual([]);
  });

  it("still asks of the author's own scare quotes", () => {
    expect(clarified('For decades the museum filed these vessels under "Roman glass", as if one label could cover five centuries.')).toEqual(["Roman glass"]);
  });
});

describe("why it matters: not when the text says at once what follows", () => {
  const matters = (paragraph: string) =>
    significanceQuestions(sectionOf([paragraph])).filter((c) => c.stem === "significance.matter").map((c) => c.quotes[0]);

  it("does not ask when the next sentence opens on the consequence", () => {
    const asked = matters("The reservoir sits on a bed of porous limestone beneath the valley. As a result, the water level drops every dry summer. Farmers downstream have learned to store what they can.");
    expect(asked.some((q) => q?.startsWith("The reservoir sits"))).toBe(false);
  });

  it("does not ask of a clause that is itself the consequence", () => {
    const asked = matters("Every branch should publish its visitor counts each spring, so that the demand is measured rather than guessed at. Farmers downstream have learned to store what they can.");
    expect(asked.some((q) => q?.startsWith("the demand is measured"))).toBe(false);
  });

  it("does not ask when the rest of the sentence draws the consequence", () => {
    const asked = matters("Water seeps into the limestone under the village, so the springs run dry by late summer. Farmers downstream have learned to store what they can.");
    expect(asked.some((q) => q?.startsWith("Water seeps"))).toBe(false);
  });
});

describe("personal view: not of a narrated act", () => {
  it("does not ask 'would you see it the same way' of something the author did", () => {
    const section = sectionOf([
      "I wrote my name on the first empty page of the old logbook, under the final entry. I think the logbook was the truest record of that house. I still keep it on the kitchen shelf.",
    ]);
    const views = personalQuestions(section).filter((c) => c.stem === "personal.view").map((c) => c.quotes[0]);
    expect(views.some((q) => q?.startsWith("I wrote"))).toBe(false);
  });
});

describe("retired and restricted stems", () => {
  it("no longer asks 'What does the fact that … tell us about <topic>' (kept 20 of 84)", () => {
    const section = sectionOf(["Canals were the first great freight network of the industrial age. Canals once carried most of the region's coal to the coast. The barges moved slowly along the valley, and a single lock could hold up a dozen boats for an afternoon. Railways took the trade within a generation.", "Today the canals carry walkers and anglers. Volunteers have restored many of the old locks."], "Canals");
    expect(significanceQuestions(section).some((c) => c.stem === "significance.topic")).toBe(false);
  });

  it("does not ask what explains a fact whose sentence opens on its own explanation", () => {
    const section = sectionOf(["With most of the young men away at the front, the factories hired women for skilled work that had been closed to them. The change outlasted the war in some trades. Unions resisted it in others."]);
    expect(significanceQuestions(section).some((c) => c.stem === "significance.explain" && c.quotes[0]!.startsWith("the factories"))).toBe(false);
  });
});

describe("copyable explanations and names", () => {
  it("does not ask what a term means when it names what the sentence before described", () => {
    const section = sectionOf(["When too many buyers chase too few goods, sellers raise prices without losing customers. This is often called \"buyer-led\" inflation. It tends to happen in a boom. When wages rise, firms pass the cost on. This is \"wage-led\" inflation."]);
    expect(clarifyQuestions(section).map((c) => c.quotes[0])).not.toContain("buyer-led");
    expect(clarifyQuestions(section).map((c) => c.quotes[0])).not.toContain("wage-led");
  });

  it("does not ask what explains a fact that carries its own condition", () => {
    const section = sectionOf(["Prices have risen steadily for a decade across the region. Tenants on fixed leases lose if their rents are not reviewed each year. Landlords with old mortgages gain a great deal. Savers lose most of all."]);
    expect(significanceQuestions(section).some((c) => c.stem === "significance.explain" && c.quotes[0]!.startsWith("Tenants"))).toBe(false);
  });

  it("treats a told past action as a report: not asked for evidence or assumptions", () => {
    const section = sectionOf(["The survey team spent three summers on the glacier. In most seasons the team chose the safest route, even when it was longer than the others. The work was slow and cold."]);
    const sentence = section.sentences.find((s) => s.text.startsWith("In most seasons"))!;
    expect(claimProfile(sentence, mainClause(sentence)!).reported).toBe(true);
  });
});

describe("counterfactuals", () => {
  it("asks what would have turned out differently of a told action, not of a negated one", () => {
    const section = sectionOf(["The council should clearly change course on housing. Hartwell Council rejected the riverside plan in 2019. Hartwell Council never funded the promised survey in 2021. That was a serious and avoidable mistake, and it still hurts renters."]);
    const asked = caseQuestions(section).filter((c) => c.stem === "cases.counterfactual").map((c) => c.quotes[0]);
    expect(asked).toContain("Hartwell Council rejected the riverside plan in 2019");
    expect(asked.some((q) => q?.includes("never"))).toBe(false);
  });
});

describe("meaning: not of a signpost announcing a list", () => {
  it("does not ask what the author means by a sentence that sorts what follows into groups", () => {
    const section = sectionOf(["Rivers flood for many reasons, and the damage they do has grown.", "Hydrologists usually divide the causes into three groups.", "The first is heavy rain over saturated ground. The second is snowmelt. The third is a blocked channel."]);
    const sentence = section.sentences.find((s) => s.text.startsWith("Hydrologists"))!;
    expect(claimProfile(sentence, mainClause(sentence)!).signpost).toBe(true);
    expect(meaningQuestions(section).some((c) => c.quotes[0]!.startsWith("Hydrologists"))).toBe(false);
  });
});

describe("suggestions, instructions and perspectives", () => {
  const section = sectionOf(["A reader might keep a private list of the books worth rereading. First, sand the edges of every board with fine paper. At the top of the slope one observes the level again."]);
  const profile = (start: string) => {
    const sentence = section.sentences.find((s) => s.text.startsWith(start))!;
    return claimProfile(sentence, mainClause(sentence) ?? quotableSpan(sentence, 0, sentence.tokens.length, 20)!);
  };

  it("reads a modal after a general person as a suggestion, not a claim", () => {
    expect(profile("A reader").suggestion).toBe(true);
    expect(isArguable(profile("A reader"))).toBe(false);
    // Nor a fact to evidence or to draw consequences from.
    expect(significanceQuestions(section).some((c) => c.quotes[0]!.startsWith("A reader"))).toBe(false);
  });

  it("reads an instruction after a sequence word as an imperative, and 'one' as a general person", () => {
    expect(profile("First, sand").imperative).toBe(true);
    expect(profile("At the top").addressed).toBe(true);
  });

  it("does not ask how two people would each see an idea outside an argument", () => {
    const story = sectionOf([
      "In 1741 France and Spain signed a new trade agreement. France wanted the new trade agreement to open the southern ports. Spain feared the new trade agreement would ruin its merchants. In 1743 Spain broke the terms, and France sent ships. The war that followed lasted four years.",
    ]);
    expect(story.genre === "argues").toBe(false);
    expect(perspectiveQuestions(story).filter((c) => c.stem === "perspective.pair")).toHaveLength(0);
  });
});

describe("a named group's response: only to a judgement outside an argument", () => {
  it("does not ask how scientists would respond to a textbook 'not always'", () => {
    const section = sectionOf(["Scientists have studied tree rings for a century. Each ring records one growing season. A wide ring marks a wet year and a narrow ring a dry one. Rings do not always form every year. In some deserts a tree may skip a ring entirely."], "Tree Rings");
    expect(section.genre).toBe("explains");
    expect(perspectiveQuestions(section).some((c) => c.quotes[0] === "Rings do not always form every year")).toBe(false);
  });
});

describe("meaning: not of a denial", () => {
  it("does not ask what the author means by a negated claim, but still by a compressed one", () => {
    const sections = analyseEssay(buildEssay("T\n\nParking rules are a blunt and costly tool.\n\nThe towns that dropped them have not descended into chaos.\n", { file: "test.txt" })).sections;
    const asked = sections.flatMap((section) => meaningQuestions(section).map((c) => c.quotes[0]));
    expect(asked).toContain("Parking rules are a blunt and costly tool");
    expect(asked.some((q) => q?.startsWith("The towns"))).toBe(false);
  });
});

describe("analogy: a comparison that carries a claim", () => {
  it("asks how far a comparison holds in an explainer, but not of someone comparing things nor of a memoir's simile", () => {
    const explained = sectionOf(["A census works like a photograph of a moving crowd, sharp for one instant and already out of date. Each household fills in a form on the same night. Clerks compared the returns from each district to find errors in the counts."]);
    const asked = analogyQuestions(explained).map((c) => c.quotes[0]);
    expect(asked.some((q) => q?.startsWith("A census"))).toBe(true);
    expect(asked.some((q) => q?.startsWith("Clerks"))).toBe(false);
    const memoir = sectionOf(["I walked up to the ridge that morning and sat on the cold stones. The wind made a low, steady hum across the grass, like someone humming in the next room. I stayed until my hands went numb. I remember the quiet most of all."]);
    expect(memoir.genre === "reflects" || memoir.genre === "narrates").toBe(true);
    expect(analogyQuestions(memoir)).toHaveLength(0);
  });
});

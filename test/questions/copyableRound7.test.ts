// Round 7: questions the text already answers, and steps of a worked example. The sentences here
// are invented for the tests (not taken from the development essays).
import { describe, expect, it } from "vitest";
import { sectionOf } from "../support/sectionOf.js";
import type { SectionAnalysis } from "../../src/questions/analysis/analyseEssay.js";
import { workedStep } from "../../src/questions/analysis/claimProfile.js";
import { caseQuestions } from "../../src/questions/candidates/cases.js";
import { givesReason, significanceQuestions } from "../../src/questions/candidates/significance.js";

const tokensOf = (section: SectionAnalysis, start: string) => section.sentences.find((s) => s.text.startsWith(start))!.tokens;

describe("steps of a worked example", () => {
  const section = sectionOf([
    "The weavers at Carrow kept a tally of their tiles in 1901. The weavers at Carrow laid three red tiles and two blue tiles in a row of five. Reading from the left, the weavers at Carrow recorded the row as 11010. The mill employed 86 people in 1901, up from 40 two years before.",
  ]);

  it("recognises counts and codes, not reported figures", () => {
    expect(workedStep(tokensOf(section, "The weavers at Carrow laid"))).toBe(true);
    expect(workedStep(tokensOf(section, "Reading from the left"))).toBe(true);
    expect(workedStep(tokensOf(section, "The mill employed"))).toBe(false);
  });

  it("never asks why the author includes a step of a worked example", () => {
    const quoted = caseQuestions(section).filter((c) => c.stem === "cases.detail").map((c) => c.quotes[0]!);
    expect(quoted.some((q) => /11010|red tiles/.test(q))).toBe(false);
  });
});

describe("what explains a fact the text explains", () => {
  const paragraphs = [
    "The old harbour of Ardmore served merchants and their ships for two centuries.",
    "The merchants of Ardmore lost their harbour to silt in the eighteenth century. Mud from the cleared hillsides washed into the harbour every winter. The merchants moved their ships from the silted harbour to the deeper water at Kells. Later the merchants sold the harbour and its ships to the railway.",
    "Today the warehouses are flats, and the quays are a promenade for walkers on summer evenings.",
  ];
  const asked = () => significanceQuestions(sectionOf(paragraphs, "Ardmore")).filter((c) => c.stem === "significance.explain").map((c) => c.quotes[0]!);

  it("does not ask it of a paragraph's opening sentence, which the paragraph goes on to account for", () => {
    expect(asked().some((q) => q.startsWith("The merchants of Ardmore"))).toBe(false);
  });

  it("does not ask it of the sentence that closes the paragraph's account", () => {
    expect(asked().some((q) => q.startsWith("Later the merchants"))).toBe(false);
  });

  it("still asks it of an event in the middle of a paragraph", () => {
    expect(asked().some((q) => q.startsWith("The merchants moved"))).toBe(true);
  });

  it("reads a cause or a purpose in the rest of the sentence", () => {
    expect(givesReason(", arranged so that the failed checks point to the error.")).toBe(true);
    expect(givesReason(", because the river had silted up.")).toBe(true);
    expect(givesReason(", and the trade went with them.")).toBe(false);
  });
});

import { meaningQuestions } from "../../src/questions/candidates/meaning.js";
import { personalQuestions } from "../../src/questions/candidates/personal.js";
import { respondFits } from "../../src/questions/candidates/perspective.js";
import type { Actor } from "../../src/questions/analysis/actors.js";

describe("'What does the author mean by …' where the text says", () => {
  it("not when the sentence goes on after a comma to say how", () => {
    const section = sectionOf(["Crowded pavements are a familiar complaint. Narrow pavements push walkers into traffic. The only real remedy for crowded pavements is wider pavements, with kerbs moved out into the road and benches set back."]);
    expect(meaningQuestions(section).some((c) => c.quotes[0]!.startsWith("The only real remedy"))).toBe(false);
  });

  it("but still of a short judging sentence that stands on its own", () => {
    const section = sectionOf(["Crowded pavements are a familiar complaint. Narrow pavements push walkers into traffic. The only real remedy for crowded pavements is wider pavements."]);
    expect(meaningQuestions(section).some((c) => c.quotes[0]!.startsWith("The only real remedy"))).toBe(true);
  });
});

describe("'Why does the author say …, and would you see it the same way?' only of the author's present view", () => {
  const section = sectionOf([
    "The nurse spoke quickly and I translated for my mother. I knew the word was something serious, and I knew my mother would be frightened by it. I still think children should never be asked to carry that news.",
    "My mother knew, of course. I find that hard to forgive in the hospital even now.",
  ]);
  const viewed = () => personalQuestions(section).filter((c) => c.stem === "personal.view").map((c) => c.quotes[0]!);

  it("not of what the author knew then", () => {
    expect(viewed().some((q) => q.startsWith("I knew"))).toBe(false);
  });

  it("not of someone else's knowing ('My mother knew')", () => {
    expect(viewed().some((q) => q.startsWith("My mother"))).toBe(false);
  });

  it("still of a view the author holds", () => {
    expect(viewed().some((q) => q.startsWith("I still think") || q.startsWith("I find"))).toBe(true);
  });
});

describe("'How might X respond to the claim …' outside an argument", () => {
  const actor = (name: string, kind: Actor["kind"]): Actor => ({ name, kind, mentions: [], agency: 1, definite: false });

  it("asks only a group with a stake, and not of a told past fact", () => {
    expect(respondFits("explains", actor("Hamming", "person"), false)).toBe(false);
    expect(respondFits("narrates", actor("opponents", "group"), false)).toBe(false);
    expect(respondFits("explains", actor("drivers", "group"), false)).toBe(true);
    expect(respondFits("narrates", actor("operators", "group"), true)).toBe(false);
    expect(respondFits("argues", actor("Hamming", "person"), true)).toBe(true);
  });
});

describe("group names", () => {
  it("does not take a plural noun before the group into its name ('On weekdays operators …')", () => {
    const section = sectionOf(["In 1950 Ada Price came back to the laboratory on a Monday and found her work thrown away. The machine had stopped on Saturday night. On weekdays operators would restart it; at weekends nobody was there. Price spent the next month building a better relay."]);
    const names = section.actors.map((a) => a.actor.name);
    expect(names).toContain("operators");
    expect(names).not.toContain("weekdays operators");
  });
});

describe("cut before its point", () => {
  it("does not ask why the author includes a clause that ends on 'how'", () => {
    const section = sectionOf(["The weavers at Carrow opened their first mill in 1901. The Carrow looms were one of the first demonstrations of how. Later mills copied the design."]);
    expect(caseQuestions(section).some((c) => /of how$/.test(c.quotes[0]!))).toBe(false);
  });
});

import { grantedFrame } from "../../src/questions/analysis/claimProfile.js";
import { evaluateQuestions } from "../../src/questions/candidates/evaluate.js";

describe("a clause the author floats or grants", () => {
  const section = sectionOf([
    "Rents in the old town have risen sharply for a decade. It may be true that landlords are the main cause of the rise in rents, but blaming them does not explain why rents rose in towns with very different landlords. It may be that tenants have simply moved to the centre for work. Rents in the new suburbs are the clearest sign that the cause is elsewhere.",
  ]);
  const sentenceOf = (start: string) => section.sentences.find((s) => s.text.startsWith(start))!;

  it("recognises 'It may be (true) that …' before the clause", () => {
    const granted = sentenceOf("It may be true");
    const span = { ...granted, start: granted.text.indexOf("landlords"), end: granted.text.indexOf(", but") } as never;
    expect(grantedFrame(granted, span)).toBe(true);
    const plain = sentenceOf("Rents in the new");
    expect(grantedFrame(plain, { start: 0, end: plain.text.length } as never)).toBe(false);
  });

  it("is not asked how convincing it is, why it matters or what would show it", () => {
    const quoted = [...evaluateQuestions(section), ...significanceQuestions(section)].map((c) => c.quotes[0]!);
    expect(quoted.some((q) => q.startsWith("landlords are the main cause") || q.startsWith("tenants have simply moved"))).toBe(false);
  });
});

describe("'The author admits that …' of the author's own habit", () => {
  it("not of a general 'we' in an argument", () => {
    const section = sectionOf(["Zoos defend captivity by pointing to conservation. We do not sell tickets to watch a patient in quarantine. I never visit a zoo without feeling uneasy about the cages."]);
    const quoted = personalQuestions(section).filter((c) => c.stem === "personal.compare").map((c) => c.quotes[0]!);
    expect(quoted.some((q) => q.startsWith("We do not"))).toBe(false);
  });
});

import { analogyQuestions } from "../../src/questions/candidates/analogy.js";

describe("'How far does that comparison hold' where the text says", () => {
  const asked = (second: string) =>
    analogyQuestions(sectionOf([`A city's bus network works much like the circulation of blood in a body. ${second} Planners who forget this build networks that fail.`])).map((c) => c.quotes[0]!);

  it("not when the next sentence goes straight on to qualify it", () => {
    expect(asked("But a body has one heart, and a city has many centres.").some((q) => q.includes("circulation"))).toBe(false);
  });

  it("still when the text leaves the comparison open", () => {
    expect(asked("Each route feeds the others at a handful of central stops.").some((q) => q.includes("circulation"))).toBe(true);
  });
});

describe("'Why does it matter that …? What follows from it?' of a statement the paragraph goes on to elaborate", () => {
  const matter = (paragraph: string) => significanceQuestions(sectionOf([paragraph, "Later chapters return to the harbour and its trade in other centuries."])).filter((c) => c.stem === "significance.matter").map((c) => c.quotes[0]!);

  it("not when the next sentence takes up the same thing in its opening words", () => {
    const asked = matter("Ardmore's old harbour has a curious layout of its own. The harbour wall curves twice before it reaches the lighthouse, so that ships must turn sharply at the entrance. Visitors rarely notice it.");
    expect(asked.some((q) => q.startsWith("Ardmore's old harbour"))).toBe(false);
  });

  it("still when the next sentence moves on to something else", () => {
    const asked = matter("Ardmore's old harbour has a curious layout of its own. Visitors rarely notice it from the promenade above the town. Fishermen have complained about the entrance for a century.");
    expect(asked.some((q) => q.startsWith("Ardmore's old harbour"))).toBe(true);
  });
});

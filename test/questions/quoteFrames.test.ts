// Round 6: a quote must say what its author says, whole, and stand on its own. Each test is one
// general rule, seen on a sentence of its own (not an essay's wording): spans under a denial,
// spans that start inside a phrase or end before what their last phrase needs, and words that
// lean on text outside the quote.
import { describe, expect, it } from "vitest";
import { sectionOf } from "../support/sectionOf.js";
import { buildEssay } from "../../src/essay/index.js";
import { analyseEssay } from "../../src/questions/analysis/analyseEssay.js";
import type { SectionAnalysis } from "../../src/questions/analysis/analyseEssay.js";
import { quotableSpan, segments } from "../../src/questions/analysis/spans.js";
import type { Span } from "../../src/questions/analysis/spans.js";

/** Every section's sentences as one "section": the essay may split many paragraphs into sections. */
function essayOf(paragraphs: string[]): SectionAnalysis {
  const sections = analyseEssay(buildEssay(`A Test Essay\n\n${paragraphs.join("\n\n")}\n`, { file: "test.txt" })).sections;
  return { ...sections[0]!, sentences: sections.flatMap((s) => s.sentences) };
}

/** The span of exactly `quote` in the one sentence of `section` that holds it. */
function spanOf(section: SectionAnalysis, quote: string): Span | undefined {
  const sentence = section.sentences.find((s) => s.text.includes(quote));
  if (!sentence) throw new Error(`no sentence holds "${quote}"`);
  const at = sentence.text.indexOf(quote);
  const a = sentence.tokens.findIndex((t) => t.start >= at);
  const b = sentence.tokens.findIndex((t) => t.end >= at + quote.length) + 1;
  return quotableSpan(sentence, a, b, 30);
}

/** A span a claim question may use: found, a main clause of its own, leaning on nothing. */
const usable = (span: Span | undefined) => span !== undefined && !span.fragment && !span.contextual && !span.unresolved && !span.pronounStart;

describe("a quote lifted from under a denial or a later subordinate clause", () => {
  const section = sectionOf([
    "The argument does not claim that animals have rights identical to ours, or that an ant farm is a moral scandal. It does not follow that a costly practice becomes acceptable. The survey shows that an ant farm is a moral scandal.",
    "Inflation tends to happen when the economy is booming, unemployment is low and credit is easy to get. When the economy is booming, unemployment is low.",
  ]);

  it("flags the complement of a negated verb of saying or following, however far down its list", () => {
    expect(spanOf(section, "an ant farm is a moral scandal")?.fragment).toBe(true);
    expect(spanOf(section, "a costly practice becomes acceptable")?.fragment).toBe(true);
  });

  it("keeps the complement of an asserted verb", () => {
    const survey = section.sentences.find((s) => s.text.startsWith("The survey"))!;
    const at = survey.text.indexOf("an ant farm");
    const a = survey.tokens.findIndex((t) => t.start >= at);
    expect(quotableSpan(survey, a, survey.tokens.length, 30)?.fragment).toBe(false);
  });

  it("flags a clause continuing a subordinate clause that follows the main one, not the main clause after an opening one", () => {
    expect(spanOf(section, "unemployment is low and credit is easy to get")?.fragment).toBe(true);
    const opening = section.sentences.find((s) => s.text.startsWith("When the economy"))!;
    const comma = opening.tokens.findIndex((t) => t.text === ",");
    expect(quotableSpan(opening, comma + 1, opening.tokens.length, 30)?.fragment).toBe(false);
  });
});

describe("a quote must start where a clause starts", () => {
  const section = sectionOf([
    "By 1970 the Heezen–Tharp maps became familiar illustrations in every textbook. For some diseases one course is enough; for others, such as tetanus, immunity fades and a booster is needed.",
    "The bird is correcting for drift, all while its body burns through its own stored fat. It would be strange to dismiss them, especially when sleep is already under pressure from phones.",
    "Then the silence closed again, so complete that I could hear my own breath. He grew them, I now think, for the sake of the notebook.",
    "Voltaire, then an enthusiastic Newtonian, teased Maupertuis in verse for his trouble. She worked with Bruce Heezen, a geologist a few years younger than she was, who collected echo soundings.",
  ]);

  it("flags a start inside a hyphenated name, an example list, a subordinate clause behind one word, or a degree phrase", () => {
    for (const quote of [
      "Tharp maps became familiar illustrations in every textbook",
      "such as tetanus, immunity fades and a booster is needed",
      "all while its body burns through its own stored fat",
      "especially when sleep is already under pressure from phones",
      "complete that I could hear my own breath",
    ]) expect(spanOf(section, quote)?.fragment, quote).toBe(true);
  });

  it("flags a comment clause whose host clause is outside the quote", () => {
    expect(spanOf(section, "I now think, for the sake of the notebook")?.fragment).toBe(true);
  });

  it("flags an appositive after a name, behind an adverb or ending in a comparison", () => {
    expect(spanOf(section, "an enthusiastic Newtonian, teased Maupertuis in verse for his trouble")?.fragment).toBe(true);
    expect(spanOf(section, "a geologist a few years younger than she was")?.fragment).toBe(true);
  });
});

describe("a list of things is no claim", () => {
  const section = sectionOf([
    "The winter moor shows you its bones: the rock, the water, the shape of the land, the way the light actually falls. Small stones, broken stones, the ugly ones, packed by hand into the middle so the face stones cannot rock.",
    "The rock, the water, the heather and the sky were silent.",
  ]);

  it("flags a bare list of noun groups, and one whose verb is cut off by a comma", () => {
    expect(spanOf(section, "the rock, the water, the shape of the land, the way the light actually falls")?.fragment).toBe(true);
    expect(spanOf(section, "Small stones, broken stones, the ugly ones, packed by hand into the middle so the face stones cannot rock")?.fragment).toBe(true);
  });

  it("keeps a list that is the subject of its verb", () => {
    expect(spanOf(section, "The rock, the water, the heather and the sky were silent")?.fragment).toBe(false);
  });
});

describe("a quote must not stop before what its last phrase needs", () => {
  const section = sectionOf([
    "We would treat public viewing as, at best, a tolerated side effect. They are gritstone, laid down, I have read, as sand in the delta of a great river.",
    "A storm settled over the rock, some twenty miles off the coast of Maine. Libraries lent art prints in the 1930s, records in the 1940s, films and projectors in the 1950s and video cassettes in the 1980s.",
    "The oldest vaccines used live but weakened versions of a virus.",
  ]);

  it("rejects a quote that stops inside a parenthesis after a preposition, or before an interrupting comment's complement", () => {
    expect(spanOf(section, "We would treat public viewing as, at best")).toBeUndefined();
    expect(spanOf(section, "They are gritstone, laid down")).toBeUndefined();
  });

  it("rejects a measure cut from its reference point and a list cut before its last items", () => {
    expect(spanOf(section, "A storm settled over the rock, some twenty miles")).toBeUndefined();
    expect(spanOf(section, "Libraries lent art prints in the 1930s, records in the 1940s, films and projectors")).toBeUndefined();
  });

  it("does not split two modifiers of one noun at their 'but'", () => {
    const sentence = section.sentences.find((s) => s.text.startsWith("The oldest"))!;
    const but = sentence.tokens.findIndex((t) => t.lower === "but");
    expect(segments(sentence.tokens).some(([from]) => from === but)).toBe(false);
  });
});

describe("a quote must not lean on words outside it", () => {
  const section = sectionOf([
    "The frozen stream and the silent heather suggested otherwise. I want to take seriously a more suspicious one. In the shelter of the largest one I ate my sandwiches.",
    "The schools in question are hardly typical. I suspect the poet did not want us to. Each unit of money buys less than it used to. The measles vaccine is one example.",
    "Notice what this argument does not claim. My argument is simple. There is also an argument from the library's quieter mission. The librarians kept returning to the same phrase. Banks then charge more for loans.",
    "If the basket cost 1,000 last year and 1,030 this year, inflation over the year was 3 percent. If a city pays for buses from its budget, transit must compete every year with schools. The appeal is easy to understand.",
    "Small stones, broken stones and the ugly ones fill the middle of the wall.",
  ]);

  it("flags 'otherwise', a bare 'one', 'in question', a stranded infinitive and 'one example'", () => {
    for (const quote of [
      "The frozen stream and the silent heather suggested otherwise",
      "I want to take seriously a more suspicious one",
      "In the shelter of the largest one I ate my sandwiches",
      "The schools in question are hardly typical",
      "I suspect the poet did not want us to",
      "The measles vaccine is one example",
    ]) expect(spanOf(section, quote)?.contextual, quote).toBe(true);
  });

  it("keeps a comparison's own ellipsis and a 'one' whose noun is in the quote", () => {
    expect(spanOf(section, "Each unit of money buys less than it used to")?.contextual).toBe(false);
    expect(spanOf(section, "Small stones, broken stones and the ugly ones fill the middle of the wall")?.contextual).toBe(false);
  });

  it("flags signposts and announcements whose content comes next, and a 'then' of sequence", () => {
    for (const quote of [
      "Notice what this argument does not claim",
      "My argument is simple",
      "There is also an argument from the library's quieter mission",
      "The librarians kept returning to the same phrase",
      "Banks then charge more for loans",
      "The appeal is easy to understand",
    ]) expect(spanOf(section, quote)?.contextual, quote).toBe(true);
  });

  it("flags the figure a worked example computes, not every consequent of an 'if'", () => {
    expect(spanOf(section, "inflation over the year was 3 percent")?.contextual).toBe(true);
    expect(spanOf(section, "transit must compete every year with schools")?.contextual).toBe(false);
  });
});

describe("pronouns and demonstratives with nothing in the quote to refer to", () => {
  const section = sectionOf([
    "The poem does not comment on it. Leavitt did not live to see most of it. Homework is an obvious place to put it.",
    "When the doors lock at six, that promise should not lock with them. In most places, that is an accident of geography. I can still find that patch with my eyes shut.",
    "The council bought a new bus and painted a map on it.",
  ]);

  it("flags an object of a preposition, or of an infinitive modifying a noun, with no antecedent", () => {
    for (const quote of ["The poem does not comment on it", "Leavitt did not live to see most of it", "Homework is an obvious place to put it"]) {
      expect(usable(spanOf(section, quote)), quote).toBe(false);
    }
  });

  it("flags 'that' after a comma and 'that' before a noun and a preposition", () => {
    for (const quote of ["When the doors lock at six, that promise should not lock with them", "In most places, that is an accident of geography", "I can still find that patch with my eyes shut"]) {
      expect(spanOf(section, quote)?.unresolved, quote).toBe(true);
    }
  });

  it("keeps a prepositional pronoun whose noun the quote names", () => {
    expect(spanOf(section, "The council bought a new bus and painted a map on it")?.unresolved).toBe(false);
  });
});

describe("round 6, second pass: frames, starts, ends and pointers the first pass missed", () => {
  const section = essayOf([
    "A single northern arc could show that the Earth was flattened but could not fix by how much. We do confine one person for the good of many, but we regard that as a serious burden that must be minimised.",
    "For species whose way of life cannot be meaningfully accommodated in captivity, such as elephants, the answer is clear. The patch I mended is still standing, greyer now.",
    "The ground lay in the Viceroyalty of Peru, Spanish territory closed to most foreigners, and the crown sent two officers. Hosea Lewis was appointed keeper there in the early 1850s. A ring is either there or it is not. The shallow end is still there on Tuesday evenings.",
    "Everything else was judgement. We bought our tomatoes at the supermarket like everyone else. What that map is made of remains disputed.",
    "Libraries typically require a signed waiver, a short orientation for anything with a blade, and a minimum age of eighteen. Bees share a single interest, the survival of the colony, and a committee seldom does.",
    "The water was still running, but along both banks the ice had built out into shelves. No library board should pretend otherwise. Lifting one, I felt I was borrowing it.",
  ]);

  it("flags what a modal could show, and a complement of 'as' cut from its verb", () => {
    expect(spanOf(section, "the Earth was flattened")?.fragment).toBe(true);
    const as = spanOf(section, "as a serious burden that must be minimised");
    expect(as === undefined || as.fragment).toBe(true);
  });

  it("reads a relative clause's verb group as one verb, not as the main verb", () => {
    expect(spanOf(section, "For species whose way of life cannot be meaningfully accommodated in captivity, such as elephants")?.fragment).toBe(true);
    expect(spanOf(section, "The patch I mended is still standing, greyer now")?.fragment).toBe(false);
  });

  it("flags an appositive with no article after a name", () => {
    expect(spanOf(section, "Spanish territory closed to most foreigners")?.fragment).toBe(true);
  });

  it("flags a place-pointing 'there', 'else' with nothing to compare, and 'that' after a question word", () => {
    for (const quote of ["Hosea Lewis was appointed keeper there in the early 1850s", "Everything else was judgement", "What that map is made of remains disputed", "No library board should pretend otherwise", "Lifting one, I felt I was borrowing it"]) {
      expect(spanOf(section, quote)?.contextual, quote).toBe(true);
    }
    for (const quote of ["A ring is either there or it is not", "The shallow end is still there on Tuesday evenings", "We bought our tomatoes at the supermarket like everyone else"]) {
      expect(spanOf(section, quote)?.contextual, quote).toBe(false);
    }
  });

  it("rejects a list cut before its ', and' last item, not an apposition before a clause", () => {
    expect(spanOf(section, "Libraries typically require a signed waiver, a short orientation")).toBeUndefined();
    expect(spanOf(section, "Bees share a single interest, the survival of the colony")).toBeDefined();
  });

  it("marks a concession cut before its 'but' as leaving out the half that matters", () => {
    expect(spanOf(section, "The water was still running")?.cutBeforeReason).toBe(true);
  });
});

describe("round 6, third pass: relative clauses, lists of clauses, contrasts and examples", () => {
  const section = essayOf([
    "Birds combine them with some form of map that young birds lack and adults acquire. Bus operators report that average journey times fell by 7 percent.",
    "Sailors read the sky, farmers read their joints and almanacs offered confident predictions, but nobody could see a storm coming.",
    "Some T cells coordinate the response; others kill infected cells directly. Others use killed microbes instead.",
    "Supply disruptions, such as a war, a pandemic or a drought, can trigger it.",
  ]);

  it("flags a clause a noun's 'that' governs, not the clause a verb of saying takes", () => {
    expect(spanOf(section, "young birds lack and adults acquire")?.fragment).toBe(true);
    expect(spanOf(section, "average journey times fell by 7 percent")?.fragment).toBe(false);
  });

  it("flags the tail of a list of clauses begun outside the quote", () => {
    expect(spanOf(section, "farmers read their joints and almanacs offered confident predictions")?.fragment).toBe(true);
  });

  it("marks the 'some' half of a some/others contrast, and reads a first 'Others' as a pronoun", () => {
    expect(spanOf(section, "Some T cells coordinate the response")?.cutBeforeReason).toBe(true);
    expect(spanOf(section, "Others use killed microbes instead")?.pronounStart).toBe(true);
  });

  it("does not take the examples of a subject for the antecedent of its object", () => {
    expect(spanOf(section, "Supply disruptions, such as a war, a pandemic or a drought, can trigger it")?.unresolved).toBe(true);
  });
});

describe("a comma inside a closing quotation mark", () => {
  it("still splits two clauses at ', and' when the comma sits inside the quote", () => {
    const section = essayOf(['The librarians kept returning to one phrase: patrons want to "learn by doing," and the tool shelf is where the doing happens.']);
    const sentence = section.sentences[0]!;
    const and = sentence.tokens.findIndex((t) => t.lower === "and");
    expect(segments(sentence.tokens).some(([from]) => from === and)).toBe(true);
  });
});

describe("an indefinite 'some' before a shell noun", () => {
  it("flags 'some patterns appear …' (which patterns?) but not 'some cells …'", () => {
    const section = essayOf(["Still, some patterns appear often enough to take seriously. Some cells coordinate the immune response in the body."]);
    expect(spanOf(section, "some patterns appear often enough to take seriously")?.contextual).toBe(true);
    expect(spanOf(section, "Some cells coordinate the immune response in the body")?.contextual).toBe(false);
  });
});

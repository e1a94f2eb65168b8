// Round 7: quotes that are whole claims, in their frame, standing alone. Each case is a shape of
// English the independent judges rejected on unseen essays, written here in other words.
import { describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";
import { analyseEssay } from "../../src/questions/analysis/analyseEssay.js";
import { hasMainClause } from "../../src/questions/analysis/selfContained.js";
import { quotableSpan } from "../../src/questions/analysis/spans.js";
import type { Span } from "../../src/questions/analysis/spans.js";

function sentence(text: string) {
  const analysis = analyseEssay(buildEssay(`A Test Essay\n\n${text}\n`, { file: "test.txt" }));
  return analysis.sections[0]!.sentences[0]!;
}

/** The span from the token that starts `from` to the one that starts `to` (or the sentence end). */
function spanOf(text: string, from: string, to?: string): Span | undefined {
  const s = sentence(text);
  const at = (word: string) => s.tokens.findIndex((t) => t.start === s.text.indexOf(word));
  const a = at(from);
  const b = to === undefined ? s.tokens.length : at(to);
  expect(a, from).toBeGreaterThanOrEqual(0);
  expect(b, to).toBeGreaterThan(a);
  return quotableSpan(s, a, b, 20);
}

const unusable = (span: Span | undefined) => span === undefined || span.fragment;

describe("a quote asked about as a claim holds a main clause of its own", () => {
  it("reads a list of the subordinate clause's predicates as part of it, not as a main clause", () => {
    const text = "Each time you send a message, save a photo or print a ticket, some of the data arrives damaged.";
    expect(unusable(spanOf(text, "Each time", ", some"))).toBe(true);
    // The whole sentence holds its main clause.
    expect(spanOf(text, "Each time")?.fragment).toBe(false);
    // An imperative after a condition is a main clause.
    const imperative = sentence("If you are tired after the climb, stop and rest.");
    expect(hasMainClause(imperative.tokens, 0, imperative.tokens.length - 1)).toBe(true);
  });

  it("does not take a predicate whose subject came before the span for a main clause", () => {
    const text = "One small survey from Ohio, where towns changed their bins at different times, found a modest drop in litter.";
    expect(unusable(spanOf(text, "where towns"))).toBe(true);
  });

  it("reads 'Not because …, but because …' as two subordinate clauses", () => {
    const text = "Not because the old ferry is worth keeping, but because the council chose the wrong bridge.";
    expect(unusable(spanOf(text, "Not because"))).toBe(true);
  });

  it("reads 'the way …' and 'the day …' with a clause after them as a noun phrase, not a claim", () => {
    expect(unusable(spanOf("It was simply his chore, the way my older brother's chore was feeding the dog.", "the way"))).toBe(true);
    // With a main verb after the clause it is a claim.
    expect(spanOf("The way my older brother fed the dog was careless.", "The way")?.fragment).toBe(false);
    expect(spanOf("The day the rains came, the whole village celebrated.", "The day")?.fragment).toBe(false);
  });

  it("reads a noun with a zero relative clause after a name as an appositive", () => {
    const text = "A heron stands near the reeds, recalling Talos, the clever pupil Daedalus once pushed from a tower, who was turned into a bird.";
    expect(unusable(spanOf(text, "the clever pupil", ", who"))).toBe(true);
  });

  it("does not quote someone else's view, its frame cut off, as the author's statement", () => {
    const text = "In 1850 he had printed a short pamphlet, arguing that the fever was spread by something carried in the water supply.";
    const s = sentence(text);
    const that = s.tokens.findIndex((t) => t.lower === "that");
    expect(unusable(quotableSpan(s, that, s.tokens.length, 20))).toBe(true);
    // Started after the "that", by a question that names who argued it, it is a clause.
    expect(quotableSpan(s, that + 1, s.tokens.length, 20)?.fragment).toBe(false);
    // The author's own view is the author's claim.
    const own = sentence("I would argue that the fever was spread by something carried in the water supply.");
    const ownThat = own.tokens.findIndex((t) => t.lower === "that");
    expect(quotableSpan(own, ownThat, own.tokens.length, 20)?.fragment).toBe(false);
    // Evidence that suggests is no one's view.
    const evidence = sentence("Some later surveys still suggest that the fever was spread by something carried in the water.");
    const evidenceThat = evidence.tokens.findIndex((t) => t.lower === "that");
    expect(quotableSpan(evidence, evidenceThat, evidence.tokens.length, 20)?.fragment).toBe(false);
  });
});

describe("a quote does not leave its verb phrase or object to the text around it", () => {
  it("flags an auxiliary and its negation ending the quote", () => {
    expect(spanOf("Martha is the one who could not.", "Martha")?.contextual).toBe(true);
    expect(spanOf("Most of the old guard did not.", "Most")?.contextual).toBe(true);
    // The quote holds what the auxiliary stands for.
    expect(spanOf("Some children swim well but others do not.", "Some")?.contextual).toBe(false);
  });

  it("flags a verb of knowing or noticing with no object", () => {
    expect(spanOf("My mother knew, of course.", "My")?.contextual).toBe(true);
    expect(spanOf("The harbour master had always suspected.", "The")?.contextual).toBe(true);
    expect(spanOf("My mother knew the tide tables by heart.", "My")?.contextual).toBe(false);
    // A passive has no object to leave out.
    expect(spanOf("The tide tables and the star charts are well understood.", "The")?.contextual).toBe(false);
    expect(spanOf("As every sailor knows, the tide turns twice a day.", "As")?.contextual).toBe(false);
  });

  it("reads the object pronoun after an existential 'there is' as pointing outside the quote", () => {
    // (The sentence is quotable as a whole; only its "it" is flagged.)
    expect(spanOf("There is a great deal to be said for it.", "There")?.unresolved).toBe(true);
  });
});

describe("a quote is not cut before the clause that makes its point", () => {
  it("keeps a phase ('for a while', 'at first') with the 'before'/'until' clause that ends it", () => {
    const text = "Tourists who visit the old chapel usually wait for a while in the cool gloom of the nave until someone points out the small fresco above the door.";
    expect(spanOf(text, "Tourists", "in the cool")?.cutBeforeReason).toBe(true);
    // With no phase waiting for its end, the clause is whole.
    expect(spanOf("Tourists who visit the old chapel admire the fresco above the door before they leave.", "Tourists", "before")?.cutBeforeReason).toBe(false);
  });
});

describe("round 7, second pass: frames, parentheticals and concessions", () => {
  it("does not quote a purpose clause without its 'so that', but keeps a result clause", () => {
    const purpose = sentence("Builders often add one more brace, so that a sagging beam can at least be noticed.");
    const at = purpose.tokens.findIndex((t) => t.text === ",");
    expect(unusable(quotableSpan(purpose, at, purpose.tokens.length, 20))).toBe(true);
    const result = sentence("Landlords pass the cost on in rents, so that a tenant without a bicycle pays for racks she will never use.");
    const comma = result.tokens.findIndex((t) => t.text === ",");
    expect(quotableSpan(result, comma, result.tokens.length, 20)?.fragment).toBe(false);
  });

  it("reads a comment clause with a noun subject before a subjectless predicate as cut from its host", () => {
    const text = "The sailors stayed aboard; they drank their own rations and, the captain believed, never touched the well at all.";
    expect(unusable(spanOf(text, "the captain"))).toBe(true);
  });

  it("reads a quantifier and a participle after a comma as an absolute phrase", () => {
    const text = "The design uses several guard posts, each keeping watch over a different stretch of the wall.";
    expect(unusable(spanOf(text, "each keeping"))).toBe(true);
  });

  it("reads an emphatic 'did' as a concession when a 'but' follows in the sentence", () => {
    const text = "Morgan eventually did sail with the fleet; accounts differ on the year, but it was long after her best work.";
    expect(spanOf(text, "Morgan", ";")?.cutBeforeReason).toBe(true);
  });

  it("keeps the relative clause of a predicate noun reached through 'of' and a parenthesis", () => {
    const s = sentence("The story of the old canal builders is, in the end, a story of labour that mattered most exactly where it was least seen.");
    const span = quotableSpan(s, 0, s.tokens.length, 18);
    expect(span?.text ?? "").not.toMatch(/a story of labour$/);
  });

  it("reads a hypothetical 'would' cut from its 'if' as leaning on the condition", () => {
    const s = sentence("If the council pays for the evening buses out of the parking fund, most of the savings would vanish.");
    const comma = s.tokens.findIndex((t) => t.text === ",");
    const span = quotableSpan(s, comma + 1, s.tokens.length, 20);
    expect(span === undefined || span.contextual).toBe(true);
  });
});

describe("round 7: nouns of relation", () => {
  it("flags a descendant, successor or counterpart with nothing to say whose", () => {
    expect(spanOf("Modern printers rely on far more capable successors.", "Modern")?.contextual).toBe(true);
    expect(spanOf("Modern printers rely on the successors of the daisy wheel.", "Modern")?.contextual).toBe(false);
    expect(spanOf("The daisy wheel and its successors shaped office work for decades.", "The")?.contextual).toBe(false);
  });
});


// Round 9: quotes that lean on context outside them or are cut before their clause ends. Each test
// is one general rule, seen on invented sentences.
import { describe, expect, it } from "vitest";
import { sectionOf } from "../support/sectionOf.js";
import type { SectionAnalysis } from "../../src/questions/analysis/analyseEssay.js";
import { quotableSpan, segments } from "../../src/questions/analysis/spans.js";
import type { Span } from "../../src/questions/analysis/spans.js";

/** The span of exactly `quote` in the one sentence of `section` that holds it. */
function spanOf(section: SectionAnalysis, quote: string, maxWords = 30): Span | undefined {
  const sentence = section.sentences.find((s) => s.text.includes(quote));
  if (!sentence) throw new Error(`no sentence holds "${quote}"`);
  const at = sentence.text.indexOf(quote);
  const a = sentence.tokens.findIndex((t) => t.start >= at);
  const b = sentence.tokens.findIndex((t) => t.end >= at + quote.length) + 1;
  return quotableSpan(sentence, a, b, maxWords);
}

/** The quotable spans of the segments of the sentence that starts so. */
function segmentTexts(section: SectionAnalysis, start: string, maxWords = 30): Array<string | undefined> {
  const sentence = section.sentences.find((s) => s.text.startsWith(start));
  if (!sentence) throw new Error(`no sentence starts "${start}"`);
  return segments(sentence.tokens).map(([from, to]) => quotableSpan(sentence, from, to, maxWords)?.text);
}

describe("a dash written tight between two words or figures", () => {
  const section = sectionOf([
    "The choir would sing the pairs in turn, C–E, D–F sharp, E–G, and the teacher would stop them whenever one pair sagged. The canal was dug in 1791–1794, and the mill opened soon after it.",
  ]);

  it("pairs them and ends no clause", () => {
    for (const sentence of section.sentences) {
      const dashes = sentence.tokens.flatMap((t, i) => (t.text === "–" ? [i] : []));
      expect(dashes.length).toBeGreaterThan(0);
      for (const [from] of segments(sentence.tokens)) expect(dashes).not.toContain(from);
    }
  });

  it("still ends a clause when it stands apart", () => {
    const [sentence] = sectionOf(["The mill opened in spring – nobody in the valley had seen anything like it before."]).sentences;
    const dash = sentence!.tokens.findIndex((t) => t.text === "–");
    expect(segments(sentence!.tokens).some(([from]) => from === dash)).toBe(true);
  });
});

describe("a span that counts on from a list or compares with what came before", () => {
  const section = sectionOf([
    "Three worries follow. The first is cost. The third reason was that the valley road flooded every spring. The second shows that ferries can be outweighed by bridges.",
    "Renting a bicycle is the same kind of bargain, struck with less fuss and usually in cash. The night crossing was the reverse: crowded, slow and cold. The canal was the opposite of the railway in every respect. A dealer could sell the same painting several times over a century.",
  ]);

  it("flags a later item of a list, and not a first one", () => {
    expect(spanOf(section, "The third reason was that the valley road flooded every spring")?.contextual).toBe(true);
    expect(spanOf(section, "The second shows that ferries can be outweighed by bridges")?.contextual).toBe(true);
  });

  it("flags 'the same' or 'the opposite' after 'be' with nothing to compare it with", () => {
    expect(spanOf(section, "Renting a bicycle is the same kind of bargain, struck with less fuss and usually in cash")?.contextual).toBe(true);
    expect(spanOf(section, "The night crossing was the reverse")?.contextual).toBe(true);
  });

  it("keeps a comparison the quote completes, and 'the same' that compares nothing", () => {
    expect(spanOf(section, "The canal was the opposite of the railway in every respect")?.contextual).toBe(false);
    expect(spanOf(section, "A dealer could sell the same painting several times over a century")?.contextual).toBe(false);
  });
});

describe("a span that answers in kind what was done before", () => {
  const section = sectionOf([
    "The northern boats fished the southern banks all winter; the southern crews returned the favour every spring. The larger mills cut their prices, and every village bakery followed suit. The council duly approved the plan in March. The council approved the plan in March.",
  ]);

  it("flags 'returned the favour', 'followed suit' and 'duly'", () => {
    expect(spanOf(section, "the southern crews returned the favour every spring")?.contextual).toBe(true);
    expect(spanOf(section, "every village bakery followed suit")?.contextual).toBe(true);
    expect(spanOf(section, "The council duly approved the plan in March")?.contextual).toBe(true);
    expect(spanOf(section, "The council approved the plan in March")?.contextual).toBe(false);
  });
});

describe("'in other words' inside a quote", () => {
  const section = sectionOf(["The boats sailed home empty. Timber, in other words, was a way of filling an empty hold with money. Timber was a way of filling an empty hold with money."]);

  it("restates the sentence before, wherever it stands", () => {
    expect(spanOf(section, "Timber, in other words, was a way of filling an empty hold with money")?.contextual).toBe(true);
    expect(spanOf(section, "Timber was a way of filling an empty hold with money")?.contextual).toBe(false);
  });
});

describe("a long clause shortened where it still has more to say", () => {
  const section = sectionOf([
    "In 2019 the county council paid the heirs of the founder a large sum so that it could take his portrait off the wall of its chamber.",
    "The rescued ponies were pulled back from the edge of the quarry with the help of two farmers and a tractor.",
    "The first expedition was led by Maria Ortega, then a junior surveyor at the ministry, and staffed largely by volunteers from the valley.",
    "The old mill has since been turned into a school for the children of three villages.",
    "The survey was carried out by two students from the college, working in pairs, and funded by the parish council.",
    "By the late 1880s the town band, rebuilt by the new schoolmaster from a handful of players into a full ensemble, was playing every Sunday in the park.",
  ]);

  it("keeps a verb of taking away with its place", () => {
    const quote = spanOf(section, "so that it could take his portrait off the wall of its chamber", 8);
    expect(quote?.text ?? "").not.toMatch(/take his portrait$/);
  });

  it("still cuts after that place", () => {
    expect(spanOf(section, "The rescued ponies were pulled back from the edge of the quarry with the help of two farmers and a tractor", 12)?.text).toBe("The rescued ponies were pulled back from the edge of the quarry");
  });

  it("does not split off a title dated by 'then', nor drop a second predicate", () => {
    const texts = segmentTexts(section, "The first expedition");
    expect(texts).toContain("The first expedition was led by Maria Ortega, then a junior surveyor at the ministry, and staffed largely by volunteers from the valley");
    expect(spanOf(section, "The first expedition was led by Maria Ortega, then a junior surveyor at the ministry, and staffed largely by volunteers from the valley", 12)?.text ?? "").not.toBe("The first expedition was led by Maria Ortega");
  });

  it("keeps a second predicate after a comma and 'and'", () => {
    const whole = "The survey was carried out by two students from the college, working in pairs, and funded by the parish council";
    expect(spanOf(section, whole, 14)?.text ?? "").not.toBe("The survey was carried out by two students from the college");
  });

  it("does not cut away the main verb that closes a parenthesis", () => {
    const whole = "By the late 1880s the town band, rebuilt by the new schoolmaster from a handful of players into a full ensemble, was playing every Sunday in the park";
    expect(spanOf(section, whole, 20)?.text ?? "").not.toBe("By the late 1880s the town band, rebuilt by the new schoolmaster from a handful of players");
  });

  it("reads 'has since' as an adverb, not a clause's start", () => {
    expect(segmentTexts(section, "The old mill")).toEqual(["The old mill has since been turned into a school for the children of three villages"]);
  });
});

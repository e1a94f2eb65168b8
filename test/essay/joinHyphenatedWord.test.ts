import { describe, expect, it } from "vitest";
import { isEnglishWord } from "../../src/essay/englishWords.js";
import { joinHyphenatedWord } from "../../src/essay/joinHyphenatedWord.js";
import { spellingEvidence } from "../../src/essay/spellingEvidence.js";
import { unwrapLines } from "../../src/essay/unwrapLines.js";

const noEvidence = spellingEvidence("");
const join = (head: string, tail: string, text = "") => joinHyphenatedWord({ head, tail, headStartsSentence: false }, spellingEvidence(text));

describe("isEnglishWord", () => {
  it("knows common words and inflections, in any case, and rejects syllables", () => {
    expect(isEnglishWord("negotiations")).toBe(true);
    expect(isEnglishWord("Library")).toBe(true);
    expect(isEnglishWord("educated")).toBe(true);
    expect(isEnglishWord("tiations")).toBe(false);
    expect(isEnglishWord("brary")).toBe(false);
    expect(isEnglishWord("foreigneducated")).toBe(false);
    expect(isEnglishWord("a")).toBe(true);
    expect(isEnglishWord("zzzs")).toBe(true);
    expect(isEnglishWord("")).toBe(false);
    expect(isEnglishWord("don't")).toBe(false);
  });
});

describe("joinHyphenatedWord", () => {
  it("joins words broken at a syllable", () => {
    expect(join("nego", "tiations")).toBe("");
    expect(join("li", "brary")).toBe("");
    expect(join("govern", "ment")).toBe("");
    expect(joinHyphenatedWord({ head: "Nego", tail: "tiations", headStartsSentence: true }, noEvidence)).toBe("");
  });

  it("keeps the hyphen of true compounds", () => {
    expect(join("partly-foreign", "educated")).toBe("-");
    expect(join("well", "known")).toBe("-");
    expect(join("self", "governing")).toBe("-");
    expect(join("long", "term")).toBe("-");
    expect(join("community", "based")).toBe("-");
    expect(join("state-of-the", "art")).toBe("-");
  });

  it("joins a broken last part of a compound: “partly-for-” + “eign”", () => {
    expect(join("partly-for", "eign")).toBe("");
  });

  it("keeps the hyphen before a capital or a number", () => {
    expect(join("Trump", "Kim")).toBe("-");
    expect(join("anti", "American")).toBe("-");
    expect(join("COVID", "19")).toBe("-");
  });

  it("keeps a suspended hyphen before “and”/“or” with a space: “short- and long-term”", () => {
    expect(join("short", "and")).toBe("- ");
    expect(join("pre", "or")).toBe("- ");
  });

  it("follows the author's own spelling elsewhere in the essay", () => {
    expect(join("co", "operation", "Their co-operation held.")).toBe("-");
    expect(join("co", "operation", "Their cooperation held.")).toBe("");
    expect(join("Os", "trom", "Ostrom never studied it.")).toBe("");
  });

  it("joins a broken name but keeps a name compound when the name stands alone elsewhere", () => {
    expect(join("Ger", "many")).toBe("");
    expect(join("Korea", "related", "North Korea is near.")).toBe("-");
  });

  it("does not count the broken word itself as evidence", () => {
    expect(joinHyphenatedWord({ head: "Ger", tail: "many", headStartsSentence: false }, spellingEvidence("in Ger-\nmany"))).toBe("");
  });
});

describe("unwrapLines", () => {
  it("joins lines with one space and undoes line-end hyphenation", () => {
    expect(unwrapLines(["  The patient nego-", "tiations at the li-", "brary were well-", "known."], noEvidence)).toBe(
      "The patient negotiations at the library were well-known.",
    );
  });

  it("joins after a soft hyphen with nothing in between", () => {
    expect(unwrapLines(["a nego\u00AD", "tiation"], noEvidence)).toBe("a negotiation");
  });

  it("keeps an attached dash attached and a spaced dash spaced", () => {
    expect(unwrapLines(["the summit—", "or so it seemed"], noEvidence)).toBe("the summit—or so it seemed");
    expect(unwrapLines(["the summit —", "or so it seemed"], noEvidence)).toBe("the summit — or so it seemed");
  });

  it("keeps a double hyphen (a typed dash) attached as the author wrote it, like an em dash", () => {
    expect(unwrapLines(["it was--", "briefly--fine"], noEvidence)).toBe("it was--briefly--fine");
    expect(unwrapLines(["it was --", "briefly -- fine"], noEvidence)).toBe("it was -- briefly -- fine");
  });
});

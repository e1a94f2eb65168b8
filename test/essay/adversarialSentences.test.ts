// Sentence splitting on the abbreviations, numbers, quotes and marks that real essays are full of.
// Each case is a text and the sentences a reader would count in it.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/essay/index.js";

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe("splitSentences on adversarial text", () => {
  it.each([
    ["He moved to the U.S. in 1990. It was cold.", ["He moved to the U.S. in 1990.", "It was cold."]],
    ["Troops from the U.K. and France arrived. Then the war ended.", ["Troops from the U.K. and France arrived.", "Then the war ended."]],
    ["Some fruit, e.g. apples, keep well. Others do not.", ["Some fruit, e.g. apples, keep well.", "Others do not."]],
    ["It rots, i.e. it decays. Fine.", ["It rots, i.e. it decays.", "Fine."]],
    ["It was Kim vs. Trump. Nobody won.", ["It was Kim vs. Trump.", "Nobody won."]],
    ["See No. 5 on the list. It is short.", ["See No. 5 on the list.", "It is short."]],
    ["They prayed in St. Paul's Cathedral. It was quiet.", ["They prayed in St. Paul's Cathedral.", "It was quiet."]],
    ["As shown on p. 12, the rate fell. Good.", ["As shown on p. 12, the rate fell.", "Good."]],
    ["See Fig. 3 for details. It shows the rise.", ["See Fig. 3 for details.", "It shows the rise."]],
    ["She earned a Ph.D. in history. Then she taught.", ["She earned a Ph.D. in history.", "Then she taught."]],
    ["J. R. R. Tolkien wrote it. He was a don.", ["J. R. R. Tolkien wrote it.", "He was a don."]],
    ["He paused… Then he spoke. He paused... Then he left.", ["He paused…", "Then he spoke.", "He paused...", "Then he left."]],
    ["Really?! She could not believe it.", ["Really?!", "She could not believe it."]],
    ['He said "no." Then he left.', ['He said "no."', "Then he left."]],
    ["(This is an aside.) The main point follows.", ["(This is an aside.)", "The main point follows."]],
    ["The rate is 3.5 per cent. Version 2.0.1 shipped. It worked.", ["The rate is 3.5 per cent.", "Version 2.0.1 shipped.", "It worked."]],
    ["She came 3rd. The winner was Li.", ["She came 3rd.", "The winner was Li."]],
    ["Mr. Smith and Dr. Jones met Prof. Li. They talked.", ["Mr. Smith and Dr. Jones met Prof. Li.", "They talked."]],
    ["She lives in Washington, D.C. Her brother does not.", ["She lives in Washington, D.C.", "Her brother does not."]],
    ["The U.S.-led coalition won. It left.", ["The U.S.-led coalition won.", "It left."]],
  ])("%s", (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it("ends a sentence at an abbreviation when the next word opens a sentence, and not before a name", () => {
    expect(texts("Growth was strongest in the U.S. The next year it slowed.")).toEqual(["Growth was strongest in the U.S.", "The next year it slowed."]);
    expect(texts("Growth was strongest in the U.S. Next year it slowed.")).toEqual(["Growth was strongest in the U.S.", "Next year it slowed."]);
    expect(texts("She works for the U.S. Army. It pays.")).toEqual(["She works for the U.S. Army.", "It pays."]);
    expect(texts("Martin Luther King Jr. Day is a holiday.")).toEqual(["Martin Luther King Jr. Day is a holiday."]);
  });

  it("ends a sentence after a.m., p.m. and etc. before any capitalised word, except a time zone", () => {
    expect(texts("The meeting ended at 10 p.m. Everyone went home.")).toEqual(["The meeting ended at 10 p.m.", "Everyone went home."]);
    expect(texts("We bought pens, paper, etc. Several were broken.")).toEqual(["We bought pens, paper, etc.", "Several were broken."]);
    expect(texts("We met at 9 a.m. and left at 5 p.m. The day was long.")).toEqual(["We met at 9 a.m. and left at 5 p.m.", "The day was long."]);
    expect(texts("We left at 10 p.m. Eastern time and at 11 p.m. GMT it ended.")).toEqual(["We left at 10 p.m. Eastern time and at 11 p.m. GMT it ended."]);
  });

  it("keeps circa and other references before a number inside the sentence", () => {
    expect(texts("He was born c. 1850. He died young.")).toEqual(["He was born c. 1850.", "He died young."]);
    expect(texts("I met him in Sept. 2019. He was ill.")).toEqual(["I met him in Sept. 2019.", "He was ill."]);
  });

  it("keeps a web page's reference marks and emoji with the sentence they close", () => {
    expect(texts("It was founded in 1850.[3] It grew.")).toEqual(["It was founded in 1850.[3]", "It grew."]);
    expect(texts("It was founded in 1850.[3][4] It grew.")).toEqual(["It was founded in 1850.[3][4]", "It grew."]);
    expect(texts("I love it. 🙂 People still meet there.")).toEqual(["I love it. 🙂", "People still meet there."]);
    expect(texts("It worked! 🎉🎉 Then it broke.")).toEqual(["It worked! 🎉🎉", "Then it broke."]);
  });

  it("reads a long run of emoji against a word in one pass (each closer is read one way only)", () => {
    const spam = "😂".repeat(40);
    expect(texts(`It was great! ${spam}lol. Then it ended.`)).toEqual([`It was great! ${spam}lol.`, "Then it ended."]);
    expect(texts(`It was great! ${spam} Then it ended.`)).toEqual([`It was great! ${spam}`, "Then it ended."]);
  });

  it("splits after quotations that end a sentence, and not inside dialogue with its attribution", () => {
    expect(texts("He said “no.” Then he left.")).toEqual(["He said “no.”", "Then he left."]);
    expect(texts("“Are you coming?” she asked. “Yes!” he said.")).toEqual(["“Are you coming?” she asked.", "“Yes!” he said."]);
    expect(texts("He wrote: ‘It is over.’ Nobody believed him.")).toEqual(["He wrote: ‘It is over.’", "Nobody believed him."]);
  });

  it("copes with accents, right-to-left snippets and an Arabic question mark", () => {
    expect(texts("Émile Zola loved cafés. Ça va sans dire. The Arabic قهوة gave us coffee.")).toEqual(["Émile Zola loved cafés.", "Ça va sans dire.", "The Arabic قهوة gave us coffee."]);
    expect(texts("He asked: كيف حالك؟ Then he left.")).toEqual(["He asked: كيف حالك؟", "Then he left."]);
  });

  it("locates every sentence exactly, emoji and marks included", () => {
    const text = "It was founded in 1850.[3] It grew. 🙂 So did 10 p.m. Nobody slept… The end?! Yes.";
    const spans = splitSentences(text);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(spans.map((span) => span.text).join(" ")).toBe(text);
  });
});

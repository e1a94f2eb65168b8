// Round 8: the essay's topic named whole and as the text uses it (essayTopic.ts): a title's noun
// phrase never cut before its head, a title-case line's words in the text's own case, a count
// noun used in general named in the plural, and a review about the work it reviews.
import { describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";
import { analyseEssay } from "../../src/questions/analysis/analyseEssay.js";
import { topicName } from "../../src/questions/analysis/essayTopic.js";
import { essayCandidates } from "../../src/questions/essayQuestions.js";

function analysed(markdown: string, file = "test.md") {
  return analyseEssay(buildEssay(markdown, { file, id: "test" }));
}

function topicOf(markdown: string, file?: string): string | undefined {
  const analysis = analysed(markdown, file);
  return analysis.topic ? topicName(analysis.topic, analysis.sections[0]!.essayText) : undefined;
}

const woolTrade = `---
title: Green Valley Wool Trade
---

## Sheep on the hills

For two centuries the Green Valley wool trade kept the hill farms alive. Every spring the farmers sheared their sheep and carried the fleeces down to the market town. Wool was the only crop the thin soil allowed.

## The merchants

Merchants from the coast bought the fleeces by weight. They paid in credit, and the farmers bought their tools on the same credit. The merchants grew rich while the farms stayed poor.

## The decline

Cheap cotton from abroad ended the boom within a decade. The farms turned to dairy cattle. The old wool sheds became barns.
`;

const cutName = `---
title: Cold Harbour Ice
---

## The ponds

The Cold Harbour ice houses stood beside three ponds. Each winter the men cut blocks from the ponds and packed them in sawdust. The blocks kept until August.

## The ships

Ships carried the blocks south to warm ports. Half the cargo melted on a slow voyage. Captains learned to sail fast and to pack the holds tight.

## The end

Machines that made ice ended the ice houses. The ponds were drained for houses. Nobody cuts ice there now.
`;

// (After the round-8 freeze the engine reads a long title-case first line as the title, not as
// the first sentence: the whole name is then written only in the title, and the text calls it
// "the trade".)
const herring = `Salt and Silver: Merchants and the Making of the North Sea Herring Trade, 1600–1700

In 1600 the fishing towns of the North Sea sent small boats after the herring every summer. The herring were gutted and salted on board. The catch was sold in the towns along the coast.

Barrels and credit

Merchants soon paid for the salt and the barrels in advance. Their credit let the fleets stay at sea for weeks. The trade grew because the merchants carried the risk.

The end of the shoals

By 1700 the shoals had moved north. The trade moved with them, and the old towns of the North Sea grew poor.
`;

const hedges = `---
title: The Hedge in Winter
---

## What a hedge is

A hedge is a line of shrubs that farmers let grow thick. Hedges divide fields and shelter cattle from the wind. A good hedge holds birds, mice and beetles through the winter.

## Why hedges vanished

After the war farmers pulled out hedges to make bigger fields. Machines needed room to turn, and a hedge took land that could grow wheat. Thousands of miles of hedges were lost in twenty years.

## Planting again

Now farmers are paid to plant hedges again. A young hedge takes ten years to grow thick. Hedges planted today will shelter birds long after the people who planted them.
`;

const ferry = `---
title: The Ferry Is the Lifeline
---

## Mornings

The ferry leaves the island at six. Everyone who works on the mainland rides it. Other islands have two ferries, and their ferries run all night.

## Winter

In winter storms the ferry stops for days. A ferry of that age cannot sail in a gale. Bigger ferries could, and the council has asked for one of those ferries.

## The future

The ferry is forty years old. A ferry costs millions to replace. Without the ferry the island would empty.
`;

const review = `---
title: A quiet revolution
---

**The Long Table: Bread, Ovens and the Village Bakery**
*by Martin Hale. Fenwick Press, 288 pp., £20*

Martin Hale's new book begins in a cold bakehouse at four in the morning. Hale spent a year working beside bakers in three villages, and the book is full of the smell of the ovens. The question it asks is why the village bakery survived when the village shop did not.

## The history

The first half of the book is a history of ovens. Hale is very good on the shared ovens of the eighteenth century, when a village baked its bread together once a week. He shows how the ovens shaped the week of every household.

## The argument

The second half of the book makes a weaker case. Hale claims that a village with a bakery keeps its young people, but his evidence is a handful of interviews. The book would be stronger if it said less.
`;

// The same review in plain text, its header one line under its title (read as the subtitle), and
// a history whose first sentence ends "by" a name.
const reviewInline = review
  .replace(/^---\ntitle: A quiet revolution\n---\n/, "A Quiet Revolution\n")
  .replace("**The Long Table: Bread, Ovens and the Village Bakery**\n*by Martin Hale. Fenwick Press, 288 pp., £20*", "The Long Table by Martin Hale (Fenwick Press, £20)")
  .replace(/## /g, "");

const bridge = `---
title: Iron over Water
---

## The crossing

The Menai crossing was designed by Thomas Telford. Telford hung the deck from iron chains. The bridge opened in 1826.

## The chains

Telford tested every link of the chains before it was hung. The bridge swayed in storms, and Telford stiffened the deck. The bridge still carries traffic.
`;

describe("essay topic, round 8", () => {
  it("takes a title's noun phrase whole, not cut after three words before its head noun", () => {
    expect(topicOf(woolTrade)).toBe("the Green Valley wool trade");
  });

  it("never takes a title phrase from a text that uses it only as the modifier of another noun", () => {
    expect(topicOf(cutName)).not.toMatch(/Cold Harbour ice$/i);
  });

  it("names a long title's phrase that the text calls by its head noun, in the case the rest of the text writes its words", () => {
    expect(analysed(herring, "herring.txt").essay.meta.title).toBe("Salt and Silver: Merchants and the Making of the North Sea Herring Trade, 1600–1700");
    expect(topicOf(herring, "herring.txt")).toBe("the North Sea herring trade");
  });

  it("names a count noun the text mostly uses in general ('a hedge', 'hedges') in the plural, never bare", () => {
    expect(topicOf(hedges)).toBe("hedges");
  });

  it("keeps 'the ferry' of a text that mostly speaks of one ferry, though it also says 'ferries' and 'a ferry'", () => {
    expect(topicOf(ferry)).toBe("the ferry");
  });

  it("is the work a review heads with its title and maker, named as the maker's book", () => {
    expect(topicOf(review)).toBe("Hale's book");
  });

  it("reads a review's header written in one line with its publisher and price", () => {
    expect(reviewInline).toContain("\nThe Long Table by Martin Hale (");
    expect(topicOf(reviewInline, "review.txt")).toBe("Hale's book");
  });

  it("takes no prose sentence ending 'by' a name for a review's header", () => {
    expect(topicOf(bridge) ?? "").not.toMatch(/Telford's/);
  });

  it("asks a review's essay-level questions of the reviewer, not of 'the author'", () => {
    const texts = essayCandidates(analysed(review)).map((c) => c.text);
    expect(texts.some((t) => /\bthe reviewer\b.*Hale's book/.test(t))).toBe(true);
    expect(texts.some((t) => /\bthe author\b.*Hale's book/.test(t))).toBe(false);
  });
});

describe("a long title's name the text calls by its head noun", () => {
  // After the round-8 freeze: read as the title, "… The French Geodesic Mission to Quito,
  // 1735–1744" left the text only "the mission", and "Quito" (a place the text names often) became
  // the topic. The title's name is the topic, with its capitals when the text never writes its
  // words in lower case.
  it("is named as the title names it", () => {
    const text = [
      "The Shape of the Earth, Measured on Foot: The French Survey Mission to Quito, 1735–1744",
      "",
      "In 1735 a party of French surveyors sailed for Quito with a question about the shape of the earth. They reached Quito a year later, and the mission began to measure. The work in Quito took nine years.",
      "",
      "The surveyors quarrelled over method and over credit. Money ran short, and the mission sold its instruments. Their measurements were still the best of the century.",
      "",
      "When the last of them returned from Quito, the question had been settled by others.",
    ].join("\n");
    expect(topicOf(text, "quito.txt")).toBe("the French Survey Mission");
  });
});

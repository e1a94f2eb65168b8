// What an essay is about (essayTopic.ts), as essay-level questions and section fallbacks name it:
// the work a piece of criticism reads, not its maker; the person a life is about, not the thing
// the text mentions most.
import { describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";
import { analyseEssay } from "../../src/questions/analysis/analyseEssay.js";
import { topicName } from "../../src/questions/analysis/essayTopic.js";

function topicOf(markdown: string): string | undefined {
  const analysis = analyseEssay(buildEssay(markdown, { file: "test.md", id: "test" }));
  return analysis.topic ? topicName(analysis.topic, analysis.sections[0]!.essayText) : undefined;
}

const criticism = `---
title: "Still Water: Patience in Jane Oduya's \\"The Mill Pond\\""
---

## A plain surface

Jane Oduya's poem "The Mill Pond" is sixteen lines long and looks simple. Oduya wrote it late in her life. The poem describes a miller who waits each evening for the pond to settle before he opens the sluice.

## What the miller hears

The poem gives the miller no speech at all. Instead it lets the water speak, and the water says only that it will wait. Oduya's readers have often taken this silence for calm.

## Two readings

A second reading finds the poem darker. The pond is held back by a wall the miller built, and the waiting is his, not the water's. Oduya leaves both readings open, and the poem is stronger for it.
`;

const untyped = `---
title: "Reading Tom Ashby's \"Low Water\" Twice"
---

## First reading

Tom Ashby's "Low Water" opens on a dry riverbed in August. Ashby gives us a heron standing where the current used to run. The lines are short and the verbs are few.

## Second reading

On a second reading the heron looks less patient and more stranded. Ashby never says which it is. The ending leaves the river empty and the bird still there.
`;

const city = `---
title: Arrivals
---

## The ferry

In 1892 the first ferry from the island docked at New York before dawn. The passengers walked into New York with their bundles and their papers. They had waited for weeks.

## The streets

New York was louder than anything they had known. The families found rooms near the river. New York charged them for everything.

## The work

The men found work on the docks of New York. The women sewed in small rooms above the shops. Within a year New York had changed them.
`;

const scare = `---
title: Why "Sustainable" Means Nothing
---

## A word for everything

Every product now claims to be "Sustainable", from shampoo to airlines. The story of the word is short. The word once meant something precise about forests and fish.

## What it should mean

A sustainable harvest takes no more than grows back. The story firms tell is different. Regulators should hold the word to its old meaning.
`;

const life = `---
title: The Man Who Counted the Stars
---

## Early years

For centuries the stars were counted by eye from the decks of ships. The ships carried sextants, and the sailors on the ships knew the bright stars by name. The man who changed that worked on land. His name was Arthur Pellow, and his instrument was a glass plate.

## The plates

Pellow was born in Leeds in 1881. Pellow learned to read photographic plates at the observatory, where the ships' charts were also kept. He measured each star's brightness by hand.

## Recognition

Pellow published his catalogue in 1921. The ships of the navy used it within a decade. Pellow did not live to see the catalogue revised.

## Later work

In his last years Pellow taught younger observers. Pellow kept his notebooks, and the ships' officers who visited him found them tidy.
`;

const argument = `---
title: Against the Giveaway
---

## The claim

Cities should stop giving away kerbside space for nothing. The economist Ada Klein argues that every free space is paid for by everyone else. Klein is right, and councils should listen to her.

## The evidence

Klein points out that drivers circle for minutes looking for free spaces. Councils must count that waste. Klein estimates that a third of traffic in busy streets is cruising for a space.

## The objection

Shopkeepers say that charging will drive customers away. Klein answers that full streets drive them away too. This objection is weaker than it looks.

## The remedy

Councils should price kerbs so that one space in each street is always free. Klein calls this the right price. The revenue should go back to the street that pays it.
`;

describe("essay topic", () => {
  it("is the work a piece of criticism quotes in its title, named as its maker's work of its kind, not the maker alone", () => {
    expect(topicOf(criticism)).toBe("Jane Oduya's poem");
  });

  it("names a work the text never calls by its kind by its title, never in quotation marks a section may not contain", () => {
    expect(topicOf(untyped)).toBe("Low Water");
  });

  it("is not a word the title puts in scare quotes", () => {
    // (Nor "the story", though the text twice says "The story" of something else.)
    expect(topicOf(scare)).not.toMatch(/^(?:Sustainable|the story)$/);
  });

  it("is the person a life keeps naming when the title names no phrase of the text", () => {
    expect(topicOf(life)).toBe("Pellow");
  });

  it("is not a place a story keeps naming", () => {
    expect(topicOf(city)).not.toBe("New York");
  });

  it("is not the expert an argument keeps citing", () => {
    expect(topicOf(argument)).not.toBe("Klein");
  });
});

const painting = `---
title: "Looking Twice: Two Readings of Harvest under the Walls of Ghent"
---

## The picture

In a small museum in Antwerp hangs a painting that most visitors pass in a minute. Those who stop before Harvest under the Walls of Ghent see reapers, a cart and a city wall. The painting is small and its colours have darkened.

## The first reading

The usual reading finds a celebration of plenty in the picture. The reapers work together and the harvest is good. On this view the painting praises the harvest and the city that feeds on it.

## The second reading

A second reading notices that the wall cuts the reapers off from the city they feed. The painting never shows a gate, and the harvest goes nowhere. Harvest under the Walls of Ghent may be a picture of exclusion, not of plenty.
`;

const battle = `---
title: "What the Battle of Hastings Changed"
---

## The day

In October 1066 two armies met near the town of Hastings. The Battle of Hastings lasted most of a day. By evening the English king was dead.

## The record

Much of what we know comes from a long embroidered cloth. The painting of the battle that hangs in the abbey was made centuries later. The painting shows the king with an arrow in his eye, though the cloth is less clear.

## The change

After the Battle of Hastings the Norman lords took the land. The language of the court changed within a generation. Historians still argue about how much else the Battle of Hastings changed.
`;

describe("essay topic of a work the title names without quotation marks", () => {
  it("is the work when the text writes its title-case name mid-sentence without a lower-case 'the' and calls it a painting", () => {
    expect(topicOf(painting)).toBe("the painting");
  });

  it("is not an event the text writes as 'the Battle of Hastings', though the text speaks of 'the painting' twice", () => {
    expect(topicOf(battle)).not.toBe("the painting");
  });
});

// Round 9: a title that names its subject by a capitalised name with a preposition inside it
// ("the 1988 River Compact of the Three Counties" style), which the text calls by its head noun.
import { describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";
import { analyseEssay } from "../../src/questions/analysis/analyseEssay.js";
import { topicName } from "../../src/questions/analysis/essayTopic.js";

function topicOf(markdown: string): string | undefined {
  const analysis = analyseEssay(buildEssay(markdown, { file: "test.md", id: "test" }));
  return analysis.topic ? topicName(analysis.topic, analysis.sections[0]!.essayText) : undefined;
}

const compact = (title: string) => `---
title: "${title}"
---

## Background

By the 1980s floods on the river were a yearly contest between the counties. Each county built its banks higher and sent the water to its neighbours. Floods that began as nuisances became disputes.

## The talks

The compact was negotiated over two winters by the engineers of the three counties. Early drafts fixed the height of every bank, and were dropped. The compact instead set up a joint board that met each spring.

## Why it worked

The compact lasted because the board met whether or not there had been a flood. Floods still came, but the counties argued about them in one room.
`;

describe("a title's name with a preposition inside it", () => {
  it("is the topic when the text calls it by its head noun, named as the title writes it", () => {
    expect(topicOf(compact("Holding Back: Lessons of the 1988 Floods on Rivers Compact"))).toBe("the 1988 Floods on Rivers Compact");
  });

  it("gives way to no name with 'the' inside, nor one the text never calls by its head", () => {
    expect(topicOf(compact("Holding Back: The Floods and the Yardstick of the River"))).toBe("floods");
  });
});

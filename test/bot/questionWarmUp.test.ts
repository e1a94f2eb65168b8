// With an LLM configured, questions that arrive after start-up replace the offline ones in replies.
import { afterEach, describe, expect, it } from "vitest";
import { createLibrary } from "../../src/library/library.js";
import type { QuestionService } from "../../src/questions/questionService.js";
import { startBotHarness, type BotHarness } from "../support/botHarness.js";
import { summitReading } from "../support/handmadeReading.js";

let harness: BotHarness | undefined;

afterEach(async () => {
  await harness?.finish();
  harness = undefined;
});

describe("questions warmed up after start-up", () => {
  it("are used by the next reply, without waiting and without stale cards", async () => {
    const reading = summitReading();
    const first = reading.essay.sections[0]!;
    let warmed = false;
    let finishWarming: () => void = () => {};
    const service: QuestionService = {
      questionsFor(essay) {
        if (!warmed) return reading.questions;
        const fromModel = { ...reading.questions.sections[first.id]![0]!, id: "llm-1", text: "What would the delegates say about the first day?", source: "llm" as const };
        return { ...reading.questions, essayId: essay.id, provider: "openai-compatible", sections: { ...reading.questions.sections, [first.id]: [fromModel] } };
      },
      warmQuestions: () =>
        new Promise((resolve) => {
          finishWarming = () => {
            warmed = true;
            resolve({ generated: 1, cached: 0, failed: 0 });
          };
        }),
    };
    harness = await startBotHarness({ library: createLibrary([reading]), questions: service });
    const before = await (await harness.run("excerpt", { section: "1" })).finalResponse();
    expect(before.embeds[0]?.fields?.[0]?.value).toContain("Why did nobody expect much?");
    const oldLibrary = harness.bot.context.library;
    finishWarming();
    await expect.poll(() => harness!.bot.context.library !== oldLibrary).toBe(true);
    const after = await (await harness.run("excerpt", { section: "1" })).finalResponse();
    expect(after.embeds[0]?.fields?.[0]?.value.split("\n")[0]).toBe("1. What would the delegates say about the first day?");
    expect(harness.logs.some((line) => line.msg === "LLM questions ready" && line.generated === 1)).toBe(true);
  });
});

import type { APIButtonComponentWithCustomId } from "discord.js";
import { describe, expect, it } from "vitest";
import { parseCustomId } from "../../src/discord/customIds.js";
import { excerptMessage } from "../../src/discord/render/excerptMessage.js";
import { embedLength } from "../../src/discord/render/fitEmbed.js";
import { helpMessage } from "../../src/discord/render/helpMessage.js";
import { LIMITS } from "../../src/discord/render/limits.js";
import type { MessageView } from "../../src/discord/render/messageView.js";
import { questionsMessage } from "../../src/discord/render/questionsMessage.js";
import { sectionsMessage } from "../../src/discord/render/sectionsMessage.js";
import { excerptView } from "../../src/library/excerptView.js";
import { handmadeReading, summitReading } from "../support/handmadeReading.js";
import { commands } from "../../commands/index.js";

function expectSendable(view: MessageView): void {
  for (const embed of view.embeds ?? []) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect((view.embeds ?? []).reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
  expect(view.components?.length ?? 0).toBeLessThanOrEqual(LIMITS.actionRows);
  for (const row of view.components ?? []) {
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const button of row.components as APIButtonComponentWithCustomId[]) expect(button.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  }
}

function buttons(view: MessageView) {
  return (view.components ?? []).flatMap((row) => row.components as APIButtonComponentWithCustomId[]);
}

describe("the excerpt card", () => {
  const reading = summitReading();
  const section = reading.essay.sections[1]!;

  it("shows the title, 'Section k of n · title', the excerpt as a quote, questions and paragraphs", () => {
    const view = excerptMessage(excerptView(reading, section, 0));
    const embed = view.embeds?.[0];
    expect(embed?.title).toBe("The Summit");
    expect(embed?.description?.split("\n")[0]).toBe("**Section 2 of 3 · Sanctions and pressure**");
    expect(embed?.description).toContain("> Sanctions had never forced a country to change course.");
    expect(embed?.fields?.[0]?.name).toBe("Discuss");
    expect(embed?.fields?.[0]?.value.split("\n")).toHaveLength(3);
    expect(embed?.footer?.text).toBe("Paragraph 2 · excerpt 1 of 2");
    expectSendable(view);
  });

  it("has Next section, More questions and Another excerpt buttons that point back at the card", () => {
    const view = excerptMessage(excerptView(reading, section, 0));
    const [next, more, another] = buttons(view);
    expect(buttons(view).map((button) => button.label)).toEqual(["Next section", "More questions", "Another excerpt"]);
    expect(parseCustomId(next!.custom_id)).toEqual({ action: "next", args: ["summit", section.id] });
    expect(parseCustomId(more!.custom_id)?.action).toBe("more");
    expect(parseCustomId(another!.custom_id)).toEqual({ action: "another", args: ["summit", section.id, "1"] });
    expect(another!.disabled).toBeUndefined();
  });

  it("disables Another excerpt when the section has only one", () => {
    const view = excerptMessage(excerptView(reading, reading.essay.sections[0]!, 0));
    expect(buttons(view)[2]?.disabled).toBe(true);
  });

  it("stays within Discord's limits for an enormous passage, title and questions, keeping the quote marks", () => {
    const sentence = "This sentence is part of an extremely long paragraph that goes on and on. ";
    const huge = handmadeReading(
      "e".repeat(60),
      "T".repeat(400),
      [
        {
          title: "A section title that is far too long ".repeat(10),
          paragraphs: [sentence.repeat(80).trim(), `${sentence.repeat(20)}*bold* _under_ # heading [link](http://x)`.trim()],
          excerpts: [[0, 1]],
          questions: Array.from({ length: 5 }, (_, index) => ({ text: `Question ${index}: ${"why ".repeat(300)}?` })),
        },
      ],
    );
    const view = excerptMessage(excerptView(huge, huge.essay.sections[0]!, 0));
    expectSendable(view);
    const description = view.embeds?.[0]?.description ?? "";
    for (const line of description.split("\n").slice(2)) expect(line.startsWith(">")).toBe(true);
    expect(description.endsWith("…")).toBe(true);
  });

  it("escapes Markdown in the essay's text, so it shows as written", () => {
    const marked = handmadeReading("marked", "Marked", [{ title: "Stars", paragraphs: ["An *emphatic* claim about a_b and `code`."] }]);
    const description = excerptMessage(excerptView(marked, marked.essay.sections[0]!, 0)).embeds?.[0]?.description ?? "";
    expect(description).toContain("\\*emphatic\\*");
    expect(description).toContain("\\`code\\`");
  });
});

describe("the other messages", () => {
  const reading = summitReading();

  it("/sections lists every section with its paragraphs, and cuts whole lines when there are too many", () => {
    const view = sectionsMessage(reading.essay, []);
    expect(view.embeds?.[0]?.description?.split("\n")).toEqual(["**1.** Arrival · ¶ 1", "**2.** Sanctions and pressure · ¶ 2–3", "**3.** The road ahead · ¶ 4"]);
    const many = handmadeReading("many", "Many", Array.from({ length: 300 }, (_, index) => ({ title: `Section title number ${index + 1} about things`, paragraphs: ["Text."] })));
    const long = sectionsMessage(many.essay, ["Other reading"]);
    expectSendable(long);
    expect(long.embeds?.[0]?.description).toMatch(/…and \d+ more sections$/);
  });

  it("/questions shows each question's type, and questions on the whole reading", () => {
    const section = reading.essay.sections[1]!;
    const view = questionsMessage({
      essayTitle: "The Summit",
      section,
      sectionCount: 3,
      sectionQuestions: reading.questions.sections[section.id] ?? [],
      essayQuestions: reading.questions.essay,
    });
    expect(view.embeds?.[0]?.description?.split("\n")[0]).toBe("1. **Evaluate** · Can sanctions work at all?");
    expect(view.embeds?.[0]?.fields?.[0]).toEqual({ name: "On the whole reading", value: "1. **Connect** · How does the arrival bear on the road ahead?" });
    expectSendable(view);
  });

  it("/help lists every command it is given, including ones added later", () => {
    const definitions = [...commands.map((command) => command.definition), { name: "schedule", description: "Daily prompts", default_member_permissions: "32", options: [{ type: 1, name: "set", description: "Set" }, { type: 1, name: "show", description: "Show" }] }];
    const view = helpMessage({ commands: definitions as never, readings: [{ title: "The Summit", sections: 3 }] });
    const names = view.embeds?.[0]?.fields?.map((field) => field.name) ?? [];
    expect(names).toContain("/excerpt [section] [search] [private] [essay]");
    expect(names).toContain("/schedule set | show · moderators");
    expectSendable(view);
  });
});

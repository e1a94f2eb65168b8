import { describe, expect, it } from "vitest";
import { excerptMessage } from "../../src/discord/render/excerptMessage.js";
import { excerptView } from "../../src/library/excerptView.js";
import { buttonsOf, renderChoices, renderMessage } from "../../src/sandbox/renderForTerminal.js";
import { summitReading } from "../support/handmadeReading.js";

const names = {
  channel: (id: string) => ({ "111111111111111111": "study-group" })[id],
  role: (id: string) => ({ "222222222222222222": "Readers" })[id],
  user: (id: string) => ({ "333333333333333333": "ada" })[id],
};
const now = () => new Date("2026-11-28T07:00:00Z");
const plain = { colour: false, width: 60, names, now };

describe("rendering for the terminal", () => {
  const reading = summitReading();
  const card = excerptMessage(excerptView(reading, reading.essay.sections[1]!, 0));

  it("shows the embed's title, heading, quote, questions, footer and buttons", () => {
    const text = renderMessage({ ...card, flags: 0 }, "Colloquy in #study-group", { ...plain, width: 200 });
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^── Colloquy in #study-group ─+$/);
    expect(lines).toContain("The Summit");
    expect(lines).toContain("Section 2 of 3 · Sanctions and pressure");
    expect(lines).toContain("> Sanctions had never forced a country to change course. The pressure campaign was nonetheless maximal.");
    expect(lines).toContain("Discuss");
    expect(lines).toContain("1. Can sanctions work at all?");
    expect(lines).toContain("Paragraph 2 · excerpt 1 of 2");
    expect(lines.at(-1)).toBe("[Next section] [More questions] [Another excerpt]");
    expect(text).not.toContain("**");
  });

  it("marks private replies and unavailable buttons", () => {
    const single = excerptMessage(excerptView(reading, reading.essay.sections[0]!, 0));
    const text = renderMessage({ ...single, flags: 64 }, "Colloquy", plain);
    expect(text.split("\n")[0]).toContain("Colloquy (only you can see this)");
    expect(text).toContain("[Another excerpt (unavailable)]");
    expect(buttonsOf(single).map((button) => [button.label, button.disabled])).toEqual([
      ["Next section", false],
      ["More questions", false],
      ["Another excerpt", true],
    ]);
  });

  it("wraps long lines at the width, keeping the quote mark on each line", () => {
    const long = renderMessage({ embeds: [{ description: `> ${"word ".repeat(40).trim()}` }] }, "Colloquy", plain).split("\n").slice(1);
    expect(long.length).toBeGreaterThan(3);
    for (const line of long) {
      expect(line.length).toBeLessThanOrEqual(60);
      expect(line.startsWith("> ")).toBe(true);
    }
  });

  it("shows mentions by name, timestamps as dates in UTC or relative to the sandbox's clock, and code without backticks", () => {
    const text = renderMessage(
      {
        content: "Answer from <@333333333333333333> for <@&222222222222222222>",
        embeds: [{ fields: [{ name: "Channel", value: "<#111111111111111111>" }, { name: "Next posts", value: "<t:1796029200:F> (<t:1796029200:R>)\n`Mon 11-30` · no prompt" }] }],
      },
      "Colloquy",
      plain,
    );
    expect(text.split("\n").slice(1)).toEqual([
      "Answer from @ada for @Readers",
      "",
      "Channel",
      "#study-group",
      "",
      "Next posts",
      "Monday, 30 November 2026 09:00 UTC (in 2 days)",
      "Mon 11-30 · no prompt",
    ]);
  });

  it("shows autocomplete suggestions with the value to type", () => {
    expect(renderChoices("section", [{ name: "2 · Sanctions", value: "2" }], plain).split("\n")[1]).toBe("  2 · Sanctions  → section:2");
    expect(renderChoices("section", [], plain)).toContain("(none match what you typed)");
  });
});

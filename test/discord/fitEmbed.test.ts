import fc from "fast-check";
import type { APIEmbed } from "discord.js";
import { describe, expect, it } from "vitest";
import { embedLength, fitEmbed } from "../../src/discord/render/fitEmbed.js";
import { LIMITS } from "../../src/discord/render/limits.js";

function expectWithinLimits(embed: APIEmbed): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
  expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(LIMITS.authorName);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footerText);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeGreaterThan(0);
    expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(field.value.length).toBeGreaterThan(0);
    expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
}

const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(" ");

describe("fitEmbed", () => {
  it("leaves an embed within the limits unchanged", () => {
    const embed: APIEmbed = { title: "Title", description: "Text.", fields: [{ name: "Discuss", value: "1. Why?" }], footer: { text: "Paragraph 1" } };
    expect(fitEmbed(embed)).toEqual(embed);
  });

  it("cuts every part to its own limit at a word boundary", () => {
    const fitted = fitEmbed({
      title: words(100),
      description: words(1000),
      author: { name: words(100) },
      footer: { text: words(500) },
      fields: Array.from({ length: 30 }, () => ({ name: words(60), value: words(300) })),
    });
    expectWithinLimits(fitted);
    expect(fitted.title?.endsWith("…")).toBe(true);
    expect(fitted.title).toMatch(/word\d+…$/);
  });

  it("keeps the total under 6,000 by shortening the description first", () => {
    const fitted = fitEmbed({ title: "T", description: words(900), fields: [{ name: "Discuss", value: words(100) }], footer: { text: "F" } });
    expectWithinLimits(fitted);
    expect(fitted.fields?.[0]?.value.length).toBeGreaterThan(500);
    expect(fitted.description?.endsWith("…")).toBe(true);
  });

  it("replaces empty field names and values, which Discord rejects", () => {
    const fitted = fitEmbed({ fields: [{ name: " ", value: "" }] });
    expect(fitted.fields?.[0]?.name.trim()).toBe("\u200b");
    expectWithinLimits(fitted);
  });

  it("is within every limit for any embed", () => {
    const text = (max: number) => fc.string({ unit: "grapheme", maxLength: max });
    fc.assert(
      fc.property(
        fc.record(
          {
            title: text(400),
            description: text(7000),
            author: fc.record({ name: text(400) }),
            footer: fc.record({ text: text(3000) }),
            fields: fc.array(fc.record({ name: text(300), value: text(1500) }), { maxLength: 30 }),
          },
          { requiredKeys: [] },
        ),
        (embed) => expectWithinLimits(fitEmbed(embed)),
      ),
      { numRuns: 200 },
    );
  });
});

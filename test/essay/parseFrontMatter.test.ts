import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../src/essay/parseFrontMatter.js";

describe("parseFrontMatter", () => {
  it("returns text without front matter unchanged", () => {
    expect(parseFrontMatter("Just an essay.\n")).toEqual({ ok: true, fields: {}, body: "Just an essay.\n", lineCount: 0 });
  });

  it("reads title, author, source and date, quoted or not, and ignores other keys and lists", () => {
    const result = parseFrontMatter(
      '---\ntitle: "The Library: A Study"\nauthor: Mara Ellison\nsource: \'Essays, vol. 2\'\ndate: 2021-03-14\ntags:\n  - libraries\n# a comment\n---\nBody text.',
    );
    expect(result).toEqual({
      ok: true,
      fields: { title: "The Library: A Study", author: "Mara Ellison", source: "Essays, vol. 2", date: "2021-03-14" },
      body: "Body text.",
      lineCount: 9,
    });
  });

  it("reports front matter that is never closed", () => {
    const result = parseFrontMatter("---\ntitle: Open\n\nThe essay starts here.");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/never closed/);
  });

  it("reports a line that is not a key: value field, with its line number", () => {
    const result = parseFrontMatter("---\ntitle: Fine\nthis line is not a field\n---\nBody");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/line 3/);
  });

  it("reports an unclosed quote", () => {
    const result = parseFrontMatter('---\ntitle: "Never closed\n---\nBody');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/quote/);
  });
});

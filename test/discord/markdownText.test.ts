import { describe, expect, it } from "vitest";
import { blockQuote, plainText } from "../../src/discord/render/markdownText.js";

describe("essay text as Discord Markdown", () => {
  it("escapes inline formatting so it shows as written", () => {
    expect(plainText("An *emphatic* claim, a_b, `code`, ~~gone~~, ||spoiler|| and a \\ backslash")).toBe(
      "An \\*emphatic\\* claim, a\\_b, \\`code\\`, \\~\\~gone\\~\\~, \\|\\|spoiler\\|\\| and a \\\\ backslash",
    );
    expect(plainText("[a link](https://example.com)")).toBe("\\[a link\\](https://example.com)");
  });

  it("escapes headings, subtext, quotes and lists only at the start of a line", () => {
    expect(plainText("# Heading\n## Two\n-# small\n> quoted\n- item\n+ item\n12. numbered\nNot # a heading, 3. not a list")).toBe(
      "\\# Heading\n\\## Two\n\\-# small\n\\> quoted\n\\- item\n\\+ item\n12\\. numbered\nNot # a heading, 3. not a list",
    );
  });

  it("leaves ordinary prose alone", () => {
    const prose = "Kim’s advisers argued (in 2018) that sanctions were easing — “probably”. Costs: 3.5% & rising!";
    expect(plainText(prose)).toBe(prose);
  });

  it("quotes every line, blank ones included", () => {
    expect(blockQuote("First paragraph.\n\nSecond.")).toBe("> First paragraph.\n> \n> Second.");
  });
});

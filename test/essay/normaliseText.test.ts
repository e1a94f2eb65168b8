import { describe, expect, it } from "vitest";
import { normaliseText } from "../../src/essay/normaliseText.js";

describe("normaliseText", () => {
  it("drops the byte-order mark and zero-width characters", () => {
    expect(normaliseText("\uFEFFHello\u200B wor\u200Dld\u2060")).toBe("Hello world");
  });

  it("turns CRLF, CR and Unicode line separators into LF", () => {
    expect(normaliseText("a\r\nb\rc\u2028d")).toBe("a\nb\nc\nd");
  });

  it("puts a form feed on a line of its own, which reads as blank (a page break)", () => {
    expect(normaliseText("end of page.\fNext page")).toBe("end of page.\n\f\nNext page");
    expect(normaliseText("end.\r\n\f\r\n2\r\n")).toBe("end.\n\n\f\n\n2\n");
  });

  it("turns NBSP and other space-like characters into plain spaces", () => {
    expect(normaliseText("100\u00A0km and 5\u202Fkg\u2003here")).toBe("100 km and 5 kg here");
  });

  it("composes decomposed accents (NFC)", () => {
    const composed = normaliseText("cafe\u0301");
    expect(composed).toBe("caf\u00E9");
    expect(composed).toHaveLength(4);
  });

  it("spells out ligatures left by PDF extraction", () => {
    expect(normaliseText("\uFB01nal \uFB02ow")).toBe("final flow");
  });

  it("keeps a soft hyphen at a line end (a broken word) and drops it elsewhere", () => {
    expect(normaliseText("nego\u00ADtiations")).toBe("negotiations");
    expect(normaliseText("nego\u00AD\ntiations")).toBe("nego\u00AD\ntiations");
  });

  it("removes trailing spaces but keeps indentation, and tabs become spaces", () => {
    expect(normaliseText("  indented   \n\tnext")).toBe("  indented\n    next");
  });

  it("keeps curly quotes and dashes", () => {
    expect(normaliseText("“Quoted” — and ’tis – fine")).toBe("“Quoted” — and ’tis – fine");
  });
});

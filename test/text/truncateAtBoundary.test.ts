import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { truncateAtBoundary } from "../../src/text/truncateAtBoundary.js";

describe("truncateAtBoundary", () => {
  it("leaves text that fits alone", () => {
    expect(truncateAtBoundary("Short enough.", 13)).toBe("Short enough.");
  });

  it("cuts after a whole sentence when that keeps most of the room", () => {
    const text = "The first sentence is here. The second one is much longer and will not fit.";
    expect(truncateAtBoundary(text, 40)).toBe("The first sentence is here. …");
  });

  it("cuts after a whole word otherwise, without a dangling comma", () => {
    expect(truncateAtBoundary("Sanctions, pressure, talks and summits", 24)).toBe("Sanctions, pressure…");
  });

  it("cuts inside a word only when there is no space to cut at", () => {
    expect(truncateAtBoundary("Supercalifragilisticexpialidocious", 10)).toBe("Supercali…");
  });

  it("never splits a surrogate pair", () => {
    const text = "😀".repeat(10);
    const cut = truncateAtBoundary(text, 6);
    expect(cut).toBe("😀😀…");
    expect(cut.length).toBeLessThanOrEqual(6);
  });

  it("handles the smallest limits", () => {
    expect(truncateAtBoundary("abc", 1)).toBe("…");
    expect(truncateAtBoundary("abc", 2)).toBe("a…");
    expect(truncateAtBoundary("", 0)).toBe("");
  });

  it("always fits, keeps a prefix of the text, and ends with … when it cut (any text, any limit)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.integer({ min: 1, max: 320 }), (text, max) => {
        const cut = truncateAtBoundary(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (text.length <= max) {
          expect(cut).toBe(text);
          return;
        }
        expect(cut.endsWith("…")).toBe(true);
        const kept = cut.slice(0, -1).trimEnd();
        expect(text.startsWith(kept)).toBe(true);
        const last = kept.charCodeAt(kept.length - 1);
        expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { encodeCustomId, MAX_CUSTOM_ID_LENGTH, parseCustomId } from "../../src/discord/customIds.js";

describe("custom ids", () => {
  it("round-trips an action and its arguments", () => {
    const id = encodeCustomId("next", "singapore-summit", "p1-4-0b9bdf");
    expect(id).toBe("c1:next:singapore-summit:p1-4-0b9bdf");
    expect(parseCustomId(id)).toEqual({ action: "next", args: ["singapore-summit", "p1-4-0b9bdf"] });
    expect(parseCustomId(encodeCustomId("another", "e", "s", 2))).toEqual({ action: "another", args: ["e", "s", "2"] });
  });

  it("fits the longest ids the essay engine makes (60-character essay, 20-character section)", () => {
    const id = encodeCustomId("more", "e".repeat(60), "s".repeat(20), "1234-1240");
    expect(id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID_LENGTH);
  });

  it("refuses ids Discord would reject or that could not be read back", () => {
    expect(() => encodeCustomId("next", "x".repeat(100))).toThrow(/100/);
    expect(() => encodeCustomId("next", "a:b")).toThrow(/":"/);
    expect(() => encodeCustomId("next", "")).toThrow();
    expect(() => encodeCustomId("Next Section")).toThrow(/lower-case/);
  });

  it("does not read ids of another format or version (older buttons)", () => {
    for (const id of ["next", "x1:next:a:b", "c0:next:a", "c1", "c1::a", "c1:next:a::b", "c1:NEXT:a"]) {
      expect(parseCustomId(id), id).toBeNull();
    }
  });
});

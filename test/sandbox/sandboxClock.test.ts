// The sandbox's clock: where it starts (the next weekday 07:00 UTC), and that it runs with real time
// and moves only forward.
import { describe, expect, it } from "vitest";
import { sandboxClock, sandboxStart } from "../../src/sandbox/sandboxClock.js";

const start = (iso: string) => sandboxStart(new Date(iso)).toISOString();

describe("where the sandbox's time starts", () => {
  it("is today's 07:00 UTC on a weekday morning before it, else the next weekday's", () => {
    expect(start("2026-11-30T05:12:00Z")).toBe("2026-11-30T07:00:00.000Z"); // Monday, early
    expect(start("2026-11-30T07:00:00Z")).toBe("2026-11-30T07:00:00.000Z");
    expect(start("2026-11-30T07:00:01Z")).toBe("2026-12-01T07:00:00.000Z"); // Monday, later: Tuesday
    expect(start("2026-11-26T22:01:00Z")).toBe("2026-11-27T07:00:00.000Z"); // Thursday evening: Friday
  });

  it("skips the weekend", () => {
    expect(start("2026-11-27T22:01:00Z")).toBe("2026-11-30T07:00:00.000Z"); // Friday evening
    expect(start("2026-11-28T06:00:00Z")).toBe("2026-11-30T07:00:00.000Z"); // Saturday morning
    expect(start("2026-11-29T23:59:00Z")).toBe("2026-11-30T07:00:00.000Z"); // Sunday night
  });
});

describe("the sandbox's clock", () => {
  it("starts where it is told, runs with real time, and only moves forward", () => {
    let real = Date.parse("2026-11-27T22:01:00Z");
    const clock = sandboxClock(() => real);
    expect(clock.now().toISOString()).toBe("2026-11-30T07:00:00.000Z");
    real += 90_000;
    expect(clock.now().toISOString()).toBe("2026-11-30T07:01:30.000Z");
    clock.advance(86_400_000);
    expect(clock.now().toISOString()).toBe("2026-12-01T07:01:30.000Z");
    expect(() => clock.advance(-1)).toThrow("only moves forward");
    expect(sandboxClock(() => real, new Date("2026-01-01T00:00:00Z")).now().toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });
});

// Mentions and timestamps as Discord shows them, for the sandbox's terminal: names looked up,
// every timestamp style in UTC with the zone named, relative ones from the sandbox's clock.
import { describe, expect, it } from "vitest";
import { readableMentions } from "../../src/sandbox/readableMentions.js";
import { readableTimestamps } from "../../src/sandbox/readableTimestamps.js";
import { relativeTime } from "../../src/sandbox/relativeTime.js";

const names = {
  channel: (id: string) => ({ "1575995063509581829": "study-group", "1577247886595457024": "Why did nobody expect much?" })[id],
  role: (id: string) => ({ "1575995063505387521": "Readers", "1575995063505387520": "@everyone" })[id],
  user: (id: string) => ({ "1575995063509581828": "member" })[id],
};

describe("mentions", () => {
  it("read as #channel, #thread, @role and @member, with Discord's words for what is gone", () => {
    expect(readableMentions("Posts in <#1575995063509581829>; answers in <#1577247886595457024>.", names)).toBe(
      "Posts in #study-group; answers in #Why did nobody expect much?.",
    );
    expect(readableMentions("<@&1575995063505387521> <@1575995063509581828> <@!1575995063509581828> <@&1575995063505387520>", names)).toBe(
      "@Readers @member @member @everyone",
    );
    expect(readableMentions("<#1999999999999999999> <@&1999999999999999999> <@1999999999999999999>", names)).toBe("#unknown @deleted-role @unknown-user");
    expect(readableMentions("@everyone <#abc> <@12>", names)).toBe("@everyone <#abc> <@12>");
  });
});

describe("timestamps", () => {
  const at = Math.floor(Date.parse("2026-11-30T09:05:07Z") / 1000);
  const now = new Date("2026-11-28T07:00:00Z");

  it("show each of Discord's styles in UTC, naming the zone", () => {
    const shown = (style: string) => readableTimestamps(`<t:${at}${style}>`, now);
    expect(shown(":t")).toBe("09:05 UTC");
    expect(shown(":T")).toBe("09:05:07 UTC");
    expect(shown(":d")).toBe("30/11/2026 (UTC)");
    expect(shown(":D")).toBe("30 November 2026 (UTC)");
    expect(shown(":f")).toBe("30 November 2026 09:05 UTC");
    expect(shown("")).toBe("30 November 2026 09:05 UTC");
    expect(shown(":F")).toBe("Monday, 30 November 2026 09:05 UTC");
    expect(shown(":s")).toBe("30/11/2026, 09:05 UTC");
    expect(shown(":S")).toBe("30/11/2026, 09:05:07 UTC");
    expect(shown(":R")).toBe("in 2 days");
  });

  it("replace every timestamp in a text and leave what is not one", () => {
    expect(readableTimestamps(`Next <t:${at}:F> (<t:${at}:R>), then <t:${at + 86_400}:t>. <t:x:F> <t:${at}:Q>`, now)).toBe(
      "Next Monday, 30 November 2026 09:05 UTC (in 2 days), then 09:05 UTC. <t:x:F> <t:" + at + ":Q>",
    );
  });
});

describe("relative times", () => {
  const now = new Date("2026-01-14T12:00:00Z");
  const from = (ms: number) => relativeTime(new Date(now.getTime() + ms), now);
  const minute = 60_000;
  const hour = 60 * minute;
  const day = 24 * hour;

  it("round to the largest unit that fits, ahead and behind", () => {
    expect(from(10_000)).toBe("in a few seconds");
    expect(from(-10_000)).toBe("a few seconds ago");
    expect(from(60_000)).toBe("in a minute");
    expect(from(5 * minute)).toBe("in 5 minutes");
    expect(from(-44 * minute)).toBe("44 minutes ago");
    expect(from(50 * minute)).toBe("in an hour");
    expect(from(14 * hour)).toBe("in 14 hours");
    expect(from(23 * hour)).toBe("in a day");
    expect(from(-(2 * day + 2 * hour))).toBe("2 days ago");
    expect(from(25 * day)).toBe("in 25 days");
    expect(from(30 * day)).toBe("in a month");
    expect(from(100 * day)).toBe("in 3 months");
    expect(from(400 * day)).toBe("in a year");
    expect(from(-3 * 365 * day)).toBe("3 years ago");
  });
});

import { describe, expect, it } from "vitest";
import { activeMembers } from "../../src/stats/activeMembers.js";
import { groupStats } from "../../src/stats/groupStats.js";
import { memberStats } from "../../src/stats/memberStats.js";
import { participationByDay } from "../../src/stats/participationByDay.js";
import { statsInput, type PostedPrompt, type PromptAnswer } from "../../src/stats/participationInput.js";
import { memberStreaks, topStreaks } from "../../src/stats/streaks.js";

const day = 86_400_000;
const base = Date.parse("2026-01-05T09:00:00Z"); // Monday

/** Prompts on the given dates (weekdays of two weeks, say), ids in order. */
function promptsOn(dates: string[]): PostedPrompt[] {
  return dates.map((localDate, index) => ({ id: index + 1, localDate, postedAt: Date.parse(`${localDate}T09:00:00Z`) }));
}
function answer(userId: string, prompt: PostedPrompt, laterMs = 3_600_000): PromptAnswer {
  return { promptId: prompt.id, userId, answeredAt: prompt.postedAt + laterMs };
}

// Mon-Fri of two weeks: no prompts at the weekend.
const weekdays = ["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-01-12", "2026-01-13", "2026-01-14"];
const prompts = promptsOn(weekdays);
const p = (date: string) => prompts.find((prompt) => prompt.localDate === date)!;

describe("streaks count prompt days, not calendar days", () => {
  it("a weekend without prompts does not break a streak", () => {
    const answers = ["2026-01-08", "2026-01-09", "2026-01-12", "2026-01-13", "2026-01-14"].map((date) => answer("ann", p(date)));
    expect(memberStreaks(prompts, answers).get("ann")).toEqual({ current: 5, longest: 5 });
  });

  it("a prompt day without an answer breaks it; the longest is kept", () => {
    const answers = ["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-09", "2026-01-12"].map((date) => answer("bob", p(date)));
    // Answered 5, 6, 7; missed 8; answered 9, 12; missed 13; 14 is the open latest day.
    expect(memberStreaks(prompts, answers).get("bob")).toEqual({ current: 0, longest: 3 });
  });

  it("the latest prompt day is still open: not answered yet keeps the current streak", () => {
    const answers = ["2026-01-12", "2026-01-13"].map((date) => answer("cat", p(date)));
    expect(memberStreaks(prompts, answers).get("cat")).toEqual({ current: 2, longest: 2 });
  });

  it("answering late still counts for the prompt's own day; two prompts a day count as one day", () => {
    const twice = [...prompts, { id: 99, localDate: "2026-01-14", postedAt: Date.parse("2026-01-14T18:00:00Z") }];
    const answers = [answer("dan", p("2026-01-13"), 3 * day), { promptId: 99, userId: "dan", answeredAt: Date.parse("2026-01-14T19:00:00Z") }];
    expect(memberStreaks(twice, answers).get("dan")).toEqual({ current: 2, longest: 2 });
  });

  it("answers to unknown prompts are ignored", () => {
    expect(memberStreaks(prompts, [{ promptId: 1234, userId: "eve", answeredAt: base }]).size).toBe(0);
  });

  it("ranks current streaks, leaving out members without one", () => {
    const answers = [
      ...["2026-01-13", "2026-01-14"].map((date) => answer("ann", p(date))),
      ...["2026-01-12", "2026-01-13", "2026-01-14"].map((date) => answer("bob", p(date))),
      answer("cat", p("2026-01-05")),
    ];
    expect(topStreaks(memberStreaks(prompts, answers))).toEqual([
      { userId: "bob", streak: { current: 3, longest: 3 } },
      { userId: "ann", streak: { current: 2, longest: 2 } },
    ]);
  });
});

describe("participation by day", () => {
  it("counts distinct members per prompt day over the last 14 days, zero where there was no prompt", () => {
    const answers = [answer("ann", p("2026-01-14")), answer("bob", p("2026-01-14")), answer("ann", p("2026-01-13")), answer("ann", p("2026-01-13"), 5000)];
    const days = participationByDay(prompts, answers, "2026-01-14");
    expect(days).toHaveLength(14);
    expect(days[0]).toEqual({ date: "2026-01-01", prompts: 0, members: 0 });
    expect(days.slice(-3)).toEqual([
      { date: "2026-01-12", prompts: 1, members: 0 },
      { date: "2026-01-13", prompts: 1, members: 1 },
      { date: "2026-01-14", prompts: 1, members: 2 },
    ]);
    expect(days.find((d) => d.date === "2026-01-10")).toEqual({ date: "2026-01-10", prompts: 0, members: 0 });
  });
});

describe("active members", () => {
  it("counts members who answered within the last N days", () => {
    const now = Date.parse("2026-01-14T12:00:00Z");
    const answers = [
      { promptId: 1, userId: "ann", answeredAt: now - 1 * day },
      { promptId: 2, userId: "ann", answeredAt: now - 2 * day },
      { promptId: 1, userId: "bob", answeredAt: now - 8 * day },
      { promptId: 1, userId: "cat", answeredAt: now - 31 * day },
    ];
    expect(activeMembers(answers, now, 7)).toBe(1);
    expect(activeMembers(answers, now, 30)).toBe(2);
  });
});

describe("a member's own stats and the group's", () => {
  it("reports answered, posted since their first answer, streaks and times", () => {
    const answers = [answer("ann", p("2026-01-09")), answer("ann", p("2026-01-12"), 60_000), answer("ann", p("2026-01-14")), answer("bob", p("2026-01-05"))];
    expect(memberStats("ann", prompts, answers)).toEqual({
      answered: 3,
      postedSinceFirst: 4,
      streak: { current: 1, longest: 2 },
      firstAnsweredAt: p("2026-01-09").postedAt + 3_600_000,
      lastAnsweredAt: p("2026-01-14").postedAt + 3_600_000,
    });
    expect(memberStats("nobody", prompts, answers)).toEqual({ answered: 0, postedSinceFirst: 0, streak: { current: 0, longest: 0 }, firstAnsweredAt: null, lastAnsweredAt: null });
  });

  it("puts the group picture together from stored records", () => {
    const stored = statsInput(
      prompts.map((prompt) => ({ ...prompt, guildId: "g", day: prompt.id })),
      [answer("ann", p("2026-01-13")), answer("ann", p("2026-01-14")), answer("bob", p("2026-01-05"))].map((a) => ({ promptId: a.promptId, userId: a.userId, firstAnsweredAt: a.answeredAt, via: "thread" })),
    );
    const stats = groupStats(stored.prompts, stored.answers, Date.parse("2026-01-14T20:00:00Z"), "2026-01-14");
    expect(stats).toMatchObject({
      activeLast7Days: 1,
      activeLast30Days: 2,
      topStreaks: [{ userId: "ann", streak: { current: 2, longest: 2 } }],
      longestStreak: 2,
      promptsPosted: 8,
    });
    expect(stats.byDay.at(-1)).toEqual({ date: "2026-01-14", prompts: 1, members: 1 });
  });
});

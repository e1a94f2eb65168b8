// `/stats`: the group's participation at a glance: the last 14 days, members active in the last 7 and
// 30 days, and the best current streaks.
import { activeMembers } from "./activeMembers.js";
import { participationByDay, type DayParticipation } from "./participationByDay.js";
import type { PostedPrompt, PromptAnswer } from "./participationInput.js";
import { memberStreaks, topStreaks, type Streak } from "./streaks.js";

export interface GroupStats {
  byDay: DayParticipation[];
  activeLast7Days: number;
  activeLast30Days: number;
  topStreaks: { userId: string; streak: Streak }[];
  /** The longest streak anyone has had. */
  longestStreak: number;
  promptsPosted: number;
}

/** `today` is the current date in the group's zone (its schedule's), `now` the current instant. */
export function groupStats(prompts: readonly PostedPrompt[], answers: readonly PromptAnswer[], now: number, today: string): GroupStats {
  const streaks = memberStreaks(prompts, answers);
  return {
    byDay: participationByDay(prompts, answers, today, 14),
    activeLast7Days: activeMembers(answers, now, 7),
    activeLast30Days: activeMembers(answers, now, 30),
    topStreaks: topStreaks(streaks, 5),
    longestStreak: Math.max(0, ...[...streaks.values()].map((streak) => streak.longest)),
    promptsPosted: prompts.length,
  };
}

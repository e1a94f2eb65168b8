// Streaks count prompt days, not calendar days: the days on which the group had at least one prompt,
// in order. A member keeps their streak on a prompt day by answering any prompt of that day (at any
// time). Weekends without prompts, pauses and skips therefore break no streak. The latest prompt day
// is still open: not having answered it yet does not end a current streak, answering it extends it.
import type { PostedPrompt, PromptAnswer } from "./participationInput.js";

export interface Streak {
  current: number;
  longest: number;
}

function promptDays(prompts: readonly PostedPrompt[]): string[] {
  return [...new Set(prompts.map((prompt) => prompt.localDate))].sort();
}

function answeredDays(prompts: readonly PostedPrompt[], answers: readonly PromptAnswer[]): Map<string, Set<string>> {
  const dateOfPrompt = new Map(prompts.map((prompt) => [prompt.id, prompt.localDate]));
  const byMember = new Map<string, Set<string>>();
  for (const answer of answers) {
    const date = dateOfPrompt.get(answer.promptId);
    if (date === undefined) continue;
    const days = byMember.get(answer.userId) ?? new Set<string>();
    days.add(date);
    byMember.set(answer.userId, days);
  }
  return byMember;
}

function streakOver(days: readonly string[], answered: ReadonlySet<string>): Streak {
  let longest = 0;
  let run = 0;
  for (const day of days) {
    run = answered.has(day) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  let current = 0;
  let index = days.length - 1;
  if (index >= 0 && !answered.has(days[index] as string)) index -= 1; // the open day
  for (; index >= 0 && answered.has(days[index] as string); index -= 1) current += 1;
  return { current, longest };
}

/** Every member who answered at least once, with their current and longest streak. */
export function memberStreaks(prompts: readonly PostedPrompt[], answers: readonly PromptAnswer[]): Map<string, Streak> {
  const days = promptDays(prompts);
  const result = new Map<string, Streak>();
  for (const [userId, answered] of answeredDays(prompts, answers)) result.set(userId, streakOver(days, answered));
  return result;
}

/** The `limit` best current streaks (ties: longer longest streak, then user id), for `/stats`. */
export function topStreaks(streaks: ReadonlyMap<string, Streak>, limit = 5): { userId: string; streak: Streak }[] {
  return [...streaks]
    .filter(([, streak]) => streak.current > 0)
    .map(([userId, streak]) => ({ userId, streak }))
    .sort((a, b) => b.streak.current - a.streak.current || b.streak.longest - a.streak.longest || a.userId.localeCompare(b.userId))
    .slice(0, limit);
}

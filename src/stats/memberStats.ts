// `/stats me`: one member's own participation: how many prompts they answered, out of how many were
// posted since they first answered, their streaks, and when they last answered.
import type { PostedPrompt, PromptAnswer } from "./participationInput.js";
import { memberStreaks, type Streak } from "./streaks.js";

export interface MemberStats {
  answered: number;
  /** Prompts posted since (and including) the first one they answered. */
  postedSinceFirst: number;
  streak: Streak;
  firstAnsweredAt: number | null;
  lastAnsweredAt: number | null;
}

export function memberStats(userId: string, prompts: readonly PostedPrompt[], answers: readonly PromptAnswer[]): MemberStats {
  const promptIds = new Set(prompts.map((prompt) => prompt.id));
  const own = answers.filter((answer) => answer.userId === userId && promptIds.has(answer.promptId));
  const answeredIds = new Set(own.map((answer) => answer.promptId));
  const firstPrompt = prompts.filter((prompt) => answeredIds.has(prompt.id)).reduce<number | null>(
    (earliest, prompt) => (earliest === null || prompt.postedAt < earliest ? prompt.postedAt : earliest),
    null,
  );
  const times = own.map((answer) => answer.answeredAt);
  return {
    answered: answeredIds.size,
    postedSinceFirst: firstPrompt === null ? 0 : prompts.filter((prompt) => prompt.postedAt >= firstPrompt).length,
    streak: memberStreaks(prompts, own).get(userId) ?? { current: 0, longest: 0 },
    firstAnsweredAt: times.length > 0 ? Math.min(...times) : null,
    lastAnsweredAt: times.length > 0 ? Math.max(...times) : null,
  };
}

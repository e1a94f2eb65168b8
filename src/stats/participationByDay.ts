// `/stats`: how many members took part each day over the last two weeks. A day counts the distinct
// members who answered a prompt posted that day (whenever they answered it).
import { addDays } from "../schedule/localDate.js";
import type { PostedPrompt, PromptAnswer } from "./participationInput.js";

export interface DayParticipation {
  date: string;
  /** Prompts posted that day (0 on days without one). */
  prompts: number;
  /** Distinct members who answered one of them. */
  members: number;
}

/** One entry per day from `today - days + 1` to `today` (dates in the group's zone), oldest first. */
export function participationByDay(prompts: readonly PostedPrompt[], answers: readonly PromptAnswer[], today: string, days = 14): DayParticipation[] {
  const dateOfPrompt = new Map(prompts.map((prompt) => [prompt.id, prompt.localDate]));
  const promptsOn = new Map<string, number>();
  for (const prompt of prompts) promptsOn.set(prompt.localDate, (promptsOn.get(prompt.localDate) ?? 0) + 1);
  const membersOn = new Map<string, Set<string>>();
  for (const answer of answers) {
    const date = dateOfPrompt.get(answer.promptId);
    if (date === undefined) continue;
    const members = membersOn.get(date) ?? new Set<string>();
    members.add(answer.userId);
    membersOn.set(date, members);
  }
  return Array.from({ length: days }, (_, index) => {
    const date = addDays(today, index - days + 1);
    return { date, prompts: promptsOn.get(date) ?? 0, members: membersOn.get(date)?.size ?? 0 };
  });
}

// What the participation statistics are computed from: posted prompts and who answered them
// (ids and times only). Plain data so the statistics stay pure and fast to test.

export interface PostedPrompt {
  id: number;
  /** The prompt's local date in its schedule's zone ("YYYY-MM-DD"): the day it belongs to. */
  localDate: string;
  postedAt: number;
}

export interface PromptAnswer {
  promptId: number;
  userId: string;
  answeredAt: number;
}

/** From stored records (src/store) to the statistics' input. */
export function statsInput(
  prompts: readonly { id: number; localDate: string; postedAt: number }[],
  answers: readonly { promptId: number; userId: string; firstAnsweredAt: number }[],
): { prompts: PostedPrompt[]; answers: PromptAnswer[] } {
  return {
    prompts: prompts.map(({ id, localDate, postedAt }) => ({ id, localDate, postedAt })),
    answers: answers.map(({ promptId, userId, firstAnsweredAt }) => ({ promptId, userId, answeredAt: firstAnsweredAt })),
  };
}

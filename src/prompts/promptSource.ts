// What the daily prompts need from an essay, and the port through which the Discord side supplies
// it (the essay engine and the question generator live elsewhere). Deliberately minimal: an adapter
// maps an `Essay` (src/essay/types.ts) plus its ranked questions onto this in a few lines.

export interface PromptQuestion {
  /** Stable within the essay (recorded in the prompt history). */
  id: string;
  text: string;
}

export interface PromptExcerpt {
  id: string;
  text: string;
}

export interface PromptSection {
  id: string;
  /** 1-based, as readers see it ("Section 3 of 6"). */
  number: number;
  title: string;
  /** At least one; the daily prompt uses a different one each time round when there are several. */
  excerpts: readonly PromptExcerpt[];
  /** Best first. Each time round the essay the prompt moves on to the next-ranked questions. */
  questions: readonly PromptQuestion[];
}

export interface PromptEssay {
  id: string;
  title: string;
  /** In reading order. */
  sections: readonly PromptSection[];
}

export interface PromptSource {
  /**
   * The essay a schedule posts from: `essayId` as configured on the schedule, or the guild's
   * default when null. Null when there is none (the scheduler records the failure and tells moderators).
   * Called once per post: cache on the adapter side if building questions is costly.
   */
  essayFor(guildId: string, essayId: string | null): Promise<PromptEssay | null> | PromptEssay | null;
}

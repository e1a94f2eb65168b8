// The data the question generator hands out: typed, anchored, scored discussion questions
// for each section of an essay and for the essay as a whole. Plain JSON-serialisable data.

/**
 * What a question asks the group to do. Drawn from Socratic questioning (Paul), Questioning the
 * Author (Beck & McKeown) and the INQUISITIVE question types; see docs/questions.md.
 */
export const QUESTION_TYPES = [
  "thesis", // what the author wants us to accept
  "purpose", // why the author writes this (or this section), for whom
  "clarify", // what a term or phrase means here
  "explanation", // why: a cause or reason the text gives
  "evidence", // what supports a strong claim, and is it enough
  "assumption", // what must be true for a should/must/never claim to hold
  "tension", // two claims pulling against each other (but, however, although)
  "certainty", // how sure we can be of a hedged claim (may, likely, doubtful)
  "perspective", // how a named actor or group would see it
  "implication", // what follows if the claim is right
  "example", // what an abstract idea would look like in practice
  "evaluate", // how convincing the section's main claim is
  "connect", // how two parts of the essay bear on each other
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The exact passage a question is about. */
export interface QuestionAnchor {
  /** Essay-wide sentence index (Sentence.index) the anchor lies in. */
  sentence: number;
  /** Exact text from that sentence (the quoted span, or the cue phrase the question grew from). */
  text: string;
}

export interface Question {
  /** Stable id: the same essay gives the same ids; short enough for Discord custom ids. */
  id: string;
  text: string;
  type: QuestionType;
  scope: "section" | "essay";
  /** The section the question is about (for essay-level questions: the first section it names). */
  sectionId?: string;
  anchor: QuestionAnchor;
  /** Ranking score (higher is better); comparable within one essay. */
  score: number;
  source: "offline" | "llm";
}

/** All questions for one essay, each list ranked best first. */
export interface QuestionSet {
  essayId: string;
  contentHash: string;
  /** "offline", or the LLM provider's name when any section's questions came from it. */
  provider: string;
  model?: string;
  /** Essay-level questions (thesis, purpose, connecting sections). */
  essay: Question[];
  /** Section id → that section's questions. */
  sections: Record<string, Question[]>;
}

/** Options for the offline generator. */
export interface GenerateOptions {
  /** How many questions to keep per section (default 5). */
  perSection?: number;
  /** How many essay-level questions to keep (default 4). */
  essayLevel?: number;
}

// The hand labels of the evaluation set: for each essay, question text → acceptable or not, and
// when not, which part of the rubric it fails. Keyed by exact text, so any change to a question
// shows up as "unlabelled" and must be judged again.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The six rubric criteria (docs/questions.md); a question is acceptable when it meets all. */
export const RUBRIC = ["grammatical", "standalone", "relevant", "not-copyable", "open", "specific"] as const;
export type RubricCriterion = (typeof RUBRIC)[number];

/**
 * A judgement of one question. `mode` names the failure mode of a rejected question (or the weakness
 * of a borderline accepted one) so that failures can be counted by kind (docs/questions.md).
 */
export type Label = { acceptable: true; note?: string; mode?: string } | { acceptable: false; reason: RubricCriterion; note?: string; mode?: string };

/** A round of work on the question generator (docs/questions.md), as evalSet.json names it. */
export type Round = `round ${number}`;

export interface EvalEssay {
  id: string;
  /** Path from the repository root. */
  file: string;
  /** Written before tuning and kept out of it: reported, never tuned to. */
  heldOut?: boolean;
  /**
   * The round at whose end the essay was first judged as unseen text (written sealed, or before
   * the round's changes, and labelled once after the generator froze). Absent for essays that
   * were tuned on from the moment they were labelled. It stays when the essay later becomes
   * development data, so reports can keep it apart from essays that were never unseen.
   */
  judgedUnseen?: Round;
}

export interface LabelFile {
  essay: string;
  labels: Record<string, Label>;
}

export function readEvalSet(root: string): EvalEssay[] {
  const path = join(root, "test/fixtures/questions/evalSet.json");
  const parsed = JSON.parse(readFileSync(path, "utf8")) as { essays: EvalEssay[] };
  for (const entry of parsed.essays) {
    if (entry.judgedUnseen !== undefined && !/^round [1-9]\d*$/.test(entry.judgedUnseen)) throw new Error(`${path}: ${entry.id} names "${String(entry.judgedUnseen)}" as judgedUnseen, not "round <n>"`);
  }
  return parsed.essays;
}

/** The number of the round in which the essay was first judged unseen (undefined if never). */
export function roundJudgedUnseen(entry: EvalEssay): number | undefined {
  return entry.judgedUnseen === undefined ? undefined : Number(entry.judgedUnseen.slice("round ".length));
}

export function labelPath(root: string, essayId: string): string {
  return join(root, "test/fixtures/questions/labels", `${essayId}.json`);
}

export function readLabels(root: string, essayId: string): Record<string, Label> {
  const path = labelPath(root, essayId);
  if (!existsSync(path)) return {};
  const parsed = JSON.parse(readFileSync(path, "utf8")) as LabelFile;
  for (const [text, label] of Object.entries(parsed.labels)) {
    if (!label.acceptable && !RUBRIC.includes(label.reason)) throw new Error(`${path}: the label of "${text}" names an unknown rubric reason "${String(label.reason)}"`);
  }
  return parsed.labels;
}

// The readings the bot serves, and which one a command means. Several essays may sit in SEEDS_DIR:
// a command names one with its `essay` option; without it, the default reading is the first
// essay by file name (documented in docs/bot.md).
import type { LoadProblem } from "../essay/types.js";
import { foldText } from "./foldText.js";
import type { Reading } from "./reading.js";

export interface Library {
  /** In file-name order; the first is the default. */
  readonly readings: readonly Reading[];
  /** Files in SEEDS_DIR that could not be read as essays (shown when nothing loaded). */
  readonly problems: readonly LoadProblem[];
  readonly defaultReading: Reading | undefined;
  /** By essay id (as in button ids and stored progress). */
  byId(essayId: string): Reading | undefined;
}

export function createLibrary(readings: readonly Reading[], problems: readonly LoadProblem[] = []): Library {
  const ordered = [...readings].sort((a, b) => a.essay.meta.file.localeCompare(b.essay.meta.file) || a.essay.id.localeCompare(b.essay.id));
  const ids = new Map(ordered.map((reading) => [reading.essay.id, reading]));
  return {
    readings: ordered,
    problems: [...problems],
    defaultReading: ordered[0],
    byId: (essayId) => ids.get(essayId),
  };
}

/** The same essays with question sets asked for again (once better questions are ready, e.g. from an LLM). */
export function withFreshQuestions(library: Library, questionsFor: (essay: Reading["essay"]) => Reading["questions"]): Library {
  return createLibrary(
    library.readings.map((reading) => ({ essay: reading.essay, questions: questionsFor(reading.essay) })),
    library.problems,
  );
}

export type ReadingLookup =
  | { kind: "found"; reading: Reading }
  | { kind: "none-loaded" }
  | { kind: "unknown"; asked: string };

/**
 * The reading a member means: none named → the default; else by id, or by title (whole title,
 * or the start of exactly one title), compared without case or accents.
 */
export function findReading(library: Library, asked: string | null | undefined): ReadingLookup {
  if (library.readings.length === 0) return { kind: "none-loaded" };
  const wanted = asked?.trim() ?? "";
  if (wanted === "") return { kind: "found", reading: library.defaultReading as Reading };
  const byId = library.byId(wanted);
  if (byId) return { kind: "found", reading: byId };
  const folded = foldText(wanted);
  const exact = library.readings.filter((reading) => foldText(reading.essay.meta.title) === folded);
  const starts = library.readings.filter((reading) => foldText(reading.essay.meta.title).startsWith(folded));
  const match = exact.length === 1 ? exact[0] : starts.length === 1 ? starts[0] : undefined;
  return match ? { kind: "found", reading: match } : { kind: "unknown", asked: wanted };
}

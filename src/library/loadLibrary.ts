// Builds the Library at start-up: every essay in SEEDS_DIR with its question set, so replies only
// ever read memory. Files that cannot be read become LoadProblems (shown by /excerpt when nothing
// loaded) rather than stopping the bot.
import { loadEssays } from "../essay/loadEssays.js";
import type { Essay, LoadProblem } from "../essay/types.js";
import { generateQuestions } from "../questions/generateQuestions.js";
import type { QuestionSet } from "../questions/types.js";
import { createLibrary, type Library } from "./library.js";

export interface EssayLoad {
  essays: Essay[];
  problems: LoadProblem[];
}

export interface LoadLibraryOptions {
  seedsDir: string;
  /** Reads the essays of a folder (default: the essay engine's loadEssays). */
  loadEssays?: (seedsDir: string) => EssayLoad | Promise<EssayLoad>;
  /** Questions for an essay (default: the offline generator). */
  questionsFor?: (essay: Essay) => QuestionSet | Promise<QuestionSet>;
}

export async function loadLibrary(options: LoadLibraryOptions): Promise<Library> {
  const { essays, problems } = await (options.loadEssays ?? loadEssays)(options.seedsDir);
  const questionsFor = options.questionsFor ?? ((essay: Essay) => generateQuestions(essay));
  const readings = [];
  for (const essay of essays) readings.push({ essay, questions: await questionsFor(essay) });
  return createLibrary(readings, problems);
}

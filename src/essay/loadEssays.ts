// Loads every essay in a folder (or the files given): each readable .md/.txt file becomes an Essay,
// each file that cannot be one becomes a LoadProblem naming the file and what to fix. One bad file
// never stops the others, and nothing here throws.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildEssay } from "./buildEssay.js";
import { EXCERPT_LIMITS } from "./chooseExcerpts.js";
import { parseFrontMatter } from "./parseFrontMatter.js";
import { normaliseText } from "./normaliseText.js";
import { DEFAULT_MAX_ESSAY_BYTES, readEssayFile } from "./readEssayFile.js";
import type { Essay, LoadProblem } from "./types.js";

export interface LoadEssaysOptions {
  /** Largest file accepted, in bytes. Default 2 MB. */
  maxBytes?: number;
}

export interface LoadedEssays {
  essays: Essay[];
  problems: LoadProblem[];
}

/**
 * `input` is a folder (every .md/.txt file directly in it, in name order; hidden files and sub-folders are
 * ignored, other files are reported), a file, or a list of either. Essays loaded from a folder are named
 * relative to it; files given directly keep the path they were given by.
 */
export function loadEssays(input: string | readonly string[], options: LoadEssaysOptions = {}): LoadedEssays {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ESSAY_BYTES;
  const essays: Essay[] = [];
  const problems: LoadProblem[] = [];
  const ids = new Set<string>();

  for (const { path, shownAs } of expandInputs(typeof input === "string" ? [input] : input, problems)) {
    try {
      const read = readEssayFile(path, shownAs, maxBytes);
      if (!read.ok) {
        problems.push({ file: shownAs, message: read.message });
        continue;
      }
      // Only the top of the file can hold front matter; buildEssay reads the whole text again anyway.
      const frontMatter = parseFrontMatter(normaliseText(headLines(read.text, FRONT_MATTER_LINES_CHECKED)));
      if (!frontMatter.ok) {
        problems.push({ file: shownAs, message: `${shownAs}: ${frontMatter.message}` });
        continue;
      }
      const essay = buildEssay(read.text, { file: shownAs });
      if (essay.paragraphs.length === 0) {
        problems.push({ file: shownAs, message: `${shownAs} has no paragraphs of text, only a title, front matter or headings. Add the essay's text under them.` });
        continue;
      }
      if (essay.sections.every((section) => section.excerpts.length === 0)) {
        const longest = Math.max(...essay.sections.flatMap((section) => section.sentences.map((sentence) => sentence.text.length)));
        problems.push({
          file: shownAs,
          message: `${shownAs} has no sentence short enough to quote: its sentences run to ${longest.toLocaleString("en-US")} characters, over the ${EXCERPT_LIMITS.hardMaximum.toLocaleString("en-US")} a Discord message can show. Check that the text has its full stops.`,
        });
        continue;
      }
      essays.push(withUniqueId(essay, ids));
    } catch (error) {
      problems.push({ file: shownAs, message: `${shownAs} could not be loaded (${(error as Error).message}). Please report this with the file.` });
    }
  }
  return { essays, problems };
}

/** More lines than front matter may take (parseFrontMatter gives up after 60). */
const FRONT_MATTER_LINES_CHECKED = 64;

/** The first `count` lines of the text (all of it when shorter). */
function headLines(text: string, count: number): string {
  let end = -1;
  for (let line = 0; line < count; line += 1) {
    end = text.indexOf("\n", end + 1);
    if (end < 0) return text;
  }
  return text.slice(0, end);
}

function expandInputs(inputs: readonly string[], problems: LoadProblem[]): { path: string; shownAs: string }[] {
  const files: { path: string; shownAs: string }[] = [];
  for (const input of inputs) {
    let isFolder = false;
    try {
      isFolder = statSync(input).isDirectory();
    } catch {
      // Not there: readEssayFile reports it with the same wording as any other missing file.
    }
    if (!isFolder) {
      files.push({ path: input, shownAs: input });
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(input).filter((name) => !name.startsWith(".")).sort();
    } catch (error) {
      problems.push({ file: input, message: `The folder ${input} could not be read (${(error as Error).message}).` });
      continue;
    }
    const found = names.filter((name) => {
      try {
        return statSync(join(input, name)).isFile();
      } catch {
        return false;
      }
    });
    if (found.length === 0) problems.push({ file: input, message: `The folder ${input} has no essay files. Add .md or .txt files to it.` });
    for (const name of found) files.push({ path: join(input, name), shownAs: name });
  }
  return files;
}

/** "notes.md" and "notes.txt" in one folder: the second becomes "notes-2". */
function withUniqueId(essay: Essay, ids: Set<string>): Essay {
  let id = essay.id;
  for (let suffix = 2; ids.has(id); suffix += 1) id = `${essay.id}-${suffix}`;
  ids.add(id);
  return id === essay.id ? essay : { ...essay, id };
}

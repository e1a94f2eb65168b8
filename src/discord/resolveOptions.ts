// From what a member typed in the reading options (essay, section, search) to the reading,
// section or passage meant, or a UserError that says what was wrong and what to type instead.
import type { Section } from "../essay/types.js";
import { passageView, type ExcerptView } from "../library/excerptView.js";
import { findReading, type Library } from "../library/library.js";
import { findSection } from "../library/findSection.js";
import type { Reading } from "../library/reading.js";
import { searchPassages, type PassageMatch } from "../library/searchPassages.js";
import { UserError } from "./userError.js";

export function requireReading(library: Library, essayOption: string | null): Reading {
  const lookup = findReading(library, essayOption);
  if (lookup.kind === "found") return lookup.reading;
  if (lookup.kind === "none-loaded") throw new UserError(noReadingText(library));
  const titles = library.readings.map((reading) => reading.essay.meta.title);
  throw new UserError(`There is no reading called “${lookup.asked}”. Loaded: ${titles.join("; ")}. Pick one from the list that appears as you type the essay option.`);
}

export function requireSection(reading: Reading, sectionOption: string): Section {
  const lookup = findSection(reading.essay, sectionOption);
  switch (lookup.kind) {
    case "found":
      return lookup.section;
    case "ambiguous": {
      const named = lookup.candidates.slice(0, 5).map((section) => `${section.number} · ${section.title}`).join("; ");
      throw new UserError(`“${lookup.asked}” fits several sections (${named}). Type the section's number instead, or pick one from the list as you type.`);
    }
    case "missing":
      if (lookup.number !== null) {
        throw new UserError(`There is no section ${lookup.number}: this reading has ${sectionCount(lookup.count)}. Try /sections to see them.`);
      }
      throw new UserError(`No section of this reading is called “${lookup.asked}”. Type a number from 1 to ${lookup.count}, or pick a section from the list as you type; /sections shows them all.`);
  }
}

/**
 * The passage containing the typed words: in `within` when a section was also given, else in the
 * chosen reading, and when the member named no reading and several are loaded, in the others too.
 */
export function requirePassage(library: Library, reading: Reading, query: string, options: { within?: Section; anyReading: boolean }): ExcerptView {
  const candidates = options.anyReading && !options.within ? [reading, ...library.readings.filter((other) => other !== reading)] : [reading];
  let firstMiss: { absent: string[]; words: string[] } | undefined;
  for (const candidate of candidates) {
    const outcome = searchPassages(candidate.essay, query, options.within);
    if (outcome.kind === "empty") {
      throw new UserError("Type some words to search for, for example /excerpt search:sanctions (every word must appear in the passage).");
    }
    if (outcome.kind === "found") {
      const best = outcome.matches[0] as PassageMatch;
      const others = [...new Set(outcome.matches.map((match) => match.section.number))].filter((number) => number !== best.section.number).sort((a, b) => a - b);
      return passageView(candidate, best, { words: outcome.words, otherSectionNumbers: others });
    }
    firstMiss ??= outcome;
  }
  const miss = firstMiss as { absent: string[]; words: string[] };
  const quoted = miss.words.map((word) => `“${word}”`).join(", ");
  const where = options.within ? `section ${options.within.number}` : candidates.length > 1 ? "any loaded reading" : "this reading";
  const why =
    miss.absent.length > 0
      ? `${miss.absent.map((word) => `“${word}”`).join(", ")} ${miss.absent.length === 1 ? "does" : "do"} not appear in ${where}.`
      : "Each word appears, but never all in one passage.";
  if (miss.words.length === 1) {
    const hint = options.within ? "Try another word, or leave out the section option to search the whole reading." : "Try another word.";
    throw new UserError(`${quoted} does not appear in ${where}. ${hint}`);
  }
  const hint = options.within ? "Try fewer words, or leave out the section option to search the whole reading." : "Try fewer or different words.";
  throw new UserError(`No passage in ${where} contains all of ${quoted}. ${why} ${hint}`);
}

function noReadingText(library: Library): string {
  const problems = library.problems.slice(0, 3).map((problem) => `${problem.file}: ${problem.message}`);
  return [
    "No reading is loaded yet, so there is nothing to quote.",
    "A moderator can put an essay (a .txt or .md file) in Colloquy's seeds folder (SEEDS_DIR, `seeds/` by default) and restart the bot.",
    ...(problems.length > 0 ? [`Files that could not be read: ${problems.join(" ")}`] : []),
  ].join(" ");
}

function sectionCount(count: number): string {
  return `${count} section${count === 1 ? "" : "s"}`;
}

// `npm run preview -- [--json] [--seeds DIR] [file…]`: shows how Colloquy will cut each essay into
// sections and excerpts, so a moderator can vet a reading before the group sees it. With no files it
// previews every essay in the seeds folder (the repository's seeds/ unless --seeds says otherwise).
// Problems go to stderr; the exit code is non-zero only when no essay loaded at all.
import { fileURLToPath } from "node:url";
import { loadEssays } from "../essay/loadEssays.js";
import { parsePreviewArguments, USAGE } from "./previewArguments.js";
import { previewJson } from "./previewJson.js";
import { previewQuestions } from "./previewQuestions.js";
import { renderPreview } from "./renderPreview.js";

function main(): number {
  const defaultSeeds = fileURLToPath(new URL("../../seeds/", import.meta.url));
  const options = parsePreviewArguments(process.argv.slice(2), defaultSeeds);
  if (options.help || options.error) {
    if (options.error) process.stderr.write(`${options.error}\n`);
    process.stderr.write(`${USAGE}\n`);
    return options.error ? 2 : 0;
  }

  const { essays, problems } = loadEssays(options.inputs.length > 0 ? options.inputs : [options.seeds]);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(previewJson(essays, problems, previewQuestions), null, 2)}\n`);
  } else {
    const width = options.width ?? (process.stdout.isTTY ? Math.min(process.stdout.columns || 80, 100) : 80);
    process.stdout.write(renderPreview(essays, previewQuestions, { width, colour: options.colour && process.stdout.isTTY === true }));
  }
  for (const problem of problems) process.stderr.write(`Problem: ${problem.message}\n`);
  if (essays.length === 0) {
    process.stderr.write("No essay could be loaded.\n");
    return 1;
  }
  return 0;
}

process.exitCode = main();

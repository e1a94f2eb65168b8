// Question-generator figures: warm time for the seed, time for a 1 MB essay, the NLP model's
// start-up in a fresh process, and the peak memory of this run.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { buildEssay } from "../../src/essay/index.js";
import { generateQuestions, warmNlp } from "../../src/questions/index.js";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = (work: () => void) => {
  const start = performance.now();
  work();
  return performance.now() - start;
};

/** Loading wink-nlp and its model in a new Node process, as the bot does once at start-up. */
function nlpStartup(): number {
  const script = `
    const start = performance.now();
    const { loadTagger } = await import(${JSON.stringify(new URL("../../src/questions/analysis/tagger.ts", import.meta.url).href)});
    loadTagger();
    console.log(performance.now() - start);`;
  const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
  return Number(output.trim());
}

export default async function questionsBench(): Promise<void> {
  const seedText = readFileSync("seeds/singapore-summit.txt", "utf8");
  const seed = buildEssay(seedText, { file: "seeds/singapore-summit.txt" });
  warmNlp();
  for (let i = 0; i < 5; i++) generateQuestions(seed);
  const runs = Array.from({ length: 30 }, () => time(() => generateQuestions(seed)));
  console.log(`questions.seed.generate: ${median(runs).toFixed(1)} ms`);

  // About 1 MB of varied argumentative prose: the evaluation essays' paragraphs, repeated.
  const sources = ["seeds/singapore-summit.txt", "test/fixtures/questions/essays/transit-backbone.md", "test/fixtures/questions/essays/continental-drift.txt"];
  const paragraphs = sources.flatMap((file) => buildEssay(readFileSync(file, "utf8"), { file }).paragraphs.map((p) => p.text));
  const chunks: string[] = [];
  for (let size = 0, i = 0; size < 1_000_000; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    chunks.push(paragraph);
    size += paragraph.length + 2;
  }
  const big = buildEssay(chunks.join("\n\n"), { file: "one-megabyte.txt" });
  const bigRuns = Array.from({ length: 3 }, () => time(() => generateQuestions(big)));
  console.log(`questions.1mb.generate: ${median(bigRuns).toFixed(0)} ms`);

  console.log(`questions.nlp_startup: ${median([nlpStartup(), nlpStartup(), nlpStartup()]).toFixed(0)} ms`);
  console.log(`questions.peak_rss: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

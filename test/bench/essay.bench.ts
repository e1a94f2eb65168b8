// Essay engine figures: load + repair + section + title + excerpt time for the seed (warm median), for a
// generated 1 MB essay, and how the time grows for ten times the input (it should stay near-linear).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildEssay, loadEssays } from "../../src/essay/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const seedFile = join(root, "seeds", "singapore-summit.txt");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeLoad(file: string, runs: number, warmUps: number): number {
  const times: number[] = [];
  for (let run = 0; run < warmUps + runs; run += 1) {
    const started = performance.now();
    const { essays } = loadEssays(file);
    const elapsed = performance.now() - started;
    if (essays.length !== 1 || essays[0]!.sections.length === 0) throw new Error(`bench input ${file} did not load`);
    if (run >= warmUps) times.push(elapsed);
  }
  return median(times);
}

/** A deterministic pseudo-random sequence (mulberry32), so every run benches the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * About `bytes` of essay text extracted "from a PDF": runs of 3–8 paragraphs on one topic (sentences drawn
 * from one of the fixture essays or the seed, so cohesion sectioning has real topic turns to find),
 * hard-wrapped at 72 columns with some words hyphenated at line ends, and a page break now and then.
 */
export function generateEssay(bytes: number): string {
  const sources = [seedFile, ...readdirSync(join(root, "test/fixtures/essays")).filter((name) => /\.(md|txt)$/.test(name)).map((name) => join(root, "test/fixtures/essays", name))];
  const topics = sources.map((file) => buildEssay(readFileSync(file, "utf8"), { file }).sections.flatMap((section) => section.sentences.map((sentence) => sentence.text)));
  const next = random(2024);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const pages: string[] = [];
  let size = 0;
  let lineCount = 0;
  while (size < bytes) {
    const topic = pick(topics);
    const paragraphs = 3 + Math.floor(next() * 6);
    for (let index = 0; index < paragraphs && size < bytes; index += 1) {
      const sentences = Array.from({ length: 2 + Math.floor(next() * 5) }, () => pick(topic));
      const lines: string[] = [];
      let line = "";
      for (const word of sentences.join(" ").split(" ")) {
        if (line === "") line = word;
        else if (line.length + 1 + word.length <= 72) line += ` ${word}`;
        else if (word.length >= 9 && /^[a-z]+$/.test(word) && line.length + 5 <= 72) {
          lines.push(`${line} ${word.slice(0, 4)}-`);
          line = word.slice(4);
        } else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
      lineCount += lines.length + 1;
      const paragraph = lines.join("\n");
      pages.push(lineCount > 50 ? `\n\n \n${paragraph}` : paragraph);
      if (lineCount > 50) lineCount = 0;
      size += paragraph.length + 2;
    }
  }
  return `${pages.join("\n\n")}\n`;
}

export default async function essayBench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "colloquy-bench-"));
  try {
    console.log(`essay.seed.load_section: ${timeLoad(seedFile, 200, 20).toFixed(2)} ms`);

    const megabyte = join(folder, "one-megabyte.txt");
    writeFileSync(megabyte, generateEssay(1024 * 1024));
    console.log(`essay.1mb.load_section: ${timeLoad(megabyte, 7, 1).toFixed(0)} ms`);

    const small = join(folder, "hundred-kilobytes.txt");
    writeFileSync(small, generateEssay(100 * 1024));
    const smallTime = timeLoad(small, 9, 2);
    const largeTime = timeLoad(megabyte, 7, 0);
    console.log(`essay.scaling_10x: ${(largeTime / smallTime).toFixed(1)} x`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// `npm run fit:questions`: fits the ranker (rank.ts) to the hand labels and reports how well it
// would do on an essay it was not fitted to.
//
// For every development essay of the evaluation set (evalSet.json; held-out essays are never
// read), the generator's candidates are collected with their features; those whose exact text
// is labelled are the training examples. Leave-one-essay-out: for each essay, a model is fitted
// to the other essays' labels only, the generator then chooses that essay's shown questions with
// it, and the share of them labelled acceptable is reported (an unlabelled shown question counts
// as not acceptable; how many there were is printed, so they can be labelled and the check run
// again). That share, over all essays, is the honest estimate of precision on unseen essays —
// for the ranking; rules and templates were written looking at all of these essays.
//
//   --lambda X     L2 strength (default: the best of a small grid by leave-one-essay-out)
//   --write        rewrite the FITTED block of src/questions/weights.ts with the model fitted to all essays
//   --unlabelled   print the shown questions that have no label yet, per essay (as a JSON stub)
//   --weights      print the fitted weights
//   --failures     print the shown questions labelled not acceptable, per held-out essay
//
// Re-run it whenever labels are added: `npm run fit:questions -- --write`, then `npm run eval:questions`.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildEssay } from "../../essay/index.js";
import type { EssayAnalysis } from "../analysis/analyseEssay.js";
import { questionsFromAnalysis } from "../generateQuestions.js";
import type { RankModel } from "../rank.js";
import { readEvalSet, readLabels } from "./labels.js";
import type { Label } from "./labels.js";
import { fitLogistic } from "./logistic.js";
import type { Row } from "./logistic.js";
import { examplesOf } from "./trainingData.js";
import type { Example } from "./trainingData.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const args = process.argv.slice(2);
const lambdaArg = args.includes("--lambda") ? Number(args[args.indexOf("--lambda") + 1]) : undefined;
const LAMBDAS = lambdaArg !== undefined ? [lambdaArg] : [0.3, 1, 2, 4, 8];

interface EssayData {
  id: string;
  analysis: EssayAnalysis;
  examples: Example[];
  labels: Record<string, Label>;
}

const essays: EssayData[] = readEvalSet(root)
  .filter((entry) => entry.heldOut !== true)
  .map((entry) => {
    const essay = buildEssay(readFileSync(join(root, entry.file), "utf8"), { file: entry.file, id: entry.id });
    const labels = readLabels(root, entry.id);
    return { id: entry.id, labels, ...examplesOf(essay, labels) };
  });

const rowsOf = (list: readonly EssayData[]): Row[] =>
  list.flatMap((e) => e.examples.filter((x) => x.label !== undefined).map((x) => ({ features: x.features, y: x.label!.acceptable ? 1 : 0 })));

interface Shown {
  acceptable: number;
  shown: number;
  unlabelled: string[];
  /** The shown questions labelled not acceptable, with their failure mode. */
  rejected: Array<{ text: string; mode: string }>;
}

function shownWith(essay: EssayData, model: RankModel): Shown {
  const set = questionsFromAnalysis(essay.analysis, {}, model);
  const texts = [...Object.values(set.sections).flat(), ...set.essay].map((q) => q.text);
  return {
    acceptable: texts.filter((t) => essay.labels[t]?.acceptable === true).length,
    shown: texts.length,
    unlabelled: texts.filter((t) => essay.labels[t] === undefined),
    rejected: texts.flatMap((t) => {
      const label = essay.labels[t];
      return label && !label.acceptable ? [{ text: t, mode: label.mode ?? "(no mode)" }] : [];
    }),
  };
}

const pct = (a: number, b: number) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)}%`);

let best: { lambda: number; acceptable: number; shown: number; perEssay: Array<{ id: string } & Shown> } | undefined;
for (const lambda of LAMBDAS) {
  const perEssay = essays.map((held) => ({ id: held.id, ...shownWith(held, fitLogistic(rowsOf(essays.filter((e) => e !== held)), lambda)) }));
  const acceptable = perEssay.reduce((n, e) => n + e.acceptable, 0);
  const shown = perEssay.reduce((n, e) => n + e.shown, 0);
  console.log(`lambda ${lambda}: leave-one-essay-out acceptable shown ${acceptable}/${shown} ${pct(acceptable, shown)} (unlabelled ${perEssay.reduce((n, e) => n + e.unlabelled.length, 0)})`);
  if (!best || acceptable / shown > best.acceptable / best.shown) best = { lambda, acceptable, shown, perEssay };
}
const chosen = best!;
console.log(`\nLeave-one-essay-out, lambda ${chosen.lambda} (unlabelled shown questions count as not acceptable):`);
for (const e of chosen.perEssay) console.log(`  ${e.id.padEnd(22)} ${`${e.acceptable}/${e.shown}`.padStart(7)}  ${pct(e.acceptable, e.shown).padStart(6)}   unlabelled ${e.unlabelled.length}`);
console.log(`  ${"overall".padEnd(22)} ${`${chosen.acceptable}/${chosen.shown}`.padStart(7)}  ${pct(chosen.acceptable, chosen.shown).padStart(6)}`);
const modes = new Map<string, number>();
for (const e of chosen.perEssay) for (const r of e.rejected) modes.set(r.mode, (modes.get(r.mode) ?? 0) + 1);
console.log(`  failure modes: ${[...modes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([m, n]) => `${m} ${n}`).join(", ") || "none"}`);
if (args.includes("--failures")) for (const e of chosen.perEssay) for (const r of e.rejected) console.log(`    ${e.id} [${r.mode}] ${r.text}`);

const rows = rowsOf(essays);
const model = fitLogistic(rows, chosen.lambda);
console.log(`\nFitted to all ${rows.length} labelled candidates (${rows.filter((r) => r.y === 1).length} acceptable) of ${essays.length} essays.`);
const fitted = essays.map((e) => ({ id: e.id, ...shownWith(e, model) }));
const fa = fitted.reduce((n, e) => n + e.acceptable, 0);
const fs = fitted.reduce((n, e) => n + e.shown, 0);
console.log(`In-sample (all essays' labels): acceptable shown ${fa}/${fs} ${pct(fa, fs)}`);

if (args.includes("--weights")) {
  const sorted = Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  console.log(`\nbias ${model.bias}`);
  for (const [name, w] of sorted) console.log(`  ${w >= 0 ? "+" : ""}${w.toFixed(3)}  ${name}`);
}

if (args.includes("--unlabelled")) {
  const stub: Record<string, Record<string, { acceptable: null }>> = {};
  for (const e of [...chosen.perEssay, ...fitted]) for (const text of e.unlabelled) (stub[e.id] ??= {})[text] = { acceptable: null };
  console.log(`\n${JSON.stringify(stub, null, 2)}`);
}

if (args.includes("--write")) {
  const path = join(root, "src/questions/weights.ts");
  const source = readFileSync(path, "utf8");
  const begin = source.indexOf("// BEGIN FITTED");
  const end = source.indexOf("// END FITTED");
  if (begin < 0 || end < 0) throw new Error(`${path}: the FITTED markers are missing`);
  const entries = Object.entries(model.weights)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([name, w]) => `    ${JSON.stringify(name)}: ${w},`)
    .join("\n");
  const block = `// BEGIN FITTED (lambda ${chosen.lambda}; ${rows.length} labelled candidates of ${essays.length} essays; leave-one-essay-out acceptable shown ${pct(chosen.acceptable, chosen.shown)})\nexport const FITTED_MODEL: RankModel = {\n  bias: ${model.bias},\n  weights: {\n${entries}\n  },\n};\n`;
  writeFileSync(path, source.slice(0, begin) + block + source.slice(end));
  console.log(`\nWrote the fitted model to ${path}.`);
}

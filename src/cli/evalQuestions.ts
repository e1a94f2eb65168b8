// `npm run eval:questions`: how good are the generator's shown questions on the hand-labelled
// evaluation set? Prints acceptable@3 per essay and overall (an unlabelled question counts as not
// acceptable and is counted), then the automatic proxies' pass rates per essay.
//   --show        list every judged question with its label
//   --unlabelled  print the unlabelled questions as a JSON stub to paste into labels/<id>.json
//   --essay ID    only that essay
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildEssay } from "../essay/index.js";
import { evaluateEssay } from "../questions/eval/evaluateEssay.js";
import type { EssayScore } from "../questions/eval/evaluateEssay.js";
import { readEvalSet, readLabels } from "../questions/eval/labels.js";

const K = 3;
const root = fileURLToPath(new URL("../..", import.meta.url));
const args = process.argv.slice(2);
const show = args.includes("--show");
const stub = args.includes("--unlabelled");
const only = args[args.indexOf("--essay") + 1];
const onlyId = args.includes("--essay") ? only : undefined;

const percent = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)}%`);
const pad = (text: string, width: number) => `${text.padEnd(width - 1)} `;

const results: Array<{ score: EssayScore; heldOut: boolean; sections: number }> = [];
for (const entry of readEvalSet(root)) {
  if (onlyId !== undefined && entry.id !== onlyId) continue;
  const essay = buildEssay(readFileSync(join(root, entry.file), "utf8"), { file: entry.file, id: entry.id });
  const score = evaluateEssay(essay, readLabels(root, entry.id), K);
  results.push({ score, heldOut: entry.heldOut === true, sections: essay.sections.length });
}

console.log(`Question evaluation: acceptable@${K} from hand labels (an unlabelled question counts as not acceptable)\n`);
console.log(`${pad("essay", 28)}${pad("sections", 10)}${pad(`acceptable@${K}`, 22)}unlabelled`);
const line = (name: string, sections: string, acceptable: number, shown: number, unlabelled: number) =>
  console.log(`${pad(name, 28)}${pad(sections, 10)}${pad(`${acceptable}/${shown}  ${percent(acceptable, shown)}`, 22)}${unlabelled}`);
for (const { score, heldOut, sections } of results) {
  line(`${score.essayId}${heldOut ? " (held out)" : ""}`, `${sections}+essay`, score.acceptable, score.judged.length, score.unlabelled);
}
const sum = (list: typeof results, pick: (s: EssayScore) => number) => list.reduce((total, r) => total + pick(r.score), 0);
const tuned = results.filter((r) => !r.heldOut);
const heldOut = results.filter((r) => r.heldOut);
console.log("");
if (tuned.length > 0) line("overall (tuned)", "", sum(tuned, (s) => s.acceptable), sum(tuned, (s) => s.judged.length), sum(tuned, (s) => s.unlabelled));
if (heldOut.length > 0) line("overall (held out)", "", sum(heldOut, (s) => s.acceptable), sum(heldOut, (s) => s.judged.length), sum(heldOut, (s) => s.unlabelled));
line("overall (all)", "", sum(results, (s) => s.acceptable), sum(results, (s) => s.judged.length), sum(results, (s) => s.unlabelled));

console.log(`\nAutomatic proxies (pass rate over the shown top-${K} questions; the last three per section):`);
const names = [...new Set(results.flatMap((r) => Object.keys(r.score.proxies)))];
for (const { score } of results) {
  console.log(`  ${score.essayId}`);
  console.log(
    names
      .map((name) => {
        const [passed, checked] = score.proxies[name] ?? [0, 0];
        return `    ${pad(name, 22)}${passed}/${checked}  ${percent(passed, checked)}`;
      })
      .join("\n"),
  );
}

if (show) {
  for (const { score } of results) {
    console.log(`\n== ${score.essayId}`);
    for (const { scope, question, label } of score.judged) {
      const verdict = label === undefined ? "UNLABELLED" : label.acceptable ? "ok" : `NOT (${label.reason})`;
      console.log(`  [${scope} · ${question.type}] ${verdict}\n    ${question.text}${label?.note ? `\n    note: ${label.note}` : ""}`);
    }
  }
}
if (stub) {
  const missing: Record<string, Record<string, { acceptable: null; scope: string; type: string }>> = {};
  for (const { score } of results) {
    for (const { scope, question, label } of score.judged) {
      if (label === undefined) (missing[score.essayId] ??= {})[question.text] = { acceptable: null, scope, type: question.type };
    }
  }
  console.log(`\n${JSON.stringify(missing, null, 2)}`);
}

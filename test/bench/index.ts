// `npm run bench`: runs every test/bench/*.bench.ts in name order (or only those whose
// file name contains one of the words given: `npm run bench -- essay`).
// Each bench module's default export prints its figures, one line each: `name: value unit`.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";

const here = fileURLToPath(new URL(".", import.meta.url));
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const files = readdirSync(here)
  .filter((name) => name.endsWith(".bench.ts"))
  .filter((name) => wanted.length === 0 || wanted.some((word) => name.includes(word)))
  .sort();

for (const file of files) {
  const module = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<void> };
  await module.default();
}

// Turns vitest's JSON report into the one line CI reads: "N passed, N failed".
// A test file that failed to load (syntax error, import error) has no test results of its
// own, so it is counted as one failure; a non-zero exit with nothing failed counts as one too
// (for example when type-checking stopped the run before vitest started).
import { readFileSync } from "node:fs";

const [file, exitStatus] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  for (const suite of report.testResults ?? []) {
    if (suite.status === "failed" && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
} catch {
  // No report at all: the run never reached vitest.
}
if (exitStatus !== "0" && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);

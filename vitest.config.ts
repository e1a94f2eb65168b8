// Vitest settings shared by `npm test` and `.ci/run`.
import { defineConfig } from "vitest/config";

// .ci/run asks for a JSON report so it can print "N passed, N failed" from it.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // End-to-end tests start a local Discord emulator and a real discord.js client;
    // a few seconds each is normal, a hang is not.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: jsonReport ? ["default", "json"] : ["default"],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});

// `npm run eval:questions -- --llm`: the LLM path scored the way the offline generator is, against
// the local fake OpenAI-compatible server — so that whoever has a model can measure it on sealed
// essays with the same labels and rubric.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEssay } from "../../src/essay/index.js";
import { evaluateEssay } from "../../src/questions/eval/evaluateEssay.js";
import { modelQuestionSets } from "../../src/questions/eval/modelSets.js";
import { completion, goodCandidates, startFakeOpenAi } from "../support/fakeOpenAi.js";
import { REPO_ROOT, TSX } from "../support/runMain.js";
import type { FakeOpenAi, FakeRequest } from "../support/fakeOpenAi.js";

const seed = buildEssay(readFileSync("seeds/singapore-summit.txt", "utf8"), { file: "seeds/singapore-summit.txt", id: "singapore-summit" });

/** A cooperative model: two questions on the key phrases the prompt lists. */
const answer = (request: FakeRequest) => ({ body: completion(JSON.stringify({ questions: goodCandidates(request) })) });

describe("the evaluation with the model on", () => {
  let server: FakeOpenAi;
  const caches: string[] = [];
  const cache = () => {
    const dir = mkdtempSync(join(tmpdir(), "colloquy-eval-llm-"));
    caches.push(dir);
    return dir;
  };
  const cli = resolve(REPO_ROOT, "src/cli/evalQuestions.ts");
  const llm = () => ({ baseUrl: server.baseUrl, model: "fake-model", apiKey: undefined, timeoutMs: 2_000 });

  beforeAll(async () => {
    server = await startFakeOpenAi();
  });
  afterAll(async () => {
    await server.close();
    for (const dir of caches) rmSync(dir, { recursive: true, force: true });
  });

  it("scores the model's questions by their labels, like the offline ones", async () => {
    server.behave(answer);
    const { sets, report } = await modelQuestionSets([seed], llm(), cache());
    expect(report).toEqual({ generated: seed.sections.length, cached: 0, failed: 0 });
    const set = sets.get(seed.id)!;
    const shown = evaluateEssay(seed, {}, 3, set).judged.filter((j) => j.top);
    const written = shown.filter((j) => j.question.source === "llm");
    expect(written.length).toBeGreaterThan(0);
    // One model question labelled acceptable counts; the rest are unlabelled, so not acceptable.
    const labels = { [written[0]!.question.text]: { acceptable: true as const } };
    const score = evaluateEssay(seed, labels, 3, set);
    expect(score.atK.acceptable).toBe(1);
    expect(score.atK.unlabelled).toBe(score.atK.judged - 1);
  });

  it("scores exactly the offline questions where the model fails", async () => {
    server.behave(() => ({ status: 500, body: { error: "down" } }));
    const { sets, report } = await modelQuestionSets([seed], llm(), cache());
    expect(report.failed).toBe(seed.sections.length);
    const withModel = evaluateEssay(seed, {}, 3, sets.get(seed.id));
    const offline = evaluateEssay(seed, {}, 3);
    expect(withModel.judged.map((j) => j.question.text)).toEqual(offline.judged.map((j) => j.question.text));
  });

  it("runs from the command line with the model's address in the environment, and says how many questions it wrote", async () => {
    server.behave(answer);
    const env = { PATH: process.env.PATH ?? "", LLM_BASE_URL: server.baseUrl, LLM_MODEL: "fake-model", QUESTION_CACHE_DIR: cache() };
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", TSX, cli, "--llm", "--essay", "singapore-summit"], { env, timeout: 60_000 });
    expect(stdout).toMatch(/With fake-model at http:\/\/127\.0\.0\.1:\d+\/v1: \d+ sections answered now, 0 from the cache, 0 left to the offline generator\./);
    const written = /Written by the model: (\d+) of the (\d+) top-3 questions\./.exec(stdout);
    expect(Number(written?.[1])).toBeGreaterThan(0);
    expect(Number(written?.[2])).toBeGreaterThanOrEqual(3 * seed.sections.length);
  });

  it("says what to set when no model is configured", async () => {
    const run = promisify(execFile)(process.execPath, ["--import", TSX, cli, "--llm", "--essay", "singapore-summit"], { env: { PATH: process.env.PATH ?? "", LLM_BASE_URL: "", LLM_MODEL: "" }, timeout: 60_000 });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("--llm needs a model: set LLM_BASE_URL and LLM_MODEL") });
  });
});

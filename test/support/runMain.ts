// Runs `npm start`'s entry point (src/main.ts under tsx) as a child process with exactly the given
// environment, optionally piping lines into it, as a newcomer's terminal would.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** The repository, and tsx as an --import hook: how a test runs one of the project's scripts. */
export const REPO_ROOT = resolve(import.meta.dirname, "../..");
export const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

export interface MainResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunningMain {
  child: ChildProcessWithoutNullStreams;
  /** Resolves when stdout has contained `text`. */
  waitForOutput(text: string): Promise<void>;
  result: Promise<MainResult>;
}

export function spawnMain(env: Record<string, string>, options: { cwd?: string; stdin?: string } = {}): RunningMain {
  const child = spawn(process.execPath, ["--import", TSX, resolve(REPO_ROOT, "src/main.ts")], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const waiters: { text: string; done: () => void }[] = [];
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const waiter of waiters.filter((candidate) => stdout.includes(candidate.text))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.done();
    }
  });
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const result = new Promise<MainResult>((done, fail) => {
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
  child.stdin.end(options.stdin ?? "");
  return {
    child,
    waitForOutput: (text) => (stdout.includes(text) ? Promise.resolve() : new Promise((done) => waiters.push({ text, done }))),
    result,
  };
}

export function runMain(env: Record<string, string>, options: { cwd?: string; stdin?: string } = {}): Promise<MainResult> {
  return spawnMain(env, options).result;
}

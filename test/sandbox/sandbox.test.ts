// The offline sandbox end to end: `npm start` without a token, commands piped in, replies read.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/loadConfig.js";
import { createLibrary } from "../../src/library/library.js";
import { runSandbox } from "../../src/sandbox/runSandbox.js";
import { REPO_ROOT } from "../support/botHarness.js";
import { summitReading } from "../support/handmadeReading.js";
import { runMain } from "../support/runMain.js";

async function session(lines: string[]): Promise<{ code: number; output: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const config = loadConfig({ LOG_LEVEL: "info" }, REPO_ROOT);
  const running = runSandbox({
    config,
    input,
    output,
    logPath: join(mkdtempSync(join(tmpdir(), "colloquy-sandbox-")), "sandbox.log"),
    sandbox: { bot: { library: createLibrary([summitReading()]) } },
  });
  input.end(`${lines.join("\n")}\n`);
  const code = await running;
  return { code, output: text };
}

describe("the sandbox prompt", () => {
  it("runs commands, presses buttons by label and number, switches user, and explains mistakes", async () => {
    const { code, output } = await session([
      "/excerpt section:2",
      "[Another excerpt]",
      "press more",
      "/excerpt section:road?",
      "/excerpt search:\"sanctions\" private:true",
      "1",
      "as moderator",
      "/sections",
      "/excerpt section:9",
      "/nope",
      "hello",
      "exit",
      "/help",
    ]);
    expect(code).toBe(0);
    expect(output).toContain("No DISCORD_TOKEN is set");
    expect(output).toContain("── Colloquy in #study-group");
    expect(output).toContain("Section 2 of 3 · Sanctions and pressure");
    expect(output).toContain("> Kim’s advisers argued that sanctions were easing.");
    expect(output).toContain("Paragraph 3 · excerpt 2 of 2");
    expect(output).toMatch(/Colloquy in #study-group \(only you can see this\) ─+\nQuestions · Section 2 of 3/);
    expect(output).toContain("  3 · The road ahead  → section:3");
    expect(output).toContain("Colloquy changed the message (only you can see this)");
    expect(output).toContain("moderator #study-group> /sections");
    expect(output).toContain("There is no section 9: this reading has 3 sections.");
    expect(output).toContain("There is no /nope.");
    expect(output).toContain('I don\'t know "hello".');
    // exit stops the prompt: /help after it is never run.
    expect(output).not.toContain("moderator #study-group> /help");
    expect(output.trimEnd().endsWith("Sandbox stopped. Bye.")).toBe(true);
  });

  it("presses a button typed by its label without brackets, and still explains an unknown word", async () => {
    const { output } = await session(["/excerpt section:1", "next section", "next chapter"]);
    expect(output).toContain("Section 1 of 3");
    expect(output).toContain("Section 2 of 3");
    expect(output).toContain('I don\'t know "next".');
  });

  it("help walks through the daily prompts, and the greeting points to it", async () => {
    const { output } = await session(["help"]);
    expect(output).toContain("Daily prompts: as moderator, /schedule set channel:study-group time:9am timezone:Europe/London, then /tick 1d (help shows every step).");
    const steps = ["as moderator", "/schedule set channel:study-group time:9am timezone:Europe/London", "/tick 1d", "as member", "[Answer]  then  submit answer:", "thread    then  say", "/stats"];
    const help = output.slice(output.indexOf("Daily prompts, step by step"));
    const positions = steps.map((step) => help.indexOf(step));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("is what npm start runs without a token: piped commands show the rendered excerpt", async () => {
    const result = await runMain(
      { DISCORD_TOKEN: "", SEEDS_DIR: resolve(REPO_ROOT, "seeds") },
      { cwd: mkdtempSync(join(tmpdir(), "colloquy-start-")), stdin: "/excerpt section:1\n[Next section]\n" },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("No DISCORD_TOKEN is set");
    expect(result.stdout).toMatch(/── Colloquy in #study-group ─+\nSingapore Summit\nSection 1 of \d+ · /);
    expect(result.stdout).toMatch(/\nSection 2 of \d+ · /);
    expect(result.stdout).toContain("[Next section] [More questions]");
    expect(result.stdout.trimEnd().endsWith("Sandbox stopped. Bye.")).toBe(true);
  });
});

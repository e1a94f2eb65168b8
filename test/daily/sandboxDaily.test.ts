// The offline sandbox runs the daily prompts too: the demo moderator sets a schedule, `/tick 1d`
// fast-forwards the sandbox clock so tomorrow's prompt arrives in #study-group, a member answers it
// with the Answer button and in its thread, and /stats shows it. When a /tick brings no prompt, it
// says when the next one is and what to type to reach it, or why none is coming.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/loadConfig.js";
import { createLibrary } from "../../src/library/library.js";
import { parseDuration } from "../../src/sandbox/parseDuration.js";
import { runSandbox } from "../../src/sandbox/runSandbox.js";
import { sandboxClock } from "../../src/sandbox/sandboxClock.js";
import { REPO_ROOT } from "../support/botHarness.js";
import { summitReading } from "../support/handmadeReading.js";

async function session(lines: string[], startAt?: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const running = runSandbox({
    config: loadConfig({ LOG_LEVEL: "info" }, REPO_ROOT),
    input,
    output,
    logPath: join(mkdtempSync(join(tmpdir(), "colloquy-sandbox-")), "sandbox.log"),
    sandbox: { bot: { library: createLibrary([summitReading()]) }, ...(startAt ? { clock: sandboxClock(Date.now, new Date(startAt)) } : {}) },
  });
  input.end(`${lines.join("\n")}\n`);
  expect(await running).toBe(0);
  return text;
}

describe("the sandbox's daily prompts", () => {
  it("sets a schedule, fast-forwards a day, and lets a member answer and see /stats", async () => {
    const output = await session([
      "/tick 1d",
      "as moderator",
      "/schedule set channel:study-group time:9am timezone:UTC role:Readers",
      "as member",
      "/tick 1d",
      "[Answer]",
      'submit answer:"Nobody expected much because the last summit failed."',
      "thread",
      "say And the delegates arrived tired.",
      "/stats",
      "/tick soon",
    ]);
    expect(output).toContain("No daily prompt was due meanwhile: none is set up yet. Try one: as moderator, then /schedule set channel:study-group time:9am timezone:Europe/London, then /tick 1d.");
    expect(output).toContain('Daily prompt set up: "main" posts in #study-group.');
    // Posting times read as dates in UTC in the terminal (Discord shows them in each reader's zone), the first also relative.
    expect(output).not.toMatch(/<t:|<#|<@/);
    expect(output).toMatch(/\n\w+day, \d{1,2} \w+ \d{4} 09:00 UTC \(in \d+ hours\)\n/);
    expect(output).toMatch(/── Colloquy posted in #study-group ─+\n@Readers\n/);
    expect(output).toContain("Daily prompt · Day 1 · Section 1 of 3");
    expect(output).toContain("1 daily prompt posted. Press [Answer]");
    expect(output).toContain("Your answer · Day 1");
    expect(output).toContain("Your answer is posted");
    expect(output).toMatch(/── Colloquy posted in the thread “Why did nobody expect much\?” ─+\nAnswer from @member\n/);
    expect(output).toContain('Now in the thread "Why did nobody expect much?"');
    expect(output).toContain("(member posted in the thread “Why did nobody expect much?”)");
    expect(output).toContain("Participation");
    expect(output).toMatch(/█+ 1 member/);
    expect(output).toContain('I can\'t read "soon"');
  });
});

describe("a /tick that brings no prompt", () => {
  it("says when the next is and the /tick that reaches it (a weekday schedule on a Saturday)", async () => {
    const output = await session(
      ["as moderator", "/schedule set channel:study-group time:9am timezone:Europe/London days:weekdays", "/tick 1d", "/tick 1d 2h"],
      "2026-11-28T07:00:00Z",
    );
    expect(output).toContain("The sandbox clock is now Sunday, 29 November 2026 07:00 UTC.");
    expect(output).toContain("No daily prompt was due yet. The next is Mon 30 Nov 09:00 Europe/London in #study-group — type /tick 1d 2h.");
    expect(output).toContain("The sandbox clock is now Monday, 30 November 2026 09:00 UTC.");
    expect(output).toContain("1 daily prompt posted.");
  });

  it("says why none is coming when the schedule is paused", async () => {
    const output = await session(["as moderator", "/schedule set channel:study-group time:9am timezone:Asia/Tokyo", "/schedule pause", "/tick 1d"], "2026-11-30T07:00:00Z");
    expect(output).toContain('No daily prompt is coming: "main" is paused: as moderator, type /schedule resume.');
  });
});

describe("the sandbox's first /tick 1d after a 9am schedule", () => {
  it("shows a prompt, whenever the sandbox is started", async () => {
    const output = await session(["as moderator", "/schedule set channel:study-group time:9am timezone:Europe/London days:weekdays", "/tick 1d"]);
    expect(output).toMatch(/The sandbox's clock reads \w+day, .* 07:00 UTC; \/tick moves it on\./);
    expect(output).toContain("1 daily prompt posted.");
  });
});

describe("/tick's duration", () => {
  it("reads days, hours and minutes, alone or together", () => {
    expect(parseDuration("1d")).toEqual({ ok: true, ms: 86_400_000 });
    expect(parseDuration("2h")).toEqual({ ok: true, ms: 7_200_000 });
    expect(parseDuration("30m")).toEqual({ ok: true, ms: 1_800_000 });
    expect(parseDuration("1d 2h 30m")).toEqual({ ok: true, ms: 95_400_000 });
    expect(parseDuration("90 minutes")).toEqual({ ok: true, ms: 5_400_000 });
    expect(parseDuration("2 days")).toEqual({ ok: true, ms: 172_800_000 });
  });

  it("says what to type when it cannot read it", () => {
    for (const bad of ["", "soon", "1x", "0m", "1d tomorrow", "400d"]) expect(parseDuration(bad).ok).toBe(false);
  });
});

// Every failure becomes a polite ephemeral message that says what to do; slow answers are
// deferred; Discord's 429s and 5xx are survived; nothing ends as an unhandled rejection
// (the harness fails the test if one does).
import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { INTERNAL_ERROR_TEXT } from "../../src/discord/render/problemMessage.js";
import { createLibrary } from "../../src/library/library.js";
import { startBotHarness, type BotHarness } from "../support/botHarness.js";
import { summitReading } from "../support/handmadeReading.js";
import { slowCommand, throwingCommand } from "../support/testCommands.js";

const CALLBACK = "POST /interactions/{interaction_id}/{interaction_token}/callback";
let harness: BotHarness | undefined;

afterEach(async () => {
  await harness?.finish();
  harness = undefined;
});

async function privateText(outcome: Promise<{ finalResponse(): Promise<{ ephemeral: boolean; content: string }> }>): Promise<string> {
  const reply = await (await outcome).finalResponse();
  expect(reply.ephemeral).toBe(true);
  return reply.content;
}

describe("bad input", () => {
  it("an unknown section names the count and points to /sections", async () => {
    harness = await startBotHarness({ library: createLibrary([summitReading()]) });
    expect(await privateText(harness.run("excerpt", { section: "9" }))).toBe("There is no section 9: this reading has 3 sections. Try /sections to see them.");
    expect(await privateText(harness.run("excerpt", { section: "bananas" }))).toBe(
      "No section of this reading is called “bananas”. Type a number from 1 to 3, or pick a section from the list as you type; /sections shows them all.",
    );
    expect(await privateText(harness.run("questions", { section: "0" }))).toBe("There is no section 0: this reading has 3 sections. Try /sections to see them.");
  });

  it("an empty search asks for words", async () => {
    harness = await startBotHarness({ library: createLibrary([summitReading()]) });
    expect(await privateText(harness.run("excerpt", { search: "   " }))).toBe(
      "Type some words to search for, for example /excerpt search:sanctions (every word must appear in the passage).",
    );
  });

  it("an unknown reading lists the loaded ones", async () => {
    harness = await startBotHarness({ library: createLibrary([summitReading()]) });
    expect(await privateText(harness.run("sections", { essay: "moby dick" }))).toBe(
      "There is no reading called “moby dick”. Loaded: The Summit. Pick one from the list that appears as you type the essay option.",
    );
  });

  it("with no essay loaded, explains how to add one", async () => {
    harness = await startBotHarness({ library: createLibrary([], [{ file: "seeds", message: "The folder seeds has no essay files. Add .md or .txt files to it." }]) });
    for (const name of ["excerpt", "sections", "questions"]) {
      const text = await privateText(harness.run(name));
      expect(text, name).toContain("No reading is loaded yet");
      expect(text, name).toContain("SEEDS_DIR");
      expect(text, name).toContain("The folder seeds has no essay files.");
    }
    const choices = await harness.emulator.autocomplete({ name: "excerpt", channelId: harness.channelId, options: { section: "" }, focused: "section" });
    expect(choices).toEqual([]);
    const help = await (await harness.run("help")).finalResponse();
    expect(help.embeds[0]?.fields?.at(-1)?.value).toContain("None loaded yet");
  });

  it("a command the bot does not know (registered by an older version) gets a polite answer", async () => {
    harness = await startBotHarness({ library: createLibrary([summitReading()]) });
    expect(await privateText(harness.run("ghost"))).toBe("Colloquy doesn't know /ghost (it may have been removed). Run /help to see what it can do.");
  });
});

describe("failures inside Colloquy", () => {
  it("a handler that throws gets a polite ephemeral apology, and the error is logged", async () => {
    harness = await startBotHarness({ library: createLibrary([summitReading()]), commands: [...commands, throwingCommand] });
    expect(await privateText(harness.run("boom"))).toBe(INTERNAL_ERROR_TEXT);
    const logged = harness.logs.find((line) => line.msg === "handler failed");
    expect(logged).toMatchObject({ level: 50, command: "boom", err: { message: "kaboom: a bug in a handler" } });
    // Later interactions are still answered.
    expect((await (await harness.run("excerpt", { section: "1" })).finalResponse()).embeds).toHaveLength(1);
  });

  it("autocomplete that throws offers no suggestions rather than failing", async () => {
    harness = await startBotHarness({ library: createLibrary([summitReading()]), commands: [...commands, throwingCommand] });
    const choices = await harness.emulator.autocomplete({ name: "boom", channelId: harness.channelId, options: { what: "x" }, focused: "what" });
    expect(choices).toEqual([]);
    expect(harness.logs.some((line) => line.msg === "autocomplete failed; answering with no suggestions")).toBe(true);
  });

  it("a slow answer is deferred first, then delivered by editing the reply", async () => {
    harness = await startBotHarness({ library: createLibrary([summitReading()]), commands: [...commands, slowCommand(200)], autoDeferMs: 30 });
    const outcome = await harness.run("slow");
    expect(outcome.callback?.type).toBe(5);
    const reply = await outcome.finalResponse();
    expect(reply.via).toBe("edit");
    expect(reply.content).toBe("Finally, the answer.");
    expect(reply.ephemeral).toBe(false);
  });

  it("a slow private answer is deferred privately", async () => {
    harness = await startBotHarness({ library: createLibrary([summitReading()]), commands: [...commands, slowCommand(200, { ephemeral: true })], autoDeferMs: 30 });
    const outcome = await harness.run("slow");
    expect(outcome.callback?.type).toBe(5);
    expect((outcome.callback?.data as { flags?: number }).flags).toBe(64);
    expect((await outcome.finalResponse()).ephemeral).toBe(true);
  });

  it("a slow answer that fails after a public deferral removes the placeholder and apologises privately", async () => {
    harness = await startBotHarness({ library: createLibrary([summitReading()]), commands: [...commands, slowCommand(200, { fail: true })], autoDeferMs: 30 });
    const outcome = await harness.run("slow");
    await harness.bot.dispatcher.settled();
    expect(outcome.followUps).toHaveLength(1);
    expect(outcome.followUps[0]?.content).toBe("That took long and still did not work: try again.");
    expect((outcome.followUps[0]?.flags ?? 0) & 64).toBe(64);
    expect(harness.emulator.requests.count("DELETE /webhooks/{webhook_id}/{webhook_token}/messages/@original")).toBe(1);
  });
});

describe("Discord misbehaving", () => {
  it("a 429 on the reply: discord.js waits and retries, and the member still gets the excerpt", async () => {
    harness = await startBotHarness({ library: createLibrary([summitReading()]) });
    const fault = harness.emulator.faults.rateLimit(CALLBACK, { retryAfterMs: 100 });
    const reply = await (await harness.run("excerpt", { section: "2" })).finalResponse();
    expect(fault.hits).toBe(1);
    expect(reply.embeds[0]?.description?.split("\n")[0]).toBe("**Section 2 of 3 · Sanctions and pressure**");
    expect(harness.emulator.requests.filter(CALLBACK).map((request) => request.status)).toEqual([429, 204]);
  });

  it("a global 429 and a 502 on replies are survived too", async () => {
    harness = await startBotHarness({ library: createLibrary([summitReading()]) });
    harness.emulator.faults.globalRateLimit({ retryAfterMs: 50, match: CALLBACK });
    expect((await (await harness.run("excerpt", { section: "1" })).finalResponse()).embeds).toHaveLength(1);
    harness.emulator.faults.serverError(CALLBACK, { status: 502 });
    expect((await (await harness.run("excerpt", { section: "3" })).finalResponse()).embeds).toHaveLength(1);
  });

  it("a reply Discord refuses outright is logged, and the process carries on without an unhandled rejection", async () => {
    harness = await startBotHarness({ library: createLibrary([summitReading()]) });
    harness.emulator.faults.inject(CALLBACK, { kind: "error", status: 400, code: 50035, message: "Invalid Form Body" }, 2);
    await expect(harness.run("excerpt", { section: "1" }, { timeoutMs: 1500 })).rejects.toThrow(/did not respond/);
    await harness.bot.dispatcher.settled();
    expect(harness.logs.some((line) => line.msg === "could not send the answer")).toBe(true);
    expect(harness.logs.some((line) => line.msg === "could not send the apology either")).toBe(true);
    expect(harness.logText()).not.toMatch(/\/interactions\/\d+\/aW50/);
    expect((await (await harness.run("excerpt", { section: "2" })).finalResponse()).embeds).toHaveLength(1);
  });
});

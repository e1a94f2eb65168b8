// The excerpt card's buttons end to end. On a public card, Next section and Another excerpt post a
// new public message and More questions answers only the presser; on a private card the buttons
// change the card in place. Out-of-date buttons get a polite answer.
import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { createLibrary } from "../../src/library/library.js";
import { buttonsOf, startBotHarness, type BotHarness } from "../support/botHarness.js";
import { summitReading } from "../support/handmadeReading.js";
import { outdatedCardCommand } from "../support/testCommands.js";

let harness: BotHarness | undefined;

afterEach(async () => {
  await harness?.finish();
  harness = undefined;
});

const library = () => createLibrary([summitReading()]);

function heading(reply: { embeds: { description?: string }[] }): string {
  return reply.embeds[0]?.description?.split("\n")[0] ?? "";
}

describe("buttons on a public card", () => {
  it("Next section posts the following section for everyone, and the channel counts it as seen", async () => {
    harness = await startBotHarness({ library: library() });
    const card = await harness.run("excerpt", { section: "1" });
    const pressed = await harness.emulator.clickButton({ message: card, customId: buttonsOf(card).get("Next section")!.custom_id, user: "grace" });
    const reply = await pressed.finalResponse();
    expect(pressed.callback?.type).toBe(4);
    expect(reply.ephemeral).toBe(false);
    expect(heading(reply)).toBe("**Section 2 of 3 · Sanctions and pressure**");
    // The first card is untouched; the channel now holds both.
    expect(harness.emulator.channel(harness.channelId).messages().map((stored) => stored.message.embeds[0]?.description?.split("\n")[0])).toEqual([
      "**Section 1 of 3 · Arrival**",
      "**Section 2 of 3 · Sanctions and pressure**",
    ]);
    const next = await (await harness.run("excerpt")).finalResponse();
    expect(heading(next)).toBe("**Section 3 of 3 · The road ahead**");
  });

  it("Next section on the last section wraps round to the first", async () => {
    harness = await startBotHarness({ library: library() });
    const card = await harness.run("excerpt", { section: "3" });
    const reply = await (await harness.emulator.clickButton({ message: card, customId: buttonsOf(card).get("Next section")!.custom_id })).finalResponse();
    expect(heading(reply)).toBe("**Section 1 of 3 · Arrival**");
  });

  it("Another excerpt posts the section's next excerpt, cycling back to the first", async () => {
    harness = await startBotHarness({ library: library() });
    const card = await harness.run("excerpt", { section: "2" });
    expect((await card.finalResponse()).embeds[0]?.footer?.text).toBe("Paragraph 2 · excerpt 1 of 2");
    const second = await harness.emulator.clickButton({ message: card, customId: buttonsOf(card).get("Another excerpt")!.custom_id });
    const secondReply = await second.finalResponse();
    expect(secondReply.ephemeral).toBe(false);
    expect(secondReply.embeds[0]?.footer?.text).toBe("Paragraph 3 · excerpt 2 of 2");
    expect(secondReply.embeds[0]?.description).toContain("> Kim’s advisers argued");
    expect(secondReply.embeds[0]?.fields?.[0]?.value.split("\n")[0]).toBe("1. Who wrote the Pérez report?");
    const third = await (await harness.emulator.clickButton({ message: second, customId: buttonsOf(second).get("Another excerpt")!.custom_id })).finalResponse();
    expect(third.embeds[0]?.footer?.text).toBe("Paragraph 2 · excerpt 1 of 2");
  });

  it("Another excerpt is unavailable on a section with a single excerpt", async () => {
    harness = await startBotHarness({ library: library() });
    const card = await harness.run("excerpt", { section: "1" });
    expect(buttonsOf(card).get("Another excerpt")?.disabled).toBe(true);
  });

  it("More questions answers only the presser, with the questions the card did not show", async () => {
    harness = await startBotHarness({ library: library() });
    const card = await harness.run("excerpt", { section: "2" });
    const pressed = await harness.emulator.clickButton({ message: card, customId: buttonsOf(card).get("More questions")!.custom_id, user: "grace" });
    const reply = await pressed.finalResponse();
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds[0]?.title).toBe("Questions · Section 2 of 3 · Sanctions and pressure");
    expect(reply.embeds[0]?.description?.split("\n")).toEqual([
      "1. **Implication** · What follows if sanctions were easing?",
      "2. **Perspective** · How would Kim’s advisers see the campaign?",
    ]);
    expect(reply.embeds[0]?.fields?.[0]?.name).toBe("On the whole reading");
    expect(harness.emulator.channel(harness.channelId).messages()).toHaveLength(1);
  });
});

describe("buttons on a private card", () => {
  it("change the card in place and stay private", async () => {
    harness = await startBotHarness({ library: library() });
    const card = await harness.run("excerpt", { section: "2", private: true });
    const another = await harness.emulator.clickButton({ message: card, customId: buttonsOf(card).get("Another excerpt")!.custom_id });
    expect(another.callback?.type).toBe(7);
    const changed = await another.finalResponse();
    expect(changed.ephemeral).toBe(true);
    expect(changed.embeds[0]?.footer?.text).toBe("Paragraph 3 · excerpt 2 of 2");
    const next = await harness.emulator.clickButton({ message: another, customId: buttonsOf(another).get("Next section")!.custom_id });
    expect(next.callback?.type).toBe(7);
    expect(heading(await next.finalResponse())).toBe("**Section 3 of 3 · The road ahead**");
    // Nothing was posted for the channel, and private reading does not move the channel on.
    expect(harness.emulator.channel(harness.channelId).messages()).toHaveLength(0);
    expect(heading(await (await harness.run("excerpt")).finalResponse())).toBe("**Section 1 of 3 · Arrival**");
  });
});

describe("out-of-date buttons", () => {
  it("answer politely, only to the presser, whatever made them stale", async () => {
    harness = await startBotHarness({ library: library(), commands: [...commands, outdatedCardCommand] });
    const card = await harness.run("oldcard");
    const answers = [];
    for (const label of ["Old format", "Removed action", "Changed reading"]) {
      const reply = await (await harness.emulator.clickButton({ message: card, customId: buttonsOf(card).get(label)!.custom_id })).finalResponse();
      expect(reply.ephemeral, label).toBe(true);
      answers.push(reply.content);
    }
    expect(answers[0]).toBe("This button is from an older version of Colloquy and no longer works. Run /excerpt again for a fresh one.");
    expect(answers[1]).toBe(answers[0]);
    expect(answers[2]).toBe("This card's reading has changed since it was posted, so its buttons no longer fit. Run /excerpt again for a fresh card.");
  });
});

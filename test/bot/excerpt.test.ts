// /excerpt end to end: the real client and dispatcher against the emulator, every request checked
// against Discord's OpenAPI spec. Expectations come from the loaded seed reading, not hard-coded text.
import { MessageFlags } from "discord.js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Library } from "../../src/library/library.js";
import { searchPassages } from "../../src/library/searchPassages.js";
import { seedsLibrary, startBotHarness, type BotHarness } from "../support/botHarness.js";

let harness: BotHarness | undefined;
let library: Library;

beforeAll(async () => {
  library = await seedsLibrary();
});

afterEach(async () => {
  await harness?.finish();
  harness = undefined;
});

function sectionLine(description: string | undefined): string {
  return description?.split("\n")[0] ?? "";
}

function sectionTitle(number: number): string {
  const reading = library.defaultReading!;
  const section = reading.essay.sections[number - 1]!;
  return `**Section ${number} of ${reading.essay.sections.length} · ${section.title}**`;
}

describe("/excerpt with no option", () => {
  it("shows the next section this channel hasn't seen, each once, then round again", async () => {
    harness = await startBotHarness();
    const count = library.defaultReading!.essay.sections.length;
    const seen: string[] = [];
    for (let step = 0; step <= count; step += 1) {
      const reply = await (await harness.run("excerpt")).finalResponse();
      expect(reply.ephemeral).toBe(false);
      seen.push(sectionLine(reply.embeds[0]?.description));
    }
    expect(seen.slice(0, count)).toEqual(Array.from({ length: count }, (_, index) => sectionTitle(index + 1)));
    expect(seen[count]).toBe(sectionTitle(1));
    // Another channel starts from the beginning.
    const elsewhere = await (await harness.run("excerpt", {}, { channelId: harness.otherChannelId })).finalResponse();
    expect(sectionLine(elsewhere.embeds[0]?.description)).toBe(sectionTitle(1));
  });

  it("replies with the essay title, the excerpt as a quote, questions, the paragraph range and three buttons", async () => {
    harness = await startBotHarness();
    const outcome = await harness.run("excerpt");
    const reply = await outcome.finalResponse();
    const reading = library.defaultReading!;
    const section = reading.essay.sections[0]!;
    const embed = reply.embeds[0]!;
    expect(embed.title).toBe(reading.essay.meta.title);
    const quoted = embed.description!.split("\n").slice(2);
    expect(quoted.every((line) => line.startsWith(">"))).toBe(true);
    expect(quoted.join(" ")).toContain(section.excerpts[0]!.text.split(/\s+/).slice(0, 6).join(" "));
    const questions = embed.fields?.find((field) => field.name === "Discuss")?.value.split("\n") ?? [];
    expect(questions.length).toBeGreaterThanOrEqual(2);
    expect(questions.length).toBeLessThanOrEqual(3);
    expect(embed.footer?.text).toMatch(/^Paragraphs? \d+(–\d+)?/);
    const labels = (reply.components as { components: { label: string }[] }[]).flatMap((row) => row.components.map((button) => button.label));
    expect(labels).toEqual(["Next section", "More questions", "Another excerpt"]);
    // Mentions are disabled on everything the bot sends.
    const callback = harness.emulator.requests.last("POST /interactions/{interaction_id}/{interaction_token}/callback");
    expect((callback?.body as { data: { allowed_mentions: unknown } }).data.allowed_mentions).toEqual({ parse: [] });
  });
});

describe("/excerpt options", () => {
  it("section: shows that section, by number or title", async () => {
    harness = await startBotHarness();
    const byNumber = await (await harness.run("excerpt", { section: "2" })).finalResponse();
    expect(sectionLine(byNumber.embeds[0]?.description)).toBe(sectionTitle(2));
    const title = library.defaultReading!.essay.sections[2]!.title;
    const byTitle = await (await harness.run("excerpt", { section: title })).finalResponse();
    expect(sectionLine(byTitle.embeds[0]?.description)).toBe(sectionTitle(3));
    // A section shown publicly counts as seen: no option now skips 2 and 3.
    const next = await (await harness.run("excerpt")).finalResponse();
    expect(sectionLine(next.embeds[0]?.description)).toBe(sectionTitle(1));
    const after = await (await harness.run("excerpt")).finalResponse();
    expect(sectionLine(after.embeds[0]?.description)).toBe(sectionTitle(4));
  });

  it("search: shows the best passage containing the words", async () => {
    harness = await startBotHarness();
    const expected = searchPassages(library.defaultReading!.essay, "sanctions");
    expect(expected.kind).toBe("found");
    if (expected.kind !== "found") return;
    const reply = await (await harness.run("excerpt", { search: "Sanctions" })).finalResponse();
    expect(sectionLine(reply.embeds[0]?.description)).toBe(sectionTitle(expected.matches[0]!.section.number));
    expect(reply.embeds[0]?.description?.toLowerCase()).toContain("sanctions");
    expect(reply.embeds[0]?.footer?.text).toContain("“sanctions”");
  });

  it("search and section together: searches within the section", async () => {
    harness = await startBotHarness();
    const essay = library.defaultReading!.essay;
    const withWord = essay.sections.filter((section) => searchPassages(essay, "sanctions", section).kind === "found");
    const without = essay.sections.find((section) => searchPassages(essay, "sanctions", section).kind === "missed")!;
    const hit = await (await harness.run("excerpt", { search: "sanctions", section: String(withWord[withWord.length - 1]!.number) })).finalResponse();
    expect(sectionLine(hit.embeds[0]?.description)).toBe(sectionTitle(withWord[withWord.length - 1]!.number));
    const miss = await (await harness.run("excerpt", { search: "sanctions", section: String(without.number) })).finalResponse();
    expect(miss.ephemeral).toBe(true);
    expect(miss.content).toBe(`“sanctions” does not appear in section ${without.number}. Try another word, or leave out the section option to search the whole reading.`);
  });

  it("search that finds nothing: says so politely, only to the member", async () => {
    harness = await startBotHarness();
    const reply = await (await harness.run("excerpt", { search: "sanctions zeppelin" })).finalResponse();
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds).toEqual([]);
    expect(reply.content).toBe(
      "No passage in this reading contains all of “sanctions”, “zeppelin”. “zeppelin” does not appear in this reading. Try fewer or different words.",
    );
  });

  it("private: answers ephemerally (flag 64) and does not move the channel on", async () => {
    harness = await startBotHarness();
    const outcome = await harness.run("excerpt", { private: true });
    const reply = await outcome.finalResponse();
    expect(reply.ephemeral).toBe(true);
    expect((outcome.callback?.data as { flags?: number }).flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(sectionLine(reply.embeds[0]?.description)).toBe(sectionTitle(1));
    const publicReply = await (await harness.run("excerpt")).finalResponse();
    expect(sectionLine(publicReply.embeds[0]?.description)).toBe(sectionTitle(1));
    expect(harness.emulator.channel(harness.channelId).messages()).toHaveLength(1);
  });

  it("never writes the token or what a member searched for to the logs", async () => {
    harness = await startBotHarness();
    await (await harness.run("excerpt", { search: "zanzibarquest" })).finalResponse();
    await (await harness.run("excerpt", { section: "qwertyuiop" })).finalResponse();
    const logs = harness.logText();
    expect(logs).toContain('"command":"excerpt"');
    expect(logs).not.toContain("zanzibarquest");
    expect(logs).not.toContain("qwertyuiop");
    expect(logs).not.toContain("test.colloquy.token");
  });
});

describe("/excerpt autocomplete", () => {
  it("offers sections as 'number · title', filtered by what is typed, at most 25", async () => {
    harness = await startBotHarness();
    const essay = library.defaultReading!.essay;
    const all = await harness.emulator.autocomplete({ name: "excerpt", channelId: harness.channelId, options: { section: "" }, focused: "section" });
    expect(all).toEqual(essay.sections.slice(0, 25).map((section) => ({ name: `${section.number} · ${section.title}`, value: String(section.number) })));
    const word = essay.sections[1]!.title.split(" ")[0]!;
    const filtered = await harness.emulator.autocomplete({ name: "excerpt", channelId: harness.channelId, options: { section: word.slice(0, 3) }, focused: "section" });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length + 1);
    for (const choice of filtered) expect(choice.name.toLowerCase()).toContain(word.slice(0, 3).toLowerCase());
    const none = await harness.emulator.autocomplete({ name: "excerpt", channelId: harness.channelId, options: { section: "zzzz" }, focused: "section" });
    expect(none).toEqual([]);
  });

  it("offers the loaded readings for the essay option", async () => {
    harness = await startBotHarness();
    const choices = await harness.emulator.autocomplete({ name: "excerpt", channelId: harness.channelId, options: { essay: "" }, focused: "essay" });
    expect(choices).toEqual(library.readings.map((reading) => ({ name: reading.essay.meta.title, value: reading.essay.id })));
  });
});

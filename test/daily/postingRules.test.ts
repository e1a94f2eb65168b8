// The Discord-side rules of posting, without a client: the prompt's look and limits, its findable
// mark, thread names, which permissions a schedule needs and how a missing one is explained, how
// discord.js errors map to the scheduler's failures, and where moderators are told.
import { DiscordAPIError, HTTPError, PermissionFlagsBits, RateLimitError } from "discord.js";
import { describe, expect, it } from "vitest";
import { missingFrom, missingPermissionsText, neededForSchedule } from "../../src/discord/daily/channelPermissions.js";
import { noticeChannels, noticeText } from "../../src/discord/daily/moderatorNotifier.js";
import { postErrorFromDiscord } from "../../src/discord/daily/postErrorFromDiscord.js";
import { promptSourceFromLibrary } from "../../src/discord/daily/promptSourceFromLibrary.js";
import { embedLength } from "../../src/discord/render/fitEmbed.js";
import { nonceOfComponents, promptMessage, threadNameFor } from "../../src/discord/render/promptMessage.js";
import { createLibrary } from "../../src/library/library.js";
import type { PromptContent } from "../../src/prompts/promptContent.js";
import { ForbiddenPostError, NotFoundPostError, TransientPostError } from "../../src/schedule/postErrors.js";
import { summitReading } from "../support/handmadeReading.js";

const content: PromptContent = {
  essayId: "summit",
  essayTitle: "The Summit",
  sectionId: "s1",
  sectionNumber: 2,
  sectionCount: 6,
  sectionTitle: "Sanctions *and* pressure",
  excerptId: "e1",
  excerpt: "Sanctions had never forced a country to change course.\nThe pressure campaign was nonetheless maximal.",
  questionIds: ["q1", "q2"],
  question: "Can sanctions work at all?",
  followUp: "Who wrote the Pérez report?",
  day: 7,
};

describe("the prompt message", () => {
  it("has the heading, the excerpt as a quote, the question and follow-up, the role ping and the Answer button carrying the nonce", () => {
    const body = promptMessage(content, { roleId: "123456789012345678", nonce: "abc123", answerPlace: "thread" });
    expect(body.content).toBe("<@&123456789012345678>");
    const [embed] = body.embeds;
    expect(embed?.title).toBe("Daily prompt · Day 7 · Section 2 of 6");
    expect(embed?.description).toBe("**Sanctions \\*and\\* pressure**\n\n> Sanctions had never forced a country to change course.\n> The pressure campaign was nonetheless maximal.");
    expect(embed?.fields).toEqual([
      { name: "Question", value: "Can sanctions work at all?" },
      { name: "Follow-up", value: "Who wrote the Pérez report?" },
    ]);
    expect(nonceOfComponents(body.components)).toBe("abc123");
    expect(promptMessage(content, { roleId: null, nonce: "n", answerPlace: "reply" }).content).toBeUndefined();
  });

  it("stays within Discord's embed limits however long the excerpt and questions are", () => {
    const long = { ...content, excerpt: "A very long sentence about summits. ".repeat(400), question: "Why? ".repeat(400), followUp: "How? ".repeat(400) };
    const [embed] = promptMessage(long, { roleId: null, nonce: "n", answerPlace: "thread" }).embeds;
    expect(embed!.description!.length).toBeLessThanOrEqual(4096);
    for (const field of embed!.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(1024);
    expect(embedLength(embed!)).toBeLessThanOrEqual(6000);
  });

  it("names threads from the question on one line, within 100 characters", () => {
    expect(threadNameFor("What  does\nthis mean?")).toBe("What does this mean?");
    const name = threadNameFor("word ".repeat(60));
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).toMatch(/^(word )*word…$/);
    expect(threadNameFor("   ")).toBe("Daily prompt");
  });

  it("finds no mark on other messages", () => {
    expect(nonceOfComponents([{ type: 1, components: [{ type: 2, custom_id: "c1:next:summit:s1" }] }])).toBeNull();
    expect(nonceOfComponents(undefined)).toBeNull();
  });
});

describe("permissions a schedule needs", () => {
  const all = neededForSchedule({ kind: "text", thread: true, pin: true }).reduce((bits, need) => bits | need.flag, 0n);

  it("depend on the settings", () => {
    expect(neededForSchedule({ kind: "text", thread: false, pin: false }).map((need) => need.name)).toEqual(["View Channel", "Send Messages", "Embed Links", "Read Message History"]);
    expect(neededForSchedule({ kind: "text", thread: true, pin: true }).map((need) => need.name)).toContain("Pin Messages");
    expect(neededForSchedule({ kind: "forum", thread: true, pin: false }).map((need) => need.name)).toContain("Send Messages in Threads");
  });

  it("reports only View Channel while the channel is invisible, and nothing to an administrator", () => {
    const needs = neededForSchedule({ kind: "text", thread: true, pin: false });
    expect(missingFrom(all & ~PermissionFlagsBits.ViewChannel & ~PermissionFlagsBits.EmbedLinks, needs).map((need) => need.name)).toEqual(["View Channel"]);
    expect(missingFrom(PermissionFlagsBits.Administrator, needs)).toEqual([]);
    expect(missingFrom(all, needs)).toEqual([]);
  });

  it("explains what is missing, why, and where to grant it", () => {
    const needs = neededForSchedule({ kind: "text", thread: true, pin: false });
    const text = missingPermissionsText("<#1>", missingFrom(all & ~PermissionFlagsBits.EmbedLinks & ~PermissionFlagsBits.CreatePublicThreads, needs));
    expect(text).toContain("it is missing **Embed Links** and **Create Public Threads** there");
    expect(text).toContain("Embed Links: the prompt is an embed");
    expect(text).toContain("channel's settings → Permissions");
  });
});

describe("discord.js errors while posting", () => {
  const apiError = (status: number, code: number, extra: object = {}) =>
    new DiscordAPIError({ code, message: "x", ...extra }, code, status, "POST", "/channels/1/messages", { body: undefined, files: undefined });
  const place = (permission: string | null) => ({ doing: "posting the prompt", missingPermission: () => permission });

  it("403s stop the schedule, naming the permission (View Channel for Missing Access)", () => {
    const forbidden = postErrorFromDiscord(apiError(403, 50013), place("Embed Links"));
    expect(forbidden).toBeInstanceOf(ForbiddenPostError);
    expect((forbidden as ForbiddenPostError).missingPermission).toBe("Embed Links");
    expect((postErrorFromDiscord(apiError(403, 50001), place(null)) as ForbiddenPostError).missingPermission).toBe("View Channel");
  });

  it("Unknown Channel and Unknown Guild mean the channel is gone; other 404s do not", () => {
    expect(postErrorFromDiscord(apiError(404, 10003), place(null))).toBeInstanceOf(NotFoundPostError);
    expect(postErrorFromDiscord(apiError(404, 10004), place(null))).toBeInstanceOf(NotFoundPostError);
    expect(postErrorFromDiscord(apiError(404, 10008), place(null))).not.toBeInstanceOf(NotFoundPostError);
  });

  it("5xx, 429, timeouts and network errors are worth retrying, with Discord's Retry-After", () => {
    expect(postErrorFromDiscord(new HTTPError(502, "Bad Gateway", "POST", "/x", { body: undefined, files: undefined }), place(null))).toBeInstanceOf(TransientPostError);
    const limited = postErrorFromDiscord(apiError(429, 0, { retry_after: 1.5 }), place(null)) as TransientPostError;
    expect(limited.retryAfterMs).toBe(1500);
    const rateLimit = new RateLimitError({ timeToReset: 2000, limit: 5, method: "POST", hash: "h", url: "/x", route: "/x", majorParameter: "1", global: false, retryAfter: 2000, sublimitTimeout: 0, scope: "user" });
    expect((postErrorFromDiscord(rateLimit, place(null)) as TransientPostError).retryAfterMs).toBe(2000);
    const timeout = Object.assign(new Error("This operation was aborted"), { name: "AbortError" });
    expect(postErrorFromDiscord(timeout, place(null))).toBeInstanceOf(TransientPostError);
    expect(postErrorFromDiscord(new TypeError("fetch failed"), place(null))).toBeInstanceOf(TransientPostError);
  });
});

describe("where moderators are told", () => {
  const guild = { publicUpdatesChannelId: "10", systemChannelId: "20" };
  it("prefers the updates channel, then the system channel, then the schedule's channel unless that channel is the problem", () => {
    expect(noticeChannels(guild, { channelId: "30", kind: "failed" })).toEqual(["10", "20", "30"]);
    expect(noticeChannels({ publicUpdatesChannelId: null, systemChannelId: "30" }, { channelId: "30", kind: "post-problem" })).toEqual(["30"]);
    expect(noticeChannels(guild, { channelId: "30", kind: "not-found" })).toEqual(["10", "20"]);
    expect(noticeChannels(guild, { channelId: "30", kind: "forbidden", missingPermission: "Send Messages" })).toEqual(["10", "20"]);
    expect(noticeChannels(guild, { channelId: "30", kind: "forbidden", missingPermission: null })).toEqual(["10", "20"]);
    expect(noticeChannels(undefined, { channelId: "30", kind: "forbidden", missingPermission: "Embed Links" })).toEqual(["30"]);
  });

  it("says which schedule the notice is about, within Discord's 2,000 characters", () => {
    const text = noticeText({ guildId: "1", scheduleId: 1, scheduleName: "evening", channelId: "2", kind: "failed", message: "x".repeat(3000) });
    expect(text.startsWith('**Colloquy · daily prompt "evening"** — ')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(2000);
  });
});

describe("the prompts' source", () => {
  it("maps the library's reading to sections with excerpts and ranked questions, and the default reading for null", async () => {
    const reading = summitReading();
    const source = promptSourceFromLibrary(() => createLibrary([reading]));
    const essay = await source.essayFor("g", null);
    expect(essay?.title).toBe("The Summit");
    expect(essay?.sections.map((section) => section.excerpts.length)).toEqual([1, 2, 1]);
    expect(essay?.sections[1]?.questions[0]?.text).toBe("Can sanctions work at all?");
    // Essay-wide questions about a section come after its own.
    expect(essay?.sections[0]?.questions.at(-1)?.text).toBe("How does the arrival bear on the road ahead?");
    expect(await source.essayFor("g", "summit")).toBe(essay);
    expect(await source.essayFor("g", "missing")).toBeNull();
  });
});

// The moderator commands' answers to bad input (every option gets a clear, ephemeral message saying
// what was wrong and what to type, and nothing is saved), the refusal of members without Manage
// Server, autocomplete, and how the commands are registered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDailyHarness, type DailyHarness } from "./support/dailyHarness.js";

let h: DailyHarness;
beforeAll(async () => {
  h = await startDailyHarness({ start: "2026-01-13T10:00:00Z" });
  const guild = h.emulator.guild(h.guildId);
  guild.addChannel("locked", "text").overwrite({ bot: true, deny: ["CreatePublicThreads", "ReadMessageHistory"] });
  guild.addChannel("no-pins", "text").overwrite({ bot: true, deny: ["PinMessages"] });
});
afterAll(async () => {
  await h.finish();
});

const valid = { channel: "study-group", time: "9am", timezone: "Europe/London" };

async function refusal(options: Record<string, string | boolean>, expected: RegExp | string) {
  const outcome = await h.run("schedule set", { ...valid, ...options });
  const response = await outcome.finalResponse();
  expect(response.ephemeral).toBe(true);
  if (typeof expected === "string") expect(response.content).toContain(expected);
  else expect(response.content).toMatch(expected);
  expect(await h.bot.context.store.listSchedules(h.guildId)).toHaveLength(0);
  return response.content ?? "";
}

describe("/schedule set with bad input", () => {
  it("explains a time it cannot read", async () => {
    await refusal({ time: "25:00" }, /\*\*time\*\*: '25:00' is not a time of day.*09:00 or 9am/);
    await refusal({ time: "soonish" }, "**time**: 'soonish' is not a time of day");
    await refusal({ time: "13pm" }, "with am/pm the hour goes from 1 to 12");
  });

  it("refuses abbreviations, fixed offsets and unknown zones, suggesting what to pick", async () => {
    await refusal({ timezone: "EST" }, /\*\*timezone\*\*: 'EST' is an abbreviation.*America\/New_York/);
    await refusal({ timezone: "+01:00" }, "would not follow daylight saving");
    await refusal({ timezone: "Mars/Olympus" }, "'Mars/Olympus' is not a time zone I know");
  });

  it("explains days it cannot read", async () => {
    await refusal({ days: "funday" }, "**days**:");
    await refusal({ days: "mon-" }, "**days**: 'mon-' is not a range of days: write it like mon-fri.");
  });

  it("refuses @everyone as the role to ping", async () => {
    await refusal({ role: h.guildId }, "Colloquy pings one role, not @everyone");
  });

  it("refuses a bad schedule name and an unknown reading", async () => {
    await refusal({ name: "!!bad" }, "**name**: \"!!bad\" can't be a schedule name");
    await refusal({ essay: "No such essay" }, '**essay**: there is no reading called "No such essay". Loaded: The Summit');
  });

  it("names exactly the permissions Colloquy lacks in the channel, and how to grant them", async () => {
    const text = await refusal({ channel: "locked" }, "it is missing **Read Message History** and **Create Public Threads** there");
    expect(text).toContain("channel's settings → Permissions");
    await refusal({ channel: "no-pins", pin: true }, "it is missing **Pin Messages** there");
    // Without pin, the same channel is fine: only what the settings need is asked for.
    const ok = await (await h.run("schedule set", { ...valid, channel: "no-pins", name: "probe" })).finalResponse();
    expect(ok.content).toContain("Daily prompt set up");
    await h.run("schedule clear", { name: "probe" });
  });

  it("refuses a channel that is not a text, announcement or forum channel", async () => {
    const set = await h.run("schedule set", { ...valid });
    expect((await set.finalResponse()).content).toContain("Daily prompt set up");
    await h.tickAt("2026-01-14T09:00:00Z");
    const threadId = h.botPosts()[0]!.message.id;
    const outcome = await h.run("schedule set", { ...valid, channel: threadId, name: "second" });
    expect((await outcome.finalResponse()).content).toContain("is not a text, announcement or forum channel");
    await h.run("schedule clear");
  });

  it("warns, but accepts, a role nobody can ping", async () => {
    h.emulator.guild(h.guildId).addRole("Quiet", { mentionable: false });
    const ok = await (await h.run("schedule set", { ...valid, role: "Quiet" })).finalResponse();
    expect(ok.content).toContain("is not mentionable, so its ping won't notify anyone");
    await h.run("schedule clear");
  });
});

describe("the other subcommands with nothing to act on", () => {
  it("say there is no schedule yet, or no schedule by that name", async () => {
    for (const sub of ["show", "pause", "resume", "skip", "clear"]) {
      const response = await (await h.run(`schedule ${sub}`, sub === "show" ? {} : {})).finalResponse();
      expect(response.ephemeral).toBe(true);
      expect(response.content).toMatch(/no daily prompt yet/);
    }
    expect((await (await h.run("prompt now")).finalResponse()).content).toContain("Set one up with /schedule set");
    expect((await (await h.run("schedule pause", { name: "evening" })).finalResponse()).content).toContain('There is no schedule named "evening"');
  });

  it("allow five schedules, and refuse a sixth; commands then need a name", async () => {
    for (const name of ["a", "b", "c", "d", "e"]) await h.run("schedule set", { ...valid, name });
    const sixth = await (await h.run("schedule set", { ...valid, name: "f" })).finalResponse();
    expect(sixth.content).toContain("already has 5 schedules");
    expect((await (await h.run("schedule pause")).finalResponse()).content).toContain("say which one with the name option");
    const shown = await (await h.run("schedule show")).finalResponse();
    expect(shown.embeds).toHaveLength(5);
    const choices = await h.emulator.autocomplete({ name: "schedule pause", channelId: h.channelId, user: "mod", options: { name: "" }, focused: "name" });
    expect(choices.map((choice) => choice.value)).toEqual(["a", "b", "c", "d", "e"]);
    for (const name of ["a", "b", "c", "d", "e"]) await h.run("schedule clear", { name });
  });
});

describe("members without Manage Server", () => {
  it("are refused politely by every moderator command, and nothing changes", async () => {
    for (const [name, options] of [["schedule set", valid], ["schedule show", {}], ["prompt now", {}], ["prompt preview", {}]] as const) {
      const response = await (await h.run(name, options, { user: "ada" })).finalResponse();
      expect(response.ephemeral).toBe(true);
      expect(response.content).toContain("only members with the **Manage Server** permission");
    }
    expect(await h.bot.context.store.listSchedules(h.guildId)).toHaveLength(0);
  });
});

describe("registration and autocomplete", () => {
  it("registers /schedule and /prompt for Manage Server only, in servers only, with the channel types allowed", () => {
    // Read from the registration request itself: Discord's spec types the bitfield as an integer.
    const sent = h.emulator.requests.last("PUT /applications/{application_id}/guilds/{guild_id}/commands")!.body as {
      name: string;
      default_member_permissions?: number | string | null;
      contexts?: number[];
    }[];
    const permissionsOf = (name: string) => sent.find((command) => command.name === name)?.default_member_permissions ?? null;
    expect(String(permissionsOf("schedule"))).toBe("32");
    expect(String(permissionsOf("prompt"))).toBe("32");
    expect(permissionsOf("stats")).toBeNull();
    expect(permissionsOf("forget-me")).toBeNull();
    expect(sent.find((command) => command.name === "schedule")?.contexts).toEqual([0]);
    const registered = h.emulator.commands(h.guildId);
    // Discord stores the bitfield and answers with it as a string.
    expect(registered.find((command) => command.name === "schedule")?.default_member_permissions).toBe("32");
    const schedule = registered.find((command) => command.name === "schedule")!;
    const set = schedule.options?.find((option) => option.name === "set") as { options: { name: string; channel_types?: number[]; required?: boolean }[] };
    expect(set.options.find((option) => option.name === "channel")?.channel_types).toEqual([0, 5, 15]);
    expect(set.options.filter((option) => option.required).map((option) => option.name)).toEqual(["channel", "time", "timezone"]);
  });

  it("suggests time zones as the moderator types, with their current offset", async () => {
    const choices = await h.emulator.autocomplete({ name: "schedule set", channelId: h.channelId, user: "mod", options: { timezone: "lond" }, focused: "timezone" });
    expect(choices[0]).toEqual({ name: "Europe/London (UTC+00:00)", value: "Europe/London" });
    const blank = await h.emulator.autocomplete({ name: "schedule set", channelId: h.channelId, user: "mod", options: { timezone: "" }, focused: "timezone" });
    expect(blank.length).toBe(25);
  });
});

// Where moderators are told about a prompt that could not be posted, end to end: the server's
// Community updates channel first, then its system channel, then the schedule's own channel when
// that channel is not the problem — once per problem, and never in a channel that would refuse.
import { afterEach, describe, expect, it } from "vitest";
import { eventually, startDailyHarness, studyGroup, type DailyHarness } from "./support/dailyHarness.js";

let harness: DailyHarness | undefined;
afterEach(async () => {
  await harness?.finish();
  harness = undefined;
});

const postRoute = "POST /channels/{channel_id}/messages";

async function scheduledIn(guild: ReturnType<typeof studyGroup>): Promise<DailyHarness> {
  harness = await startDailyHarness({ start: "2026-01-13T10:00:00Z", guilds: [guild] });
  await harness.run("schedule set", { channel: "study-group", time: "9am", timezone: "Europe/London" });
  return harness;
}

function channelId(h: DailyHarness, name: string): string {
  return h.emulator.guild(h.guildId).channel(name).id;
}

/** Discord refuses the prompt with 403 Missing Permissions although the bot's cache says it may post. */
function refusePrompts(h: DailyHarness): void {
  h.emulator.faults.missingPermissions({ route: "/channels/{channel_id}/messages", method: "POST", params: { channel_id: h.channelId } }, 5);
}

async function failForTwoDays(h: DailyHarness): Promise<void> {
  await h.tickAt("2026-01-14T09:00:00Z");
  await h.tickAt("2026-01-14T09:30:00Z");
  await h.tickAt("2026-01-15T09:00:00Z");
}

describe("a 403 at posting time", () => {
  it("sends exactly one notice, to the system channel", async () => {
    const h = await scheduledIn(studyGroup().text("general").systemChannel("general"));
    refusePrompts(h);
    await failForTwoDays(h);

    expect(h.emulator.requests.filter(postRoute).filter((request) => request.status === 403)).toHaveLength(1);
    const general = channelId(h, "general");
    const notices = h.notices(general);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message.content).toMatch(/^\*\*Colloquy · daily prompt "main"\*\* — /);
    expect(notices[0]!.message.content).toContain("/schedule resume");
    expect(notices[0]!.pinged).toEqual({ users: [], roles: [], everyone: false });
    // Nothing more was tried in the channel that refused, and nothing was sent anywhere else.
    expect(h.notices()).toHaveLength(0);
    const sentTo = h.emulator.requests.filter(postRoute).map((request) => request.params.channel_id);
    expect(sentTo).toEqual([h.channelId, general]);
  });

  it("goes to the Community updates channel before the system channel", async () => {
    const h = await scheduledIn(studyGroup().text("general").text("mod-updates").systemChannel("general").publicUpdatesChannel("mod-updates"));
    refusePrompts(h);
    await failForTwoDays(h);
    expect(h.notices(channelId(h, "mod-updates"))).toHaveLength(1);
    expect(h.notices(channelId(h, "general"))).toHaveLength(0);
  });

  it("skips an updates channel Colloquy cannot post in, without a failing request", async () => {
    const h = await scheduledIn(
      studyGroup()
        .text("general")
        .text("mod-updates", { overwrites: [{ bot: true, deny: ["SendMessages"] }] })
        .systemChannel("general")
        .publicUpdatesChannel("mod-updates"),
    );
    refusePrompts(h);
    await failForTwoDays(h);
    expect(h.notices(channelId(h, "general"))).toHaveLength(1);
    expect(h.emulator.requests.filter(postRoute).filter((request) => request.params.channel_id === channelId(h, "mod-updates"))).toHaveLength(0);
    expect(h.emulator.requests.all.filter((request) => request.status === 403)).toHaveLength(1);
  });

  it("after the system channel was deleted, falls back to the log and /schedule show", async () => {
    const h = await scheduledIn(studyGroup().text("general").systemChannel("general"));
    h.emulator.guild(h.guildId).channel("general").delete();
    // Discord's GUILD_UPDATE tells Colloquy the server has no system channel any more.
    await eventually(() => h.bot.client.guilds.cache.get(h.guildId)?.systemChannelId === null, "the system channel unset in the cache");
    refusePrompts(h);
    await failForTwoDays(h);
    expect(h.emulator.requests.filter(postRoute)).toHaveLength(1);
    expect(h.logs().filter((line) => line.msg === "no channel to tell moderators in; /schedule show has the error")).toHaveLength(1);
    expect(await h.text(await h.run("schedule show"))).toContain("Stopped");
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { DiscordAPIError, HTTPError, type Client, type TextChannel } from "discord.js";
import { buildGuild, type Emulator, type EmulatorOptions } from "../../src/emulator/index.js";
import { loginTestClient } from "../support/discordClient.js";
import { finishEmulator, startCheckedEmulator } from "../support/emulatorHarness.js";

const MESSAGES = "POST /channels/{channel_id}/messages";
const CALLBACK = "POST /interactions/{interaction_id}/{interaction_token}/callback";
const ORIGINAL = "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original";

describe("fault injection and rate limits", () => {
  let emulator: Emulator | undefined;
  let client: Client | undefined;
  afterEach(() => finishEmulator(emulator, client));

  async function start(options: EmulatorOptions = {}, rest: { globalRequestsPerSecond?: number; timeout?: number } = {}) {
    emulator = await startCheckedEmulator({
      guilds: [buildGuild("Faults").text("general").text("second").text("third")],
      ...options,
    });
    client = await loginTestClient(emulator, {
      rest,
      setup: (c) =>
        c.on("interactionCreate", async (interaction) => {
          if (!interaction.isChatInputCommand()) return;
          if (interaction.commandName === "slow") {
            await interaction.deferReply();
            await interaction.editReply("done after all");
          } else {
            await interaction.reply("answered");
          }
        }),
    });
    const channelId = emulator.guild("Faults").channel("general").id;
    return { channelId, channel: client.channels.cache.get(channelId) as TextChannel };
  }

  it("still answers when the reply itself gets a per-route 429: discord.js waits Retry-After and retries", async () => {
    const { channelId } = await start();
    const fault = emulator!.faults.rateLimit(CALLBACK, { retryAfterMs: 150 });
    const outcome = await emulator!.runCommand({ channelId, name: "excerpt" });
    expect((await outcome.finalResponse()).content).toBe("answered");
    expect(fault.hits).toBe(1);
    const attempts = emulator!.requests.filter(CALLBACK);
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(attempts[0]?.responseHeaders).toMatchObject({ "Retry-After": "0.150", "X-RateLimit-Scope": "user" });
  });

  it("still completes a deferred reply when its edit hits a global 429", async () => {
    const { channelId } = await start();
    emulator!.faults.globalRateLimit({ match: ORIGINAL, retryAfterMs: 120 });
    const outcome = await emulator!.runCommand({ channelId, name: "slow" });
    expect((await outcome.finalResponse()).content).toBe("done after all");
    const edits = emulator!.requests.filter(ORIGINAL);
    expect(edits.map((r) => r.status)).toEqual([429, 200]);
    expect(edits[0]?.responseHeaders["X-RateLimit-Global"]).toBe("true");
    expect(edits[0]?.responseHeaders["X-RateLimit-Scope"]).toBe("global");
  });

  it("retries 5xx answers (discord.js retries three times) and gives up with an HTTPError after that", async () => {
    const { channel } = await start();
    emulator!.faults.serverError(MESSAGES, { times: 2, status: 502 });
    await channel.send("eventually");
    expect(emulator!.requests.filter(MESSAGES).map((r) => r.status)).toEqual([502, 502, 200]);
    emulator!.faults.serverError(MESSAGES, { times: 4 });
    const error = await channel.send("never").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HTTPError);
    expect((error as HTTPError).status).toBe(500);
  });

  it("answers slowly when asked to", async () => {
    const { channel } = await start();
    emulator!.faults.slow(MESSAGES, 250);
    await channel.send("late but fine");
    expect(emulator!.requests.last(MESSAGES)?.durationMs).toBeGreaterThanOrEqual(240);
    expect(emulator!.requests.last(MESSAGES)?.fault).toBe("slow");
  });

  it("can carry a send out and lose its answer: the message exists though the bot saw an error", async () => {
    const { channel } = await start();
    emulator!.faults.loseResponse(MESSAGES);
    await expect(channel.send("did this arrive?")).rejects.toThrow();
    expect(emulator!.channel(channel.id).messages().map((m) => m.message.content)).toEqual(["did this arrive?"]);
  });

  it("lets enforce_nonce make a timed-out, retried send land once", async () => {
    // discord.js gives up after 200 ms and retries; the first attempt had already been carried out.
    const { channel } = await start({}, { timeout: 200 });
    emulator!.faults.slow(MESSAGES, 400, { when: "after" });
    const sent = await channel.send({ content: "Day 5 prompt", nonce: "day-5", enforceNonce: true });
    expect(emulator!.requests.filter(MESSAGES)).toHaveLength(2);
    expect(emulator!.channel(channel.id).messages().map((m) => m.message.id)).toEqual([sent.id]);
  });

  it("surfaces injected 403 and 404 answers as DiscordAPIError with Discord's codes", async () => {
    const { channel, channelId } = await start();
    emulator!.faults.missingPermissions({ method: "POST", route: "/channels/{channel_id}/messages", params: { channel_id: channelId } });
    const forbidden = await channel.send("x").catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(DiscordAPIError);
    expect((forbidden as DiscordAPIError).code).toBe(50013);
    emulator!.faults.unknownChannel(MESSAGES);
    expect(((await channel.send("x").catch((e: unknown) => e)) as DiscordAPIError).code).toBe(10003);
    await channel.send("and then it works again");
  });

  it("reports per-route X-RateLimit headers on normal answers", async () => {
    const { channel } = await start();
    await channel.send("one");
    const headers = emulator!.requests.last(MESSAGES)?.responseHeaders ?? {};
    expect(headers["X-RateLimit-Limit"]).toBe("5");
    expect(headers["X-RateLimit-Remaining"]).toBe("4");
    expect(Number(headers["X-RateLimit-Reset-After"])).toBeGreaterThan(0);
    expect(headers["X-RateLimit-Bucket"]).toMatch(/^[0-9a-f]{8}$/);
  });

  it("answers 429 with scope user when a client ignores an empty per-route bucket", async () => {
    const { channelId } = await start();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${emulator!.apiUrl}/v10/channels/${channelId}/messages`, {
        method: "POST",
        headers: { Authorization: `Bot ${emulator!.token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ content: `message ${i}` }),
      });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.headers.get("x-ratelimit-scope")).toBe("user");
        expect(((await response.json()) as { retry_after: number }).retry_after).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it("enforces a global limit of N requests per second, and discord.js still gets everything through", async () => {
    // discord.js is told the limit is higher than the emulator's, so it runs into the 429s.
    const { channelId } = await start({ rateLimits: { globalPerSecond: 5 } }, { globalRequestsPerSecond: 50 });
    const guild = emulator!.guild("Faults");
    const channels = ["general", "second", "third"].map((name) => client!.channels.cache.get(guild.channel(name).id) as TextChannel);
    await Promise.all(Array.from({ length: 9 }, (_, i) => channels[i % 3]!.send(`burst ${i}`)));
    const sends = emulator!.requests.filter(MESSAGES);
    const accepted = sends.filter((r) => r.status === 200).map((r) => r.receivedAt);
    const refused = sends.filter((r) => r.status === 429);
    expect(accepted).toHaveLength(9);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => r.responseHeaders["X-RateLimit-Global"] === "true")).toBe(true);
    // Never more than five accepted within any one second (the login's GET /gateway/bot counts too).
    for (const start of accepted) expect(accepted.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(5);
    expect(channelId).toBeDefined();
  });
});

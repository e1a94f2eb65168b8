import { afterEach, describe, expect, it } from "vitest";
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type Client } from "discord.js";
import { buildGuild, type Emulator } from "../../src/emulator/index.js";
import { loginTestClient } from "../support/discordClient.js";
import { discordSpec, expectRequestsValid, requestViolations } from "../support/discordSpec.js";
import { startCheckedEmulator } from "../support/emulatorHarness.js";

describe("checking requests against Discord's OpenAPI spec", () => {
  let emulator: Emulator | undefined;
  let client: Client | undefined;
  afterEach(async () => {
    await client?.destroy();
    await emulator?.close();
  });

  async function start(): Promise<string> {
    emulator = await startCheckedEmulator({ guilds: [buildGuild("Study group").text("study-group")] });
    client = await loginTestClient(emulator);
    return emulator.guild("Study group").channel("study-group").id;
  }

  it("flags an embed description longer than 4,096 characters", async () => {
    const channelId = await start();
    await client!.rest.post(`/channels/${channelId}/messages`, { body: { embeds: [{ description: "x".repeat(4097) }] } });
    const violations = requestViolations(emulator!);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/POST \/channels\/\d+\/messages: body\/embeds\/0\/description must NOT have more than 4096 characters/);
    expect(() => expectRequestsValid(emulator!)).toThrow(/1 request\(s\) break Discord's OpenAPI spec/);
  });

  it("can answer invalid bodies with 400 Invalid Form Body (50035), as Discord would", async () => {
    emulator = await startCheckedEmulator({ rejectInvalidRequests: true, guilds: [buildGuild("Strict").text("general")] });
    client = await loginTestClient(emulator);
    const channelId = emulator.guild("Strict").channel("general").id;
    const error = await client.rest
      .post(`/channels/${channelId}/messages`, { body: { embeds: [{ title: "t".repeat(257) }] } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 50035, status: 400 });
    expect(emulator.channel(channelId).messages()).toEqual([]);
  });

  it("flags six buttons in one action row", async () => {
    const channelId = await start();
    const sixButtons = Array.from({ length: 6 }, (_, i) =>
      new ButtonBuilder().setCustomId(`b${i}`).setLabel(`B${i}`).setStyle(ButtonStyle.Primary).toJSON(),
    );
    await client!.rest.post(`/channels/${channelId}/messages`, { body: { content: "pick", components: [{ type: 1, components: sixButtons }] } });
    expect(requestViolations(emulator!).join("\n")).toMatch(/body\/components\/0\/components must NOT have more than 5 items/);
  });

  it("accepts what discord.js sends for a normal message with an embed and a row of buttons", async () => {
    const channelId = await start();
    const channel = client!.channels.cache.get(channelId);
    if (!channel?.isSendable()) throw new Error("channel not sendable");
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId("next").setLabel("Next").setStyle(ButtonStyle.Primary),
    );
    await channel.send({ content: "Today's prompt", embeds: [{ title: "Day 1", description: "x".repeat(4096) }], components: [row] });
    expect(requestViolations(emulator!)).toEqual([]);
  });

  it("flags paths outside the API, bad snowflakes in paths, unknown query parameters and bodies on GETs", () => {
    const spec = discordSpec();
    expect(spec.check({ method: "GET", path: "/channels/123/nonsense", query: {}, body: undefined })).toEqual([
      "GET /channels/123/nonsense: no such path in Discord's API",
    ]);
    expect(spec.check({ method: "POST", path: "/channels/undefined/messages", query: {}, body: { content: "hi" } }).join()).toMatch(
      /path parameter channel_id must match pattern/,
    );
    expect(spec.check({ method: "GET", path: "/channels/123/messages", query: { limit: "500" }, body: undefined }).join()).toMatch(
      /query parameter limit must be <= 100/,
    );
    expect(spec.check({ method: "GET", path: "/channels/123/messages", query: { count: "5" }, body: undefined }).join()).toMatch(
      /query parameter count is not part of/,
    );
    expect(spec.check({ method: "GET", path: "/channels/123", query: {}, body: { name: "x" } }).join()).toMatch(/takes no request body/);
    expect(spec.check({ method: "GET", path: "/channels/123/messages", query: { limit: "50", before: "42" }, body: undefined })).toEqual([]);
  });
});

describe("reading the spec's union errors", () => {
  it("names the accepted component types when a component's type is wrong", () => {
    const problems = discordSpec().check({
      method: "POST",
      path: "/channels/123/messages",
      query: {},
      body: { components: [{ type: 1, components: [{ type: 99, custom_id: "x" }] }] },
    });
    expect(problems.join("\n")).toMatch(/body\/components\/0\/components\/0\/type must be one of \[.*2.*\]/);
  });
});

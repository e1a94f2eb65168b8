import { afterEach, describe, expect, it } from "vitest";
import type { Client } from "discord.js";
import { buildGuild, type Emulator } from "../../src/emulator/index.js";
import { loginTestClient } from "../support/discordClient.js";
import { finishEmulator, startCheckedEmulator } from "../support/emulatorHarness.js";

describe("logging in to the emulator", () => {
  let emulator: Emulator | undefined;
  let client: Client | undefined;
  afterEach(() => finishEmulator(emulator, client));

  it("gets a real discord.js client to clientReady with the seeded guilds and channels cached", async () => {
    emulator = await startCheckedEmulator({
      guilds: [buildGuild("Study group").text("study-group").forum("answers").announcement("news")],
    });
    client = await loginTestClient(emulator);
    const guild = client.guilds.cache.get(emulator.guild("Study group").id);
    expect(guild?.name).toBe("Study group");
    expect(guild?.channels.cache.map((channel) => channel.name).sort()).toEqual(["answers", "news", "study-group"]);
    expect(client.user?.id).toBe(emulator.botUserId);
    expect(emulator.requests.filter("GET /gateway/bot")).toHaveLength(1);
  });
});

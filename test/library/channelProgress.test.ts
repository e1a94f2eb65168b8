import { afterEach, describe, expect, it } from "vitest";
import { ChannelProgress } from "../../src/library/channelProgress.js";
import { openSqliteStore, type SqliteStore } from "../../src/store/openSqliteStore.js";
import { summitReading } from "../support/handmadeReading.js";

const reading = summitReading();
const here = { guildId: "100000000000000001", channelId: "200000000000000001" };
const elsewhere = { guildId: "100000000000000001", channelId: "200000000000000002" };
let store: SqliteStore | undefined;

function progress(): ChannelProgress {
  store = openSqliteStore(":memory:");
  return new ChannelProgress(store, () => 1_700_000_000_000);
}

afterEach(async () => {
  await store?.close();
});

describe("ChannelProgress: the next section this channel hasn't seen", () => {
  it("walks the sections in order, then starts a new round", async () => {
    const channel = progress();
    const seen = [];
    for (let step = 0; step < 4; step += 1) {
      const next = await channel.takeNext(here, reading);
      seen.push([next?.section.number, next?.round]);
    }
    expect(seen).toEqual([[1, 0], [2, 0], [3, 0], [1, 1]]);
  });

  it("keeps channels apart", async () => {
    const channel = progress();
    await channel.takeNext(here, reading);
    await channel.takeNext(here, reading);
    expect((await channel.takeNext(elsewhere, reading))?.section.number).toBe(1);
  });

  it("skips sections already shown by number, and peeking moves nothing", async () => {
    const channel = progress();
    await channel.markSeen(here, reading, reading.essay.sections[0]!);
    expect((await channel.peekNext(here, reading))?.section.number).toBe(2);
    expect((await channel.peekNext(here, reading))?.section.number).toBe(2);
    await channel.markSeen(here, reading, reading.essay.sections[1]!);
    expect((await channel.current(here, reading))?.number).toBe(2);
    expect((await channel.takeNext(here, reading))?.section.number).toBe(3);
  });

  it("gives two commands sent at once two different sections", async () => {
    const channel = progress();
    const both = await Promise.all([channel.takeNext(here, reading), channel.takeNext(here, reading)]);
    expect(both.map((next) => next?.section.number).sort()).toEqual([1, 2]);
  });

  it("survives a restart: progress is in the store", async () => {
    const channel = progress();
    await channel.takeNext(here, reading);
    await channel.settled(); // what the bot's stop() does before closing the store
    const again = new ChannelProgress(store!, () => 1_700_000_000_001);
    expect((await again.takeNext(here, reading))?.section.number).toBe(2);
  });
});

describe("ChannelProgress when the store fails", () => {
  it("answers at once, reports a failed save, and goes back to what the store has", async () => {
    const saved: string[][] = [];
    let failNext = false;
    const failures: unknown[] = [];
    const fakeStore = {
      async getChannelProgress() {
        return { round: 0, usedIds: saved.at(-1) ?? [] };
      },
      async saveChannelProgress(_guild: string, _channel: string, _essay: string, state: { usedIds: readonly string[] }) {
        await new Promise((resolve) => setImmediate(resolve));
        if (failNext) {
          failNext = false;
          throw new Error("disk full");
        }
        saved.push([...state.usedIds]);
      },
    };
    const channel = new ChannelProgress(fakeStore, () => 0, { onSaveFailed: (error) => failures.push(error) });
    expect((await channel.takeNext(here, reading))?.section.number).toBe(1);
    await channel.settled();
    failNext = true;
    expect((await channel.takeNext(here, reading))?.section.number).toBe(2);
    await channel.settled();
    expect(failures).toEqual([new Error("disk full")]);
    // Section 2 was never saved: the channel is offered it again, and this time it sticks.
    expect((await channel.takeNext(here, reading))?.section.number).toBe(2);
    await channel.settled();
    expect(saved.map((ids) => ids.length)).toEqual([1, 2]);
  });
});

describe("ChannelProgress saving", () => {
  it("saves a burst of changes to one channel once, shortly after, with the latest state", async () => {
    const saves: (readonly string[])[] = [];
    const fakeStore = {
      async getChannelProgress() {
        return { round: 0, usedIds: [] };
      },
      async saveChannelProgress(_guild: string, _channel: string, _essay: string, state: { usedIds: readonly string[] }) {
        saves.push(state.usedIds);
      },
    };
    const channel = new ChannelProgress(fakeStore, () => 0, { saveDelayMs: 20 });
    for (let step = 0; step < 3; step += 1) await channel.takeNext(here, reading);
    expect(saves).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(saves).toEqual([reading.essay.sections.map((section) => section.id)]);
  });
});

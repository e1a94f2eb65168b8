import { describe, expect, it } from "vitest";
import type { APIMessage } from "discord.js";
import { SnowflakeFactory, compareSnowflakes, snowflakeTimestamp } from "../../src/emulator/ids.js";
import { MessageStore } from "../../src/emulator/state/messageStore.js";
import type { StoredMessage } from "../../src/emulator/state/records.js";

function stored(store: MessageStore, id: string, channelId = "1"): StoredMessage {
  return {
    message: { id, channel_id: channelId, content: id } as APIMessage,
    guildId: "9",
    channelId,
    authorId: "7",
    source: "bot",
    ephemeral: false,
    nonce: null,
    allowedMentions: null,
    pinged: { users: [], roles: [], everyone: false },
    pinnedAt: null,
    deleted: false,
    sequence: store.nextSequence(),
  };
}

describe("snowflakes", () => {
  it("keep increasing even when the clock stands still or goes back, and encode the time", () => {
    let now = Date.UTC(2026, 2, 8, 9);
    const ids = new SnowflakeFactory(() => now);
    const first = ids.next();
    const second = ids.next();
    now -= 5_000;
    const third = ids.next();
    expect(compareSnowflakes(first, second)).toBeLessThan(0);
    expect(compareSnowflakes(second, third)).toBeLessThan(0);
    expect(snowflakeTimestamp(first)).toBe(Date.UTC(2026, 2, 8, 9));
  });
});

describe("channel history queries", () => {
  const store = new MessageStore();
  const ids = new SnowflakeFactory(() => Date.UTC(2026, 0, 1));
  const all = Array.from({ length: 250 }, () => ids.next());
  for (const id of all) store.add(stored(store, id));
  const contents = (found: StoredMessage[]) => found.map((m) => m.message.id);

  it("answers newest first, 50 by default and at most 100", () => {
    expect(contents(store.list("1", {}))).toEqual(all.slice(-50).reverse());
    expect(store.list("1", { limit: 500 })).toHaveLength(100);
  });

  it("pages backwards with before and forwards with after", () => {
    expect(contents(store.list("1", { before: all[10], limit: 3 }))).toEqual([all[9], all[8], all[7]]);
    expect(contents(store.list("1", { after: all[10], limit: 3 }))).toEqual([all[13], all[12], all[11]]);
    expect(contents(store.list("1", { around: all[100], limit: 4 }))).toEqual([all[101], all[100], all[99], all[98]]);
  });

  it("forgets deleted messages", () => {
    const victim = store.get(all[249]!)!;
    store.markDeleted(victim);
    expect(contents(store.list("1", { limit: 1 }))).toEqual([all[248]]);
  });

  it("remembers a nonce for its window only", () => {
    const nonces = new MessageStore();
    const message = stored(nonces, "42");
    nonces.add(message);
    nonces.rememberNonce("7", "daily-1", "42", 1_000);
    expect(nonces.findByNonce("7", "daily-1", 999)?.message.id).toBe("42");
    expect(nonces.findByNonce("8", "daily-1", 999)).toBeUndefined();
    expect(nonces.findByNonce("7", "daily-1", 1_000)).toBeUndefined();
  });
});

describe("messages since a mark", () => {
  it("finds exactly the messages created after a sequence number", () => {
    const store = new MessageStore();
    const ids = new SnowflakeFactory(() => Date.UTC(2026, 0, 1));
    const messages = Array.from({ length: 10 }, () => stored(store, ids.next()));
    for (const message of messages) store.add(message);
    const mark = messages[6]!.sequence;
    expect(store.since(mark).map((m) => m.message.id)).toEqual(messages.slice(7).map((m) => m.message.id));
    expect(store.since(0)).toHaveLength(10);
    expect(store.since(store.currentSequence)).toEqual([]);
  });
});

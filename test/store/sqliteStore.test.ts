import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { databasePath } from "../../src/store/databasePath.js";
import { openSqliteStore, type SqliteStore } from "../../src/store/openSqliteStore.js";
import Database from "better-sqlite3";
import { migrate, migrations } from "../../src/store/sqlite/migrations.js";
import type { NewPrompt } from "../../src/store/store.js";
import { settings, temporaryFolder } from "./support.js";

const guild = "100000000000000001";
const otherGuild = "100000000000000002";
const t0 = Date.parse("2026-01-14T09:00:00Z");

let folder: ReturnType<typeof temporaryFolder>;
const open: SqliteStore[] = [];
function openStore(url: string, options: Parameters<typeof openSqliteStore>[1] = {}) {
  const store = openSqliteStore(url, { cwd: folder.path, now: () => t0, ...options });
  open.push(store);
  return store;
}

beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  folder.remove();
});

function prompt(scheduleId: number | null, overrides: Partial<NewPrompt> = {}): NewPrompt {
  return {
    guildId: guild,
    scheduleId,
    claimId: null,
    localDate: "2026-01-14",
    day: 1,
    essayId: "essay",
    sectionId: "s1",
    excerptId: "s1-e1",
    questionIds: ["q1", "q2"],
    channelId: "200000000000000001",
    messageId: "300000000000000001",
    threadId: "400000000000000001",
    pinned: false,
    unpinnedMessageId: null,
    postedAt: t0,
    ...overrides,
  };
}

describe("opening the database", () => {
  it("reads DATABASE_URL as a path, a file: URL or :memory:, relative to the working folder", () => {
    expect(databasePath(":memory:", "/srv")).toBe(":memory:");
    expect(databasePath("data/colloquy.db", "/srv")).toBe("/srv/data/colloquy.db");
    expect(databasePath("", "/srv")).toBe("/srv/data/colloquy.db");
    expect(databasePath("/var/lib/colloquy.db", "/srv")).toBe("/var/lib/colloquy.db");
    expect(databasePath("file:///var/lib/colloquy.db", "/srv")).toBe("/var/lib/colloquy.db");
    expect(databasePath("file:data/x.db?mode=rwc", "/srv")).toBe("/srv/data/x.db");
  });

  it("creates the folder, enables WAL, foreign keys and a busy timeout, and applies every migration", () => {
    const store = openStore("data/nested/colloquy.db");
    expect(existsSync(join(folder.path, "data/nested/colloquy.db"))).toBe(true);
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(store.db.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(store.schemaVersion).toBe(migrations.length);
    const versions = store.db.prepare("SELECT version FROM schema_version ORDER BY version").pluck().all();
    expect(versions).toEqual(migrations.map((migration) => migration.version));
  });

  it("opens a file: URL and :memory:", async () => {
    const url = pathToFileURL(join(folder.path, "by-url.db")).href;
    const store = openStore(url);
    await store.createSchedule(guild, settings(), { activeFrom: t0, nextFireAt: null, at: t0 });
    expect(existsSync(join(folder.path, "by-url.db"))).toBe(true);
    const memory = openStore(":memory:");
    expect(memory.schemaVersion).toBe(migrations.length);
  });

  it("is idempotent: reopening applies nothing twice and keeps the data", async () => {
    const first = openStore("colloquy.db");
    await first.createSchedule(guild, settings(), { activeFrom: t0, nextFireAt: null, at: t0 });
    await first.close();
    const second = openStore("colloquy.db");
    expect(second.db.prepare("SELECT COUNT(*) FROM schema_version").pluck().get()).toBe(migrations.length);
    expect(await second.listSchedules(guild)).toHaveLength(1);
  });

  it("upgrades a version 1 database and keeps its schedules and claims", async () => {
    // What a release with only the first migration wrote, in its own SQL.
    const old = new Database(join(folder.path, "old.db"));
    old.pragma("journal_mode = WAL");
    expect(migrate(old, "old.db", migrations.slice(0, 1), t0)).toEqual({ from: 0, to: 1 });
    old.prepare(`INSERT INTO schedules (id, guild_id, name, channel_id, channel_type, time, zone, days, role_id, thread, pin, paused,
                   active_from, next_fire_at, created_at, updated_at)
                 VALUES (7, ?, 'evening', '200000000000000001', 'text', '18:30', 'Europe/Berlin', '1,3,5', NULL, 1, 0, 0, ?, ?, ?, ?)`)
      .run(guild, t0, t0 + 1000, t0, t0);
    old.prepare(`INSERT INTO slot_claims (guild_id, schedule_id, local_date, slot_at, kind, state, nonce, claimed_by, claimed_at, updated_at)
                 VALUES (?, 7, '2026-01-14', ?, 'scheduled', 'claimed', 'n1', 'main', ?, ?)`)
      .run(guild, t0, t0, t0);
    old.close();

    const upgraded = openStore("old.db");
    expect(upgraded.schemaVersion).toBe(migrations.length);
    expect(await upgraded.getSchedule(guild, 7)).toMatchObject({
      name: "evening",
      rule: { time: { hour: 18, minute: 30 }, zone: "Europe/Berlin", days: [1, 3, 5] },
      nextFireAt: t0 + 1000,
    });
    const claim = await upgraded.latestClaim(7);
    expect(claim).toMatchObject({ localDate: "2026-01-14", state: "claimed", nonce: "n1" });
    // The new tables work with the old rows.
    const posted = await upgraded.recordPosted({ claimId: claim!.id, prompt: prompt(7, { claimId: claim!.id }), rotation: { round: 0, usedIds: ["s1"] }, schedulePatch: {}, at: t0 });
    expect(await upgraded.recordAnswer({ guildId: guild, promptId: posted.id, userId: "u1", firstAnsweredAt: t0, via: "thread" })).toBe(true);
    expect((await upgraded.getClaim(claim!.id))?.state).toBe("posted");
  });

  it("refuses a database written by a newer release, saying what to do", async () => {
    const store = openStore("new.db");
    store.db.prepare("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 0)").run();
    await store.close();
    expect(() => openStore("new.db")).toThrow(/schema version 99.*Upgrade Colloquy/);
  });
});

describe("schedules", () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = openStore("colloquy.db");
  });

  it("round-trips every setting", async () => {
    const created = await store.createSchedule(
      guild,
      settings({ channelKind: "forum", roleId: "500000000000000001", pin: true, thread: false, essayId: "essay", rule: { time: { hour: 21, minute: 5 }, zone: "Asia/Kolkata", days: [1, 3, 5] } }),
      { activeFrom: t0, nextFireAt: t0 + 60_000, at: t0 },
    );
    expect(created).toMatchObject({
      guildId: guild,
      name: "main",
      channelKind: "forum",
      roleId: "500000000000000001",
      pin: true,
      thread: false,
      essayId: "essay",
      rule: { time: { hour: 21, minute: 5 }, zone: "Asia/Kolkata", days: [1, 3, 5] },
      paused: false,
      skipDate: null,
      activeFrom: t0,
      nextFireAt: t0 + 60_000,
      errorNotified: false,
      disabledReason: null,
    });
    expect(await store.getSchedule(guild, created.id)).toEqual(created);
    expect(await store.getSchedule(otherGuild, created.id)).toBeNull();
    expect(await store.findScheduleByName(guild, "main")).toEqual(created);
  });

  it("allows several schedules per guild, with unique names", async () => {
    await store.createSchedule(guild, settings(), { activeFrom: t0, nextFireAt: null, at: t0 });
    await store.createSchedule(guild, settings({ name: "weekend" }), { activeFrom: t0, nextFireAt: null, at: t0 });
    await store.createSchedule(otherGuild, settings(), { activeFrom: t0, nextFireAt: null, at: t0 });
    expect((await store.listSchedules(guild)).map((s) => s.name)).toEqual(["main", "weekend"]);
    await expect(store.createSchedule(guild, settings(), { activeFrom: t0, nextFireAt: null, at: t0 })).rejects.toThrow(/UNIQUE/);
  });

  it("patches only the given fields", async () => {
    const created = await store.createSchedule(guild, settings(), { activeFrom: t0, nextFireAt: null, at: t0 });
    const updated = await store.updateSchedule(guild, created.id, { paused: true, skipDate: "2026-01-15", lastError: "boom", disabledReason: null }, t0 + 5);
    expect(updated).toEqual({ ...created, paused: true, skipDate: "2026-01-15", lastError: "boom", updatedAt: t0 + 5 });
    expect(await store.updateSchedule(otherGuild, created.id, { paused: false }, t0)).toBeNull();
  });

  it("deleting a schedule removes its claims but keeps its prompt history and participation", async () => {
    const schedule = await store.createSchedule(guild, settings(), { activeFrom: t0, nextFireAt: null, at: t0 });
    const claim = await store.claimSlot({ guildId: guild, scheduleId: schedule.id, localDate: "2026-01-14", slotAt: t0, kind: "scheduled", nonce: "n", claimedBy: "main", at: t0 });
    const posted = await store.recordPosted({ claimId: claim!.id, prompt: prompt(schedule.id, { claimId: claim!.id }), rotation: { round: 0, usedIds: ["s1"] }, schedulePatch: {}, at: t0 });
    await store.recordAnswer({ guildId: guild, promptId: posted.id, userId: "u1", firstAnsweredAt: t0, via: "thread" });
    expect(await store.deleteSchedule(guild, schedule.id)).toBe(true);
    expect(await store.getClaim(claim!.id)).toBeNull();
    const history = await store.listPrompts(guild, 0);
    expect(history).toEqual([{ ...posted, scheduleId: null, claimId: null }]);
    expect(await store.listAnswers(guild, 0)).toHaveLength(1);
  });
});

describe("slot claims", () => {
  let store: SqliteStore;
  let scheduleId: number;
  beforeEach(async () => {
    store = openStore("colloquy.db");
    scheduleId = (await store.createSchedule(guild, settings(), { activeFrom: t0, nextFireAt: t0, at: t0 })).id;
  });
  const claimFor = (localDate: string, claimedBy = "main") =>
    ({ guildId: guild, scheduleId, localDate, slotAt: t0, kind: "scheduled", nonce: `n-${localDate}`, claimedBy, at: t0 }) as const;

  it("claims a slot once: the second INSERT, from any connection, gets nothing", async () => {
    const first = await store.claimSlot(claimFor("2026-01-14"));
    expect(first).toMatchObject({ state: "claimed", attempt: 0, localDate: "2026-01-14", claimedBy: "main", selection: null });
    expect(await store.claimSlot(claimFor("2026-01-14", "other"))).toBeNull();
    const second = openStore("colloquy.db");
    expect(await second.claimSlot(claimFor("2026-01-14", "other"))).toBeNull();
    expect(await second.claimSlot(claimFor("2026-01-15", "other"))).toMatchObject({ claimedBy: "other" });
  });

  it("tracks sending with the chosen prompt, then posted with its ids, in one transaction with history and rotation", async () => {
    const claim = (await store.claimSlot(claimFor("2026-01-14")))!;
    const selection = { essayId: "essay", sectionId: "s1", excerptId: "s1-e1", questionIds: ["q1", "q2"], day: 1 };
    const sending = await store.markSending(claim.id, selection, t0 + 10);
    expect(sending).toMatchObject({ state: "sending", attempt: 1, sendingAt: t0 + 10, selection });
    expect((await store.markSending(claim.id, selection, t0 + 20)).attempt).toBe(2);

    const posted = await store.recordPosted({
      claimId: claim.id,
      prompt: prompt(scheduleId, { claimId: claim.id, pinned: true }),
      rotation: { round: 0, usedIds: ["s1"] },
      schedulePatch: { errorNotified: false, lastError: null },
      at: t0 + 30,
    });
    expect(await store.getClaim(claim.id)).toMatchObject({ state: "posted", messageId: "300000000000000001", threadId: "400000000000000001" });
    expect(await store.getRotation(scheduleId, "essay")).toEqual({ round: 0, usedIds: ["s1"] });
    expect(await store.nextDayNumber(scheduleId)).toBe(2);
    expect(await store.lastPinnedMessageId(scheduleId)).toBe("300000000000000001");
    expect(await store.latestPrompt(scheduleId)).toEqual(posted);
    expect(await store.findPromptByThread(guild, "400000000000000001")).toEqual(posted);
    expect(await store.findPromptByThread(otherGuild, "400000000000000001")).toBeNull();
    expect(await store.findPromptByMessage(guild, "300000000000000001")).toEqual(posted);
  });

  it("writes nothing when part of recording a post fails (no half-written state)", async () => {
    const claim = (await store.claimSlot(claimFor("2026-01-14")))!;
    // A prompt pointing at a schedule that does not exist violates a foreign key, after the claim update ran.
    await expect(
      store.recordPosted({ claimId: claim.id, prompt: prompt(987654, { claimId: claim.id }), rotation: { round: 0, usedIds: ["s1"] }, schedulePatch: {}, at: t0 }),
    ).rejects.toThrow(/FOREIGN KEY/);
    expect((await store.getClaim(claim.id))?.state).toBe("claimed");
    expect(await store.listPrompts(guild, 0)).toEqual([]);
  });

  it("records failures with a retry time and the schedule patch together", async () => {
    const claim = (await store.claimSlot(claimFor("2026-01-14")))!;
    await store.recordUnposted({ claimId: claim.id, state: "failed", error: "503", retryAt: t0 + 300_000, schedulePatch: { lastError: "503", lastErrorAt: t0 }, at: t0 });
    expect(await store.getClaim(claim.id)).toMatchObject({ state: "failed", error: "503", retryAt: t0 + 300_000 });
    expect(await store.getSchedule(guild, scheduleId)).toMatchObject({ lastError: "503", lastErrorAt: t0 });
  });

  it("records missed and skipped slots in one go, leaving claimed dates alone", async () => {
    await store.claimSlot(claimFor("2026-01-13"));
    const inserted = await store.recordUnpostedSlots(
      guild,
      scheduleId,
      ["2026-01-12", "2026-01-13"].map((localDate) => ({ localDate, slotAt: t0, nonce: localDate })),
      "missed",
      "main",
      t0,
    );
    expect(inserted).toBe(1);
    expect((await store.recentClaims(scheduleId, 5)).map((c) => [c.localDate, c.state])).toEqual([
      ["2026-01-13", "claimed"],
      ["2026-01-12", "missed"],
    ]);
    expect((await store.latestClaim(scheduleId))?.localDate).toBe("2026-01-13");
  });

  it("lists claims left in flight by this owner, or by anyone long ago", async () => {
    const mine = (await store.claimSlot(claimFor("2026-01-14", "main")))!;
    await store.claimSlot({ ...claimFor("2026-01-15", "other"), at: t0 + 600_000 });
    const abandoned = (await store.claimSlot({ ...claimFor("2026-01-16", "gone"), at: t0 - 3_600_000 }))!;
    const finished = (await store.claimSlot(claimFor("2026-01-17", "main")))!;
    await store.recordUnposted({ claimId: finished.id, state: "missed", error: "x", retryAt: null, schedulePatch: {}, at: t0 });
    const found = await store.inFlightClaims("main", t0 - 60_000);
    expect(found.map((claim) => claim.id).sort()).toEqual([mine.id, abandoned.id].sort());
  });

  it("releases a claim so the slot can be claimed again", async () => {
    const claim = (await store.claimSlot(claimFor("2026-01-14")))!;
    await store.releaseClaim(claim.id);
    expect(await store.claimSlot(claimFor("2026-01-14"))).not.toBeNull();
  });
});

describe("due schedules", () => {
  it("returns schedules whose next_fire_at has come, in order, page by page, with their latest claim", async () => {
    const store = openStore("colloquy.db");
    const ids: number[] = [];
    for (let index = 0; index < 7; index += 1) {
      const schedule = await store.createSchedule(guild, settings({ name: `s${index}` }), { activeFrom: t0, nextFireAt: t0 - (index % 3) * 1000, at: t0 });
      ids.push(schedule.id);
    }
    await store.createSchedule(guild, settings({ name: "later" }), { activeFrom: t0, nextFireAt: t0 + 1, at: t0 });
    await store.createSchedule(guild, settings({ name: "paused" }), { activeFrom: t0, nextFireAt: null, at: t0 });
    await store.claimSlot({ guildId: guild, scheduleId: ids[0]!, localDate: "2026-01-14", slotAt: t0, kind: "scheduled", nonce: "n", claimedBy: "main", at: t0 });

    const seen: number[] = [];
    let cursor = null;
    for (;;) {
      const page = await store.dueSchedules(t0, cursor, 3);
      seen.push(...page.map((due) => due.schedule.id));
      if (page.length < 3) break;
      const last = page[page.length - 1]!;
      cursor = { nextFireAt: last.schedule.nextFireAt!, scheduleId: last.schedule.id };
    }
    const expected = [...ids].sort((a, b) => (ids.indexOf(b) % 3) - (ids.indexOf(a) % 3) || a - b);
    expect(seen).toEqual(expected);
    const first = (await store.dueSchedules(t0, null, 100)).find((due) => due.schedule.id === ids[0]);
    expect(first?.latestClaim?.localDate).toBe("2026-01-14");
  });

  it("answers the idle query from the next_fire_at index, without scanning schedules", () => {
    const store = openStore("colloquy.db");
    const plan = store.db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM schedules WHERE next_fire_at IS NOT NULL AND next_fire_at <= 0 ORDER BY next_fire_at, id LIMIT 10")
      .all()
      .map((row) => (row as { detail: string }).detail)
      .join("\n");
    expect(plan).toContain("schedules_next_fire");
    expect(plan).not.toMatch(/SCAN schedules(?! USING)/);
  });
});

describe("participation and /excerpt progress", () => {
  let store: SqliteStore;
  let promptId: number;
  beforeEach(async () => {
    store = openStore("colloquy.db");
    const schedule = await store.createSchedule(guild, settings(), { activeFrom: t0, nextFireAt: null, at: t0 });
    promptId = (await store.recordPosted({ claimId: null, prompt: prompt(schedule.id), rotation: { round: 0, usedIds: [] }, schedulePatch: {}, at: t0 })).id;
  });

  it("counts a member once per prompt, whether they answer in the thread or by the modal", async () => {
    expect(await store.recordAnswer({ guildId: guild, promptId, userId: "u1", firstAnsweredAt: t0 + 5, via: "thread" })).toBe(true);
    expect(await store.recordAnswer({ guildId: guild, promptId, userId: "u1", firstAnsweredAt: t0 + 9, via: "modal" })).toBe(false);
    expect(await store.recordAnswer({ guildId: guild, promptId, userId: "u2", firstAnsweredAt: t0 + 7, via: "modal" })).toBe(true);
    expect(await store.listAnswers(guild, 0)).toEqual([
      { guildId: guild, promptId, userId: "u1", firstAnsweredAt: t0 + 5, via: "thread" },
      { guildId: guild, promptId, userId: "u2", firstAnsweredAt: t0 + 7, via: "modal" },
    ]);
    expect(await store.listAnswers(guild, 0, "u2")).toHaveLength(1);
    expect(await store.listAnswers(guild, t0 + 1)).toEqual([]);
  });

  it("stores no message content: the participation table has ids and times only", () => {
    const columns = store.db.prepare("SELECT name FROM pragma_table_info('participation')").pluck().all();
    expect(columns.sort()).toEqual(["first_answered_at", "guild_id", "prompt_id", "user_id", "via"]);
  });

  it("does not record an answer to another guild's prompt", async () => {
    expect(await store.recordAnswer({ guildId: otherGuild, promptId, userId: "u1", firstAnsweredAt: t0, via: "thread" })).toBe(false);
    expect(await store.listAnswers(otherGuild, 0)).toEqual([]);
  });

  it("erases everything about one member in one guild, and nothing else", async () => {
    const otherSchedule = await store.createSchedule(otherGuild, settings(), { activeFrom: t0, nextFireAt: null, at: t0 });
    const otherPrompt = await store.recordPosted({ claimId: null, prompt: prompt(otherSchedule.id, { guildId: otherGuild, messageId: "m2", threadId: "t2" }), rotation: { round: 0, usedIds: [] }, schedulePatch: {}, at: t0 });
    await store.recordAnswer({ guildId: guild, promptId, userId: "u1", firstAnsweredAt: t0, via: "thread" });
    await store.recordAnswer({ guildId: guild, promptId, userId: "u2", firstAnsweredAt: t0, via: "thread" });
    await store.recordAnswer({ guildId: otherGuild, promptId: otherPrompt.id, userId: "u1", firstAnsweredAt: t0, via: "thread" });
    expect(await store.eraseMember(guild, "u1")).toBe(1);
    expect((await store.listAnswers(guild, 0)).map((a) => a.userId)).toEqual(["u2"]);
    expect((await store.listAnswers(otherGuild, 0)).map((a) => a.userId)).toEqual(["u1"]);
  });

  it("keeps each channel's /excerpt progress per essay", async () => {
    expect(await store.getChannelProgress(guild, "c1", "essay")).toEqual({ round: 0, usedIds: [] });
    await store.saveChannelProgress(guild, "c1", "essay", { round: 1, usedIds: ["s2"] }, t0);
    await store.saveChannelProgress(guild, "c1", "essay", { round: 1, usedIds: ["s2", "s3"] }, t0);
    expect(await store.getChannelProgress(guild, "c1", "essay")).toEqual({ round: 1, usedIds: ["s2", "s3"] });
    expect(await store.getChannelProgress(guild, "c2", "essay")).toEqual({ round: 0, usedIds: [] });
  });
});

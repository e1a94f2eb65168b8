import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, expect, it } from "vitest";
import { groupCommit } from "../../src/store/sqlite/groupCommit.js";
import { temporaryFolder } from "./support.js";

let folder: ReturnType<typeof temporaryFolder>;
let db: Database.Database;
let other: Database.Database;

beforeEach(() => {
  folder = temporaryFolder();
  const path = join(folder.path, "g.db");
  db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)");
  other = new Database(path);
});
afterEach(() => {
  db.close();
  other.close();
  folder.remove();
});

const insert = (value: string) => () => db.prepare("INSERT INTO t (v) VALUES (?)").run(value).lastInsertRowid;
const values = (connection: Database.Database) => connection.prepare("SELECT v FROM t ORDER BY id").pluck().all();

it("commits the writes of one turn together; a failing write rolls back and rejects alone", async () => {
  const writes = groupCommit(db);
  const results = await Promise.allSettled([writes.write(insert("a")), writes.write(insert("a")), writes.write(insert("b"))]);
  expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: "SQLITE_CONSTRAINT_UNIQUE" });
  // Settled means committed: another connection already sees them.
  expect(values(other)).toEqual(["a", "b"]);
});

it("a write inside a batch is all-or-nothing", async () => {
  const writes = groupCommit(db);
  const half = () => {
    insert("c")();
    insert("a-duplicate-next")();
    insert("a-duplicate-next")();
  };
  await expect(writes.write(half)).rejects.toThrow(/UNIQUE/);
  await writes.write(insert("d"));
  expect(values(other)).toEqual(["d"]);
});

it("rejects every write of a batch that cannot commit, and writes none of them", async () => {
  db.pragma("busy_timeout = 0");
  other.exec("BEGIN IMMEDIATE");
  const writes = groupCommit(db);
  const results = await Promise.allSettled([writes.write(insert("x")), writes.write(insert("y"))]);
  expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
  other.exec("COMMIT");
  expect(values(other)).toEqual([]);
  await writes.write(insert("z"));
  expect(values(other)).toEqual(["z"]);
});

it("drain waits for queued writes", async () => {
  const writes = groupCommit(db);
  void writes.write(insert("late"));
  await writes.drain();
  expect(values(other)).toEqual(["late"]);
});

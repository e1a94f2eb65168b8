// Group commit for SQLite writes: every write requested during one turn of the event loop runs in
// one IMMEDIATE transaction, each inside its own savepoint (a failing write rolls back alone and
// rejects alone). A caller's promise settles only after the commit, so "recorded" still means
// durable before the caller goes on (e.g. to call Discord). When many prompts are in flight a commit
// is paid once per batch instead of once per write, which is most of the cost of a write here.
import type Database from "better-sqlite3";

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommit {
  /** Runs `work` (synchronous SQLite statements) in the next batch. */
  write<T>(work: () => T): Promise<T>;
  /** Resolves once nothing is waiting to be written. */
  drain(): Promise<void>;
}

export function groupCommit(db: Database.Database): GroupCommit {
  let queue: Pending[] = [];
  let flushing: Promise<void> | null = null;
  const savepoint = db.prepare("SAVEPOINT group_commit_write");
  const release = db.prepare("RELEASE group_commit_write");
  const rollback = db.prepare("ROLLBACK TO group_commit_write");
  const batchTransaction = db.transaction((batch: Pending[], outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[]) => {
    for (const item of batch) {
      savepoint.run();
      try {
        outcomes.push({ ok: true, value: item.work() });
        release.run();
      } catch (error) {
        rollback.run();
        release.run();
        outcomes.push({ ok: false, error });
      }
    }
  });

  const flush = () => {
    const batch = queue;
    queue = [];
    flushing = null;
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      batchTransaction.immediate(batch, outcomes);
    } catch (error) {
      // The batch could not commit (e.g. the database stayed locked): nothing of it was written.
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, index) => {
      const outcome = outcomes[index] as (typeof outcomes)[number];
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  };

  return {
    write<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        flushing ??= new Promise<void>((done) =>
          setImmediate(() => {
            flush();
            done();
          }),
        );
      });
    },
    async drain() {
      while (flushing) await flushing;
    },
  };
}

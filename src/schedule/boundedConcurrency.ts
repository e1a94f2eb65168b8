// Runs an async task for each item with at most `limit` in flight, pulling items lazily (so a
// paged database query can feed it without loading every row first). Task errors are the task's
// business: each task is expected to catch its own.

export async function forEachBounded<T>(
  items: Iterable<T> | AsyncIterable<T>,
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  const iterator: AsyncIterator<T> | Iterator<T> =
    Symbol.asyncIterator in items ? (items as AsyncIterable<T>)[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  let exhausted = false;
  // Workers share one iterator; `next()` calls are serialised so an async source is never re-entered.
  let pulling: Promise<unknown> = Promise.resolve();
  const pull = (): Promise<IteratorResult<T>> => {
    const result = pulling.then(() => iterator.next());
    pulling = result.catch(() => undefined);
    return result;
  };
  const worker = async () => {
    while (!exhausted) {
      const next = await pull();
      if (next.done) {
        exhausted = true;
        return;
      }
      await task(next.value);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.floor(limit)) }, worker));
}

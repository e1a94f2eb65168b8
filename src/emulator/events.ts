// A small typed event bus. The state emits what changed; the gateway turns those events into
// dispatches and tests await them ("a message was posted in channel X") instead of sleeping.

export type Listener<T> = (payload: T) => void;

export interface WaitOptions {
  /** Reject after this long (default 5,000 ms) with an error naming what was awaited. */
  timeoutMs?: number;
  /** Included in the timeout error so a failing test says what it was waiting for. */
  description?: string;
}

export class EventBus<Events extends object> {
  private readonly listeners = new Map<keyof Events, Set<Listener<never>>>();

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => this.off(event, listener);
  }

  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    this.listeners.get(event)?.delete(listener as Listener<never>);
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    const set = this.listeners.get(event);
    if (!set) return;
    for (const listener of [...set]) (listener as Listener<Events[K]>)(payload);
  }

  /** Resolves with the first payload of `event` that satisfies `predicate`. */
  waitFor<K extends keyof Events>(
    event: K,
    predicate: (payload: Events[K]) => boolean = () => true,
    options: WaitOptions = {},
  ): Promise<Events[K]> {
    const timeoutMs = options.timeoutMs ?? 5_000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${options.description ?? String(event)}`));
      }, timeoutMs);
      const stop = this.on(event, (payload) => {
        if (!predicate(payload)) return;
        clearTimeout(timer);
        stop();
        resolve(payload);
      });
    });
  }
}

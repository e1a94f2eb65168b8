// Keeps the daily prompts' requests under Discord's global limit (50 per second by default) in
// every rolling second, not just in discord.js's fixed one-second windows. discord.js lets a full
// window's requests out in a burst and starts the next window as soon as the first ends; bursts
// also queue up on the way and arrive bunched. Either way more than the limit can land within one
// second, Discord answers the excess with 429s, and every 429 counts towards the invalid-request
// limit that gets bots banned (with 10,000 prompts due at once: thousands). So requests leave
// evenly spaced, slightly (2%) below the limit, and a quiet bot barely notices. A pacer that fell
// behind (the process was busy) may catch up by a few slots, within half the margin.
export interface RequestPacer {
  /** Resolves when one more request may be sent; callers are served in order. */
  take(): Promise<void>;
}

export interface PacerOptions {
  windowMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** The requests per window to pace at, given the limit: 2% below it, and at least one below. */
export function pacedLimit(limitPerWindow: number): number {
  return Math.max(1, Math.min(limitPerWindow - 1, Math.floor(limitPerWindow * 0.98)));
}

export function evenPacer(limitPerWindow: number, options: PacerOptions = {}): RequestPacer {
  const paced = pacedLimit(limitPerWindow);
  // A hair over the exact spacing, so rounding never puts one more into a window.
  const gap = (options.windowMs ?? 1000) / paced + 0.001;
  // Any window then holds at most paced + catch-up slots + 1 releases: half the margin, leaving
  // the other half for requests that arrive closer together than they left.
  const catchUp = Math.max(0, Math.floor((limitPerWindow - paced) / 2) - 1) * gap;
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let nextSlot = Number.NEGATIVE_INFINITY;
  let queue: Promise<void> = Promise.resolve();

  async function turn(): Promise<void> {
    const slot = Math.max(now() - catchUp, nextSlot);
    nextSlot = slot + gap;
    // setTimeout may fire a little early: wait until the slot has really come.
    for (let wait = slot - now(); wait > 0; wait = slot - now()) await sleep(wait);
  }

  return {
    take() {
      const next = queue.then(turn);
      queue = next;
      return next;
    },
  };
}

// Discord's rate limits, for real: an optional global limit (N requests per rolling second per
// bot, interaction endpoints excepted) and per-route buckets that report X-RateLimit-* headers
// on every answer and answer 429 when a bucket is empty. Uses the real clock, as discord.js does.

export interface RouteLimitRule {
  /** HTTP method, or "*" for any. */
  method: string;
  /** Route template (`/channels/{channel_id}/messages`), or "*" for any. */
  route: string;
  limit: number;
  windowMs: number;
}

export interface RateLimitOptions {
  /** Requests per second for the bot as a whole (Discord: 50). Default: off. */
  globalPerSecond?: number | null;
  /** Per-route bucket rules, first match wins; `false` turns buckets (and their headers) off. */
  routes?: readonly RouteLimitRule[] | false;
}

/**
 * Discord's observed per-channel limit on sending messages (5 per 5 s, the figure its headers
 * report), and a loose bucket for everything else so that every answer carries headers.
 */
export const DEFAULT_ROUTE_LIMITS: readonly RouteLimitRule[] = [
  { method: "POST", route: "/channels/{channel_id}/messages", limit: 5, windowMs: 5_000 },
  { method: "*", route: "*", limit: 50, windowMs: 1_000 },
];

export interface RateLimitVerdict {
  headers: Record<string, string>;
  /** Set when the request must be answered 429. */
  limited: null | { retryAfterMs: number; global: boolean };
}

interface Bucket {
  remaining: number;
  resetAt: number;
}

// The parameters Discord keys buckets on ("major parameters").
const MAJOR_PARAMETERS = ["channel_id", "guild_id", "webhook_id"] as const;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly globalTimes: number[];
  private globalIndex = 0;
  private globalCount = 0;
  private readonly rules: readonly RouteLimitRule[];
  private readonly hashes = new Map<string, string>();

  constructor(
    private readonly options: { globalPerSecond: number | null; routes: readonly RouteLimitRule[] },
    private readonly now: () => number = () => performance.now(),
  ) {
    this.rules = options.routes;
    this.globalTimes = new Array<number>(Math.max(0, options.globalPerSecond ?? 0)).fill(0);
  }

  /**
   * Counts a request. `countsGlobally` is false for requests not authenticated as the bot
   * (interaction callbacks and webhooks), which Discord leaves out of the global limit.
   */
  check(method: string, route: string, params: Readonly<Record<string, string>>, countsGlobally: boolean): RateLimitVerdict {
    const now = this.now();
    if (countsGlobally && this.options.globalPerSecond) {
      const retryAfterMs = this.takeGlobal(now);
      if (retryAfterMs > 0) {
        return {
          headers: { "X-RateLimit-Global": "true", "X-RateLimit-Scope": "global" },
          limited: { retryAfterMs, global: true },
        };
      }
    }
    const rule = this.rules.find((r) => (r.method === "*" || r.method === method) && (r.route === "*" || r.route === route));
    if (!rule) return { headers: {}, limited: null };
    const bucketKey = `${method} ${route}`;
    const major = MAJOR_PARAMETERS.map((name) => params[name]).find((value) => value !== undefined) ?? "";
    const key = `${bucketKey}:${major}`;
    let bucket = this.buckets.get(key);
    if (!bucket || now >= bucket.resetAt) {
      bucket = { remaining: rule.limit, resetAt: now + rule.windowMs };
      this.buckets.set(key, bucket);
    }
    const resetAfterMs = Math.max(0, bucket.resetAt - now);
    const limited = bucket.remaining <= 0;
    if (!limited) bucket.remaining -= 1;
    const headers: Record<string, string> = {
      "X-RateLimit-Limit": String(rule.limit),
      "X-RateLimit-Remaining": String(bucket.remaining),
      "X-RateLimit-Reset": ((Date.now() + resetAfterMs) / 1000).toFixed(3),
      "X-RateLimit-Reset-After": (resetAfterMs / 1000).toFixed(3),
      "X-RateLimit-Bucket": this.hashFor(bucketKey),
    };
    if (limited) {
      headers["X-RateLimit-Scope"] = "user";
      return { headers, limited: { retryAfterMs: resetAfterMs, global: false } };
    }
    return { headers, limited: null };
  }

  // A ring of the last N request times: the request is allowed when the oldest of them is
  // more than a second old, so no rolling second ever holds more than N requests.
  private takeGlobal(now: number): number {
    const size = this.globalTimes.length;
    if (this.globalCount < size) {
      this.globalTimes[(this.globalIndex + this.globalCount) % size] = now;
      this.globalCount += 1;
      return 0;
    }
    const oldest = this.globalTimes[this.globalIndex] ?? 0;
    if (now - oldest < 1_000) return 1_000 - (now - oldest);
    this.globalTimes[this.globalIndex] = now;
    this.globalIndex = (this.globalIndex + 1) % size;
    return 0;
  }

  private hashFor(bucketKey: string): string {
    let hash = this.hashes.get(bucketKey);
    if (!hash) {
      let h = 2166136261;
      for (let i = 0; i < bucketKey.length; i++) h = Math.imul(h ^ bucketKey.charCodeAt(i), 16777619) >>> 0;
      hash = h.toString(16).padStart(8, "0");
      this.hashes.set(bucketKey, hash);
    }
    return hash;
  }
}

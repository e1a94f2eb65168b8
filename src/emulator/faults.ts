// Fault injection: answer the next N requests that match a route/method with a 429, a 5xx,
// a 403/404, answer them slowly, or carry them out and lose the answer, so tests can prove the
// bot copes with Discord misbehaving.
import { requestMatches, type RecordedRequest, type RequestFilter } from "./requestLog.js";

export type Fault =
  | { kind: "rateLimit"; retryAfterMs?: number; global?: boolean; scope?: "user" | "shared" }
  | { kind: "serverError"; status?: number }
  /** Wait before handling the request (`before`, default) or after handling it, before answering. */
  | { kind: "slow"; delayMs: number; when?: "before" | "after" }
  /** Carry the request out, then drop the connection without answering (the change happened). */
  | { kind: "lostResponse" }
  | { kind: "missingPermissions" }
  | { kind: "missingAccess" }
  | { kind: "unknownChannel" }
  | { kind: "unknownMessage" }
  | { kind: "error"; status: number; code: number; message: string };

/** Which requests a fault applies to: a request filter plus an optional predicate. */
export interface FaultMatch extends RequestFilter {
  test?: (request: RecordedRequest) => boolean;
}

export interface FaultHandle {
  readonly fault: Fault;
  /** How many more matching requests it will answer. */
  readonly remaining: number;
  /** How many requests it has answered so far. */
  readonly hits: number;
  cancel(): void;
}

interface ActiveFault {
  fault: Fault;
  match: FaultMatch | string;
  remaining: number;
  hits: number;
}

export class FaultInjector {
  private active: ActiveFault[] = [];

  /** Answer the next `times` matching requests with `fault` (default once). */
  inject(match: FaultMatch | string, fault: Fault, times = 1): FaultHandle {
    const entry: ActiveFault = { fault, match, remaining: times, hits: 0 };
    this.active.push(entry);
    return {
      fault,
      get remaining() {
        return entry.remaining;
      },
      get hits() {
        return entry.hits;
      },
      cancel: () => {
        entry.remaining = 0;
        this.prune();
      },
    };
  }

  rateLimit(match: FaultMatch | string, options: { retryAfterMs?: number; times?: number; scope?: "user" | "shared" } = {}): FaultHandle {
    return this.inject(match, { kind: "rateLimit", retryAfterMs: options.retryAfterMs, scope: options.scope }, options.times);
  }

  /** A global 429 (`X-RateLimit-Global: true`); with no match it hits the next bot request of any route. */
  globalRateLimit(options: { retryAfterMs?: number; times?: number; match?: FaultMatch | string } = {}): FaultHandle {
    return this.inject(options.match ?? {}, { kind: "rateLimit", retryAfterMs: options.retryAfterMs, global: true }, options.times);
  }

  serverError(match: FaultMatch | string, options: { status?: number; times?: number } = {}): FaultHandle {
    return this.inject(match, { kind: "serverError", status: options.status }, options.times);
  }

  slow(match: FaultMatch | string, delayMs: number, options: { times?: number; when?: "before" | "after" } = {}): FaultHandle {
    return this.inject(match, { kind: "slow", delayMs, when: options.when }, options.times);
  }

  /** The request takes effect on the server but its answer never arrives (connection reset). */
  loseResponse(match: FaultMatch | string, times = 1): FaultHandle {
    return this.inject(match, { kind: "lostResponse" }, times);
  }

  missingPermissions(match: FaultMatch | string, times = 1): FaultHandle {
    return this.inject(match, { kind: "missingPermissions" }, times);
  }

  unknownChannel(match: FaultMatch | string, times = 1): FaultHandle {
    return this.inject(match, { kind: "unknownChannel" }, times);
  }

  /** The fault for this request, if any (and counts it). */
  take(request: RecordedRequest): Fault | null {
    if (this.active.length === 0) return null;
    for (const entry of this.active) {
      if (entry.remaining <= 0) continue;
      if (!requestMatches(request, entry.match)) continue;
      if (typeof entry.match !== "string" && entry.match.test && !entry.match.test(request)) continue;
      entry.remaining -= 1;
      entry.hits += 1;
      this.prune();
      return entry.fault;
    }
    return null;
  }

  clear(): void {
    for (const entry of this.active) entry.remaining = 0;
    this.active = [];
  }

  private prune(): void {
    this.active = this.active.filter((entry) => entry.remaining > 0);
  }
}

// Every HTTP request the bot made, as the emulator received it and answered it. Tests filter
// it by route ("POST /channels/{channel_id}/messages") and the OpenAPI checker validates it.

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RecordedRequest {
  /** 1, 2, 3… in arrival order. */
  readonly seq: number;
  readonly method: string;
  /** Path after `/api/v10`, percent-decoded (`/webhooks/1/abc/messages/@original`). */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** The matching route template in the OpenAPI spelling, or null for an unknown route. */
  readonly route: string | null;
  readonly params: Readonly<Record<string, string>>;
  /** Lower-case header names; the Authorization value is replaced by "[redacted]". */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body (for multipart, the `payload_json` part), or undefined without a body. */
  readonly body: unknown;
  readonly contentType: string | null;
  /** Names of uploaded files in a multipart body. */
  readonly files: readonly string[];
  /** Arrival time (performance.now()). */
  readonly receivedAt: number;
  status: number;
  /** Headers of the answer (X-RateLimit-*, Retry-After…). */
  responseHeaders: Readonly<Record<string, string>>;
  /** The fault that answered this request, if one was injected ("rateLimit", "serverError"…). */
  fault: string | null;
  /** Problems the validator hook found in this request (empty when none or no hook). */
  violations: readonly string[];
  durationMs: number;
}

export interface RequestFilter {
  method?: string;
  /** A route template (`/channels/{channel_id}/messages`) or "METHOD template". */
  route?: string;
  /** Only requests with this status. */
  status?: number;
  /** Only requests whose path parameters include these values (`{ channel_id: "123" }`). */
  params?: Readonly<Record<string, string>>;
}

export class RequestLog implements Iterable<RecordedRequest> {
  private readonly entries: RecordedRequest[] = [];
  private nextSeq = 1;

  constructor(private readonly limit: number) {}

  nextSequence(): number {
    return this.nextSeq++;
  }

  add(request: RecordedRequest): void {
    if (this.limit <= 0) return;
    this.entries.push(request);
    // Trim in chunks so long benchmark runs don't pay for a shift() on every request.
    if (this.entries.length > this.limit * 1.25) this.entries.splice(0, this.entries.length - this.limit);
  }

  get all(): readonly RecordedRequest[] {
    return this.entries;
  }

  get length(): number {
    return this.entries.length;
  }

  [Symbol.iterator](): Iterator<RecordedRequest> {
    return this.entries[Symbol.iterator]();
  }

  /** Requests matching a filter, or a "METHOD /template" string: `filter("POST /channels/{channel_id}/messages")`. */
  filter(filter: RequestFilter | string): RecordedRequest[] {
    return this.entries.filter((request) => requestMatches(request, filter));
  }

  last(filter: RequestFilter | string = {}): RecordedRequest | undefined {
    const found = this.filter(filter);
    return found[found.length - 1];
  }

  count(filter: RequestFilter | string = {}): number {
    return this.filter(filter).length;
  }

  clear(): void {
    this.entries.length = 0;
  }
}

function parseRouteFilter(text: string): RequestFilter {
  const [first, second] = text.trim().split(/\s+/, 2);
  return second === undefined ? { route: first } : { method: first?.toUpperCase(), route: second };
}

function normaliseFilter(filter: RequestFilter): RequestFilter {
  return filter.route?.includes(" ") ? { ...filter, ...parseRouteFilter(filter.route) } : filter;
}

/** Whether a request fits a filter or a "METHOD /template" string. */
export function requestMatches(request: RecordedRequest, filter: RequestFilter | string): boolean {
  return matches(request, typeof filter === "string" ? parseRouteFilter(filter) : normaliseFilter(filter));
}

function matches(request: RecordedRequest, filter: RequestFilter): boolean {
  if (filter.method !== undefined && request.method !== filter.method.toUpperCase()) return false;
  if (filter.route !== undefined && request.route !== filter.route) return false;
  if (filter.status !== undefined && request.status !== filter.status) return false;
  if (filter.params) {
    for (const [key, value] of Object.entries(filter.params)) if (request.params[key] !== value) return false;
  }
  return true;
}

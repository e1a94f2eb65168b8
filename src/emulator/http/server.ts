// The REST side of the emulator: one request pipeline. It records the request, checks the
// token, applies an injected fault or the rate limiter, runs the route, and answers with
// Discord's status codes, JSON errors and X-RateLimit-* headers.
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import { ApiError, invalidFormBody, methodNotAllowed, notFound, unauthorized } from "../errors.js";
import type { Fault, FaultInjector } from "../faults.js";
import type { EmulatorLogger } from "../logger.js";
import type { RateLimiter } from "../rateLimits.js";
import type { RecordedRequest, RequestLog } from "../requestLog.js";
import { readBody } from "./body.js";
import type { EmulatorServices, RouteDefinition, RouteResult } from "./context.js";
import { Router } from "./router.js";

export interface PipelineOptions {
  services: EmulatorServices;
  routes: readonly RouteDefinition[];
  log: RequestLog;
  faults: FaultInjector;
  limiter: RateLimiter | null;
  acceptedTokens: ReadonlySet<string>;
  validate: ((request: RecordedRequest) => readonly string[]) | null;
  /** Answer requests the validator objects to with 400 Invalid Form Body (default: record only). */
  rejectInvalid: boolean;
  logger: EmulatorLogger;
  onRequest(request: RecordedRequest): void;
}

const API_PREFIX = "/api/v10";
const CALLBACK_ROUTE = "/interactions/{interaction_id}/{interaction_token}/callback";

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A fault that acts once the route has run: delay the answer, or drop it. */
  afterwards?: Extract<Fault, { kind: "slow" } | { kind: "lostResponse" }>;
}

export function createRequestHandler(options: PipelineOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const router = new Router(options.routes);
  return (request, response) => {
    handle(options, router, request, response).catch((error: unknown) => {
      options.logger.warn({ error: String(error) }, "emulator request handling failed");
      if (!response.headersSent) response.writeHead(500).end();
    });
  };
}

async function handle(
  options: PipelineOptions,
  router: Router<RouteDefinition>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const receivedAt = performance.now();
  const url = new URL(request.url ?? "/", "http://emulator");
  const method = (request.method ?? "GET").toUpperCase();
  const contentType = request.headers["content-type"] ?? null;
  const { body, files, malformed } = await readBody(request, contentType);
  const path = url.pathname.startsWith(`${API_PREFIX}/`) ? decodePath(url.pathname.slice(API_PREFIX.length)) : url.pathname;
  const lookup = url.pathname.startsWith(`${API_PREFIX}/`) ? router.lookup(method, path) : ({ kind: "notFound" } as const);
  const record: RecordedRequest = {
    seq: options.log.nextSequence(),
    method,
    path,
    query: Object.fromEntries(url.searchParams),
    route: lookup.kind === "found" ? lookup.match.template : lookup.kind === "methodNotAllowed" ? lookup.template : null,
    params: lookup.kind === "found" ? lookup.match.params : lookup.kind === "methodNotAllowed" ? lookup.params : {},
    headers: redactedHeaders(request),
    body,
    contentType,
    files,
    receivedAt,
    status: 0,
    responseHeaders: {},
    fault: null,
    violations: [],
    durationMs: 0,
  };
  options.log.add(record);
  if (options.validate) record.violations = options.validate(record);
  const authorised = isAuthorised(request.headers.authorization, options.acceptedTokens);

  const afterResponse: (() => void)[] = [];
  let answer: Answer;
  try {
    answer = await respond(options, lookup, record, authorised, malformed, afterResponse);
  } catch (error) {
    if (!(error instanceof ApiError)) {
      options.logger.warn({ method, path, error: String(error) }, "emulator route failed");
      throw error;
    }
    answer = errorAnswer(error);
  }
  if (answer.afterwards?.kind === "slow") await delay(answer.afterwards.delayMs);
  record.status = answer.status;
  record.durationMs = performance.now() - receivedAt;
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.body !== undefined) headers["Content-Type"] = "application/json";
  record.responseHeaders = headers;
  if (answer.afterwards?.kind === "lostResponse") {
    response.socket?.destroy();
  } else {
    response.writeHead(answer.status, headers);
    response.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  }
  options.logger.debug({ method, path, status: answer.status, fault: record.fault }, "emulator request");
  for (const task of afterResponse) task();
  options.onRequest(record);
}

async function respond(
  options: PipelineOptions,
  lookup: ReturnType<Router<RouteDefinition>["lookup"]>,
  record: RecordedRequest,
  authorised: boolean,
  malformed: boolean,
  afterResponse: (() => void)[],
): Promise<Answer> {
  if (lookup.kind === "notFound") throw notFound();
  if (lookup.kind === "methodNotAllowed") throw methodNotAllowed();
  const { route } = lookup.match;
  if (route.auth === "bot" && !authorised) throw unauthorized();

  const fault = options.faults.take(record);
  let afterwards: Answer["afterwards"];
  if (fault) {
    record.fault = fault.kind;
    if (fault.kind === "slow" && fault.when !== "after") await delay(fault.delayMs);
    else if (fault.kind === "slow" || fault.kind === "lostResponse") afterwards = fault;
    else return faultAnswer(fault, record);
  }

  let rateLimitHeaders: Record<string, string> = {};
  if (options.limiter && record.route !== CALLBACK_ROUTE) {
    const verdict = options.limiter.check(record.method, lookup.match.template, record.params, route.auth === "bot");
    rateLimitHeaders = verdict.headers;
    if (verdict.limited) return tooManyRequests(verdict.limited.retryAfterMs, verdict.limited.global, verdict.headers);
  }

  if (malformed) throw new ApiError(400, 50109, "The request body contains invalid JSON.");
  if (options.rejectInvalid && record.violations.length > 0) {
    throw invalidFormBody("_root", "OPENAPI_VIOLATION", record.violations.join("; "));
  }
  const result: RouteResult = await route.handle({
    services: options.services,
    params: lookup.match.params,
    query: record.query,
    body: record.body,
    files: record.files,
    request: record,
    afterResponse: (task) => afterResponse.push(task),
  });
  return { status: result.status, body: result.body, headers: rateLimitHeaders, afterwards };
}

function faultAnswer(fault: Exclude<Fault, { kind: "slow" } | { kind: "lostResponse" }>, record: RecordedRequest): Answer {
  switch (fault.kind) {
    case "rateLimit": {
      const retryAfterMs = fault.retryAfterMs ?? 100;
      const headers: Record<string, string> = fault.global
        ? { "X-RateLimit-Global": "true", "X-RateLimit-Scope": "global" }
        : {
            "X-RateLimit-Limit": "1",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": ((Date.now() + retryAfterMs) / 1000).toFixed(3),
            "X-RateLimit-Reset-After": (retryAfterMs / 1000).toFixed(3),
            "X-RateLimit-Bucket": `fault-${record.route ?? "unknown"}`,
            "X-RateLimit-Scope": fault.scope ?? "user",
          };
      return tooManyRequests(retryAfterMs, fault.global ?? false, headers);
    }
    case "serverError": {
      const status = fault.status ?? 500;
      return { status, body: { message: `${status}: Internal Server Error`, code: 0 } };
    }
    case "missingPermissions":
      return errorAnswer(new ApiError(403, 50013, "Missing Permissions"));
    case "missingAccess":
      return errorAnswer(new ApiError(403, 50001, "Missing Access"));
    case "unknownChannel":
      return errorAnswer(new ApiError(404, 10003, "Unknown Channel"));
    case "unknownMessage":
      return errorAnswer(new ApiError(404, 10008, "Unknown Message"));
    case "error":
      return errorAnswer(new ApiError(fault.status, fault.code, fault.message));
  }
}

function errorAnswer(error: ApiError): Answer {
  return { status: error.status, body: error.toBody() };
}

// The emulator sends Retry-After with millisecond precision (Discord rounds the header up to
// whole seconds); discord.js reads it as seconds either way, and tests stay fast.
function tooManyRequests(retryAfterMs: number, global: boolean, headers: Record<string, string>): Answer {
  const seconds = Math.max(retryAfterMs, 1) / 1000;
  return {
    status: 429,
    body: { message: "You are being rate limited.", retry_after: Number(seconds.toFixed(3)), global, code: 0 },
    headers: { ...headers, "Retry-After": seconds.toFixed(3) },
  };
}

function isAuthorised(header: string | undefined, tokens: ReadonlySet<string>): boolean {
  return header !== undefined && header.startsWith("Bot ") && tokens.has(header.slice(4));
}

/** The request's headers with the token replaced, so logs and test output never show it. */
function redactedHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  if (headers.authorization !== undefined) {
    headers.authorization = headers.authorization.startsWith("Bot ") ? "Bot [redacted]" : "[redacted]";
  }
  return headers;
}

function decodePath(path: string): string {
  return path
    .split("/")
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join("/");
}

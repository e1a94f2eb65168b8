// Options of startEmulator, with their defaults.
import { randomBytes } from "node:crypto";
import type { GuildBuilder, GuildSeed } from "./guildBuilder.js";
import { silentLogger, type EmulatorLogger } from "./logger.js";
import { DEFAULT_ROUTE_LIMITS, type RateLimitOptions, type RouteLimitRule } from "./rateLimits.js";
import type { RecordedRequest } from "./requestLog.js";

export interface EmulatorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: an ephemeral port, so parallel tests don't collide. */
  port?: number;
  /** The bot token the emulator accepts (default: a generated one, see `emulator.token`). */
  token?: string;
  /** More tokens to accept (several bots, or a token rotation test). */
  extraTokens?: readonly string[];
  /** The bot's user; its id is also the application id unless `applicationId` is given. */
  botUser?: { id?: string; username?: string };
  applicationId?: string;
  /** Guilds the bot is in from the start. */
  guilds?: readonly (GuildSeed | GuildBuilder)[];
  /** Clock for timestamps, snowflakes, nonce windows and token expiry (default Date.now). */
  clock?: () => number;
  /** pino-shaped logger (pass a pino logger or child); silent by default. */
  logger?: EmulatorLogger;
  /** Checks each request (e.g. against Discord's OpenAPI spec); its complaints are recorded on the request. */
  validateRequest?: (request: RecordedRequest) => readonly string[];
  /** Answer requests the validator objects to with 400 Invalid Form Body instead of only recording. */
  rejectInvalidRequests?: boolean;
  /** Global limit (off by default) and per-route buckets (on by default). */
  rateLimits?: RateLimitOptions;
  /** Keep at most this many recorded requests (default: all). Benchmarks may lower it. */
  maxRecordedRequests?: number;
  /** How long `enforce_nonce` deduplicates (default 5 minutes; Discord says "a few minutes"). */
  nonceWindowMs?: number;
  /** How long the bot has for its first callback (default 3,000 ms, as on Discord). */
  interactionResponseWindowMs?: number;
  /** HELLO's heartbeat_interval (default 41,250 ms, Discord's usual value). */
  heartbeatIntervalMs?: number;
  /** Guilds one shard may hold before IDENTIFY is refused with 4011 (default 2,500, as on Discord). */
  maxGuildsPerShard?: number;
  /** Dispatches kept per session for RESUME (default 10,000). */
  resumeBufferLimit?: number;
  /** How long a dropped session stays resumable (default 120,000 ms). */
  resumeWindowMs?: number;
}

export interface ResolvedOptions {
  host: string;
  port: number;
  token: string;
  acceptedTokens: ReadonlySet<string>;
  botUserId: string | undefined;
  botUsername: string;
  applicationId: string | undefined;
  guilds: readonly (GuildSeed | GuildBuilder)[];
  clock: () => number;
  logger: EmulatorLogger;
  validateRequest: ((request: RecordedRequest) => readonly string[]) | null;
  rejectInvalidRequests: boolean;
  globalPerSecond: number | null;
  routeLimits: readonly RouteLimitRule[];
  maxRecordedRequests: number;
  nonceWindowMs: number;
  interactionResponseWindowMs: number;
  heartbeatIntervalMs: number;
  maxGuildsPerShard: number;
  resumeBufferLimit: number;
  resumeWindowMs: number;
}

export function resolveOptions(options: EmulatorOptions): ResolvedOptions {
  const token = options.token ?? `emulator.${randomBytes(18).toString("base64url")}`;
  const routes = options.rateLimits?.routes;
  return {
    host: options.host ?? "127.0.0.1",
    port: options.port ?? 0,
    token,
    acceptedTokens: new Set([token, ...(options.extraTokens ?? [])]),
    botUserId: options.botUser?.id,
    botUsername: options.botUser?.username ?? "Colloquy",
    applicationId: options.applicationId,
    guilds: options.guilds ?? [],
    clock: options.clock ?? Date.now,
    logger: options.logger ?? silentLogger,
    validateRequest: options.validateRequest ?? null,
    rejectInvalidRequests: options.rejectInvalidRequests ?? false,
    globalPerSecond: options.rateLimits?.globalPerSecond ?? null,
    routeLimits: routes === false ? [] : (routes ?? DEFAULT_ROUTE_LIMITS),
    maxRecordedRequests: options.maxRecordedRequests ?? Number.POSITIVE_INFINITY,
    nonceWindowMs: options.nonceWindowMs ?? 5 * 60 * 1000,
    interactionResponseWindowMs: options.interactionResponseWindowMs ?? 3_000,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    maxGuildsPerShard: options.maxGuildsPerShard ?? 2_500,
    resumeBufferLimit: options.resumeBufferLimit ?? 10_000,
    resumeWindowMs: options.resumeWindowMs ?? 120_000,
  };
}

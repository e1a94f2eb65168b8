// What a route handler receives and returns, and the services it may use.
import type { InteractionRegistry } from "../interactions/registry.js";
import type { RecordedRequest } from "../requestLog.js";
import type { CommandRegistry } from "../state/commands.js";
import type { EmulatorState } from "../state/store.js";

export interface EmulatorServices {
  state: EmulatorState;
  commands: CommandRegistry;
  interactions: InteractionRegistry;
  settings: EmulatorSettings;
  gateway: GatewayInfo;
}

export interface EmulatorSettings {
  /** How long a nonce with enforce_nonce stays unique (Discord: "a few minutes"). */
  nonceWindowMs: number;
  /** How long the bot has to send the first callback (Discord: 3 s). */
  interactionResponseWindowMs: number;
}

export interface GatewayInfo {
  readonly url: string;
  /** Shards Discord would recommend for the bot's guild count. */
  recommendedShards(): number;
  /** IDENTIFYs so far (Discord counts them against session_start_limit). */
  identifyCount(): number;
}

export interface RouteContext {
  services: EmulatorServices;
  params: Readonly<Record<string, string>>;
  query: Readonly<Record<string, string>>;
  body: unknown;
  files: readonly string[];
  request: RecordedRequest;
  /** Runs `task` once the answer is sent and recorded (so waiters see the final status). */
  afterResponse(task: () => void): void;
}

export interface RouteResult {
  status: number;
  body?: unknown;
}

export interface RouteDefinition {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** OpenAPI template, e.g. `/channels/{channel_id}/messages`. */
  route: string;
  /** "bot": needs `Authorization: Bot <token>`; "none": interaction/webhook token in the path. */
  auth: "bot" | "none";
  handle(context: RouteContext): RouteResult | Promise<RouteResult>;
}

export const ok = (body: unknown): RouteResult => ({ status: 200, body });
export const created = (body: unknown): RouteResult => ({ status: 201, body });
export const noContent = (): RouteResult => ({ status: 204 });

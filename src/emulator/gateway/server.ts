// The WebSocket gateway: HELLO, heartbeats, IDENTIFY → READY + one GUILD_CREATE per guild of
// the shard, RESUME with replay of missed dispatches then RESUMED, invalid sessions, and the
// controls tests use to misbehave (close with a code, drop the connection, op 7, op 9).
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import { EventBus } from "../events.js";
import type { EmulatorLogger } from "../logger.js";
import { memberPayload } from "../state/serialize.js";
import type { EmulatorState } from "../state/store.js";
import { guildCreatePayload, readyPayload } from "./payloads.js";
import { GatewaySession } from "./session.js";

export interface GatewayEvents {
  identify: { sessionId: string; shard: [number, number]; intents: number };
  resume: { sessionId: string; replayed: number };
  close: { sessionId: string | null; code: number };
  invalidSession: { sessionId: string | null; resumable: boolean };
}

export interface GatewayOptions {
  state: EmulatorState;
  acceptedTokens: ReadonlySet<string>;
  heartbeatIntervalMs: number;
  maxGuildsPerShard: number;
  /** How many dispatches a session keeps for RESUME. */
  resumeBufferLimit: number;
  /** How long a disconnected session stays resumable. */
  resumeWindowMs: number;
  logger: EmulatorLogger;
}

/** Close codes after which Discord lets the session be resumed (the rest end it). */
const RESUMABLE_CLOSE_CODES: ReadonlySet<number> = new Set([4000, 4001, 4002, 4003, 4005, 4008]);

interface Connection {
  socket: WebSocket;
  session: GatewaySession | null;
}

interface GatewayPayload {
  op: number;
  d?: unknown;
}

export class GatewayServer {
  readonly events = new EventBus<GatewayEvents>();
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, GatewaySession>();
  private identifies = 0;
  private baseUrl = "";

  constructor(private readonly options: GatewayOptions) {
    this.server.on("connection", (socket: WebSocket) => this.accept(socket));
  }

  /** Called once the HTTP server listens: `ws://127.0.0.1:PORT`. */
  setBaseUrl(url: string): void {
    this.baseUrl = url;
  }

  get url(): string {
    return `${this.baseUrl}/gateway`;
  }

  get resumeUrl(): string {
    return `${this.baseUrl}/gateway/resume`;
  }

  get identifyCount(): number {
    return this.identifies;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (!(request.url ?? "").startsWith("/gateway")) {
      socket.destroy();
      return;
    }
    this.server.handleUpgrade(request, socket, head, (ws) => this.server.emit("connection", ws, request));
  }

  /** Sessions that will receive events: connected ones and ones that may still resume. */
  liveSessions(): GatewaySession[] {
    return [...this.sessions.values()].filter((session) => !session.invalidated);
  }

  connectedSessions(): GatewaySession[] {
    return this.liveSessions().filter((session) => session.socket !== null);
  }

  /**
   * Sends a dispatch to every live session whose shard owns the guild and that has the intent
   * (`requiredIntent` 0: sent regardless). The payload is built only if some session takes it,
   * per session (so it may differ by intents). Returns how many sessions got it.
   */
  dispatchToGuild(guildId: string, event: string, requiredIntent: number, build: (session: GatewaySession) => unknown): number {
    let delivered = 0;
    for (const session of this.sessions.values()) {
      if (session.invalidated || !session.ownsGuild(guildId)) continue;
      if (requiredIntent !== 0 && !session.hasIntent(requiredIntent)) continue;
      session.dispatch(event, build(session));
      delivered += 1;
    }
    return delivered;
  }

  // ---- controls for tests ------------------------------------------------------------

  /**
   * Closes every connected socket with `code`. 4000 and the other resumable codes keep the
   * session (the client RESUMEs); 1000/1001, 4007 and 4009 end it (the client IDENTIFYs again);
   * 4004 and 4010–4014 end it for good.
   */
  close(code: number, reason = ""): void {
    for (const session of this.connectedSessions()) {
      if (!RESUMABLE_CLOSE_CODES.has(code)) this.endSession(session);
      session.socket?.close(code, reason);
    }
  }

  /** Drops every connection without a close frame (the client sees 1006 and resumes). */
  terminate(): void {
    for (const session of this.connectedSessions()) session.socket?.terminate();
  }

  /** Sends op 9 INVALID_SESSION: `resumable` false makes the client IDENTIFY again. */
  invalidateSessions(resumable: boolean): void {
    for (const session of this.connectedSessions()) {
      const socket = session.socket;
      if (!resumable) this.endSession(session);
      socket?.send(JSON.stringify({ op: 9, d: resumable }));
      this.events.emit("invalidSession", { sessionId: session.id, resumable });
    }
  }

  /** Sends op 7 RECONNECT: the client reconnects and RESUMEs. */
  requestReconnect(): void {
    for (const session of this.connectedSessions()) session.socket?.send(JSON.stringify({ op: 7, d: null }));
  }

  shutdown(): void {
    for (const client of this.server.clients) client.terminate();
    this.server.close();
    this.sessions.clear();
  }

  // ---- protocol ------------------------------------------------------------------------

  private accept(socket: WebSocket): void {
    const connection: Connection = { socket, session: null };
    send(socket, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs }, s: null, t: null });
    socket.on("message", (data: RawData) => this.receive(connection, data));
    socket.on("close", (code: number) => this.closed(connection, code));
    socket.on("error", () => {});
  }

  private receive(connection: Connection, data: RawData): void {
    let payload: GatewayPayload;
    try {
      payload = JSON.parse(rawText(data)) as GatewayPayload;
    } catch {
      connection.socket.close(4002, "Error while decoding payload.");
      return;
    }
    switch (payload.op) {
      case 1:
        send(connection.socket, { op: 11, d: null });
        return;
      case 2:
        this.identify(connection, payload.d);
        return;
      case 6:
        this.resume(connection, payload.d);
        return;
      case 3:
      case 4:
        if (!connection.session) connection.socket.close(4003, "Not authenticated.");
        return;
      case 8:
        this.requestMembers(connection, payload.d);
        return;
      default:
        connection.socket.close(4001, "Unknown opcode.");
    }
  }

  private identify(connection: Connection, data: unknown): void {
    const { socket } = connection;
    const d = (typeof data === "object" && data !== null ? data : {}) as {
      token?: unknown;
      intents?: unknown;
      shard?: unknown;
    };
    if (connection.session) return socket.close(4005, "Already authenticated.");
    if (typeof d.token !== "string" || !this.options.acceptedTokens.has(d.token)) {
      return socket.close(4004, "Authentication failed.");
    }
    if (typeof d.intents !== "number") return socket.close(4013, "Invalid intent(s).");
    const [shardId, shardCount] = Array.isArray(d.shard) ? (d.shard as number[]) : [0, 1];
    if (shardId === undefined || shardCount === undefined || shardCount < 1 || shardId < 0 || shardId >= shardCount) {
      return socket.close(4010, "Invalid shard.");
    }
    this.forgetStaleSessions();
    const session = new GatewaySession(
      randomBytes(16).toString("hex"),
      shardId,
      shardCount,
      d.intents,
      socket,
      this.options.resumeBufferLimit,
    );
    const { state } = this.options;
    const guilds = state.botGuilds().filter((guild) => session.ownsGuild(guild.id));
    if (guilds.length > this.options.maxGuildsPerShard) return socket.close(4011, "Sharding required.");
    this.identifies += 1;
    this.sessions.set(session.id, session);
    connection.session = session;
    session.dispatch("READY", readyPayload(state, session.id, this.resumeUrl, [shardId, shardCount], guilds));
    for (const guild of guilds) session.dispatch("GUILD_CREATE", guildCreatePayload(state, guild));
    this.options.logger.info({ sessionId: session.id, shard: [shardId, shardCount], guilds: guilds.length }, "gateway identify");
    this.events.emit("identify", { sessionId: session.id, shard: [shardId, shardCount], intents: d.intents });
  }

  private resume(connection: Connection, data: unknown): void {
    const { socket } = connection;
    const d = (typeof data === "object" && data !== null ? data : {}) as { token?: unknown; session_id?: unknown; seq?: unknown };
    if (typeof d.token !== "string" || !this.options.acceptedTokens.has(d.token)) {
      return socket.close(4004, "Authentication failed.");
    }
    const session = typeof d.session_id === "string" ? this.sessions.get(d.session_id) : undefined;
    const missed = session && !session.invalidated && typeof d.seq === "number" ? session.missedSince(d.seq) : null;
    if (!session || !missed) {
      if (session) this.endSession(session);
      send(socket, { op: 9, d: false });
      this.events.emit("invalidSession", { sessionId: session?.id ?? null, resumable: false });
      return;
    }
    if (session.socket && session.socket !== socket) session.socket.terminate();
    session.attach(socket);
    connection.session = session;
    for (const text of missed) socket.send(text);
    session.dispatch("RESUMED", {});
    this.options.logger.info({ sessionId: session.id, replayed: missed.length }, "gateway resume");
    this.events.emit("resume", { sessionId: session.id, replayed: missed.length });
  }

  private requestMembers(connection: Connection, data: unknown): void {
    const session = connection.session;
    if (!session) return connection.socket.close(4003, "Not authenticated.");
    const d = (typeof data === "object" && data !== null ? data : {}) as { guild_id?: unknown; user_ids?: unknown; nonce?: unknown };
    const { state } = this.options;
    const guild = typeof d.guild_id === "string" ? state.guilds.get(d.guild_id) : undefined;
    if (!guild) return;
    const wanted = Array.isArray(d.user_ids) ? new Set(d.user_ids as string[]) : null;
    const members = [...guild.members.values()]
      .filter((member) => !wanted || wanted.has(member.userId))
      .map((member) => ({ ...memberPayload(member, state.userOrThrow(member.userId)) }));
    session.dispatch("GUILD_MEMBERS_CHUNK", {
      guild_id: guild.id,
      members,
      chunk_index: 0,
      chunk_count: 1,
      ...(typeof d.nonce === "string" ? { nonce: d.nonce } : {}),
    });
  }

  private closed(connection: Connection, code: number): void {
    const session = connection.session;
    if (session && session.socket === connection.socket) {
      session.detach();
      // A normal close by the client (1000/1001) ends the session on Discord; others may resume.
      if (code === 1000 || code === 1001) this.endSession(session);
    }
    this.events.emit("close", { sessionId: session?.id ?? null, code });
  }

  private endSession(session: GatewaySession): void {
    session.invalidated = true;
    this.sessions.delete(session.id);
  }

  private forgetStaleSessions(): void {
    const cutoff = performance.now() - this.options.resumeWindowMs;
    for (const session of this.sessions.values()) {
      if (session.disconnectedAt !== null && session.disconnectedAt < cutoff) this.endSession(session);
    }
  }
}

function send(socket: WebSocket, payload: object): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  return Buffer.isBuffer(data) ? data.toString("utf8") : Buffer.from(data).toString("utf8");
}

// What tests see of the gateway: misbehave on purpose (close with a code, drop the connection,
// ask for a reconnect, invalidate the session) and await the client's IDENTIFY or RESUME.
import type { WaitOptions } from "../events.js";
import type { GatewayEvents, GatewayServer } from "./server.js";

export interface SessionInfo {
  id: string;
  shard: [number, number];
  intents: number;
  connected: boolean;
  sequence: number;
}

export class EmulatorGateway {
  constructor(private readonly server: GatewayServer) {}

  get url(): string {
    return this.server.url;
  }

  /** IDENTIFYs received so far. */
  get identifyCount(): number {
    return this.server.identifyCount;
  }

  sessions(): SessionInfo[] {
    return this.server.liveSessions().map((session) => ({
      id: session.id,
      shard: [session.shardId, session.shardCount],
      intents: session.intents,
      connected: session.socket !== null,
      sequence: session.seq,
    }));
  }

  /**
   * Closes the bot's connection(s) with a close code: 4000 (or any resumable code) → the client
   * RESUMEs and gets what it missed; 1000 → the session ends and it IDENTIFYs again; 4004 → fatal.
   */
  close(code: number, reason?: string): void {
    this.server.close(code, reason);
  }

  /** Drops the connection(s) without a close frame, like a network failure (client resumes). */
  dropConnection(): void {
    this.server.terminate();
  }

  /** op 9 INVALID_SESSION with d = `resumable`. */
  invalidateSession(resumable = false): void {
    this.server.invalidateSessions(resumable);
  }

  /** op 7 RECONNECT: the client reconnects and resumes. */
  requestReconnect(): void {
    this.server.requestReconnect();
  }

  on<K extends keyof GatewayEvents>(event: K, listener: (payload: GatewayEvents[K]) => void): () => void {
    return this.server.events.on(event, listener);
  }

  waitForIdentify(options: WaitOptions = {}): Promise<GatewayEvents["identify"]> {
    return this.server.events.waitFor("identify", undefined, { description: "the bot to IDENTIFY", ...options });
  }

  waitForResume(options: WaitOptions = {}): Promise<GatewayEvents["resume"]> {
    return this.server.events.waitFor("resume", undefined, { description: "the bot to RESUME", ...options });
  }
}

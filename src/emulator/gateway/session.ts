// One gateway session: its shard, intents, sequence number and a bounded buffer of sent
// dispatches, so that a client that lost its connection can RESUME and get what it missed.
import type { WebSocket } from "ws";
import { shardForGuild } from "../ids.js";

interface BufferedDispatch {
  seq: number;
  text: string;
}

export class GatewaySession {
  seq = 0;
  socket: WebSocket | null;
  invalidated = false;
  /** performance.now() when the socket went away (null while connected). */
  disconnectedAt: number | null = null;
  private buffer: BufferedDispatch[] = [];

  constructor(
    readonly id: string,
    readonly shardId: number,
    readonly shardCount: number,
    readonly intents: number,
    socket: WebSocket,
    private readonly bufferLimit: number,
  ) {
    this.socket = socket;
  }

  ownsGuild(guildId: string): boolean {
    return this.shardCount === 1 || shardForGuild(guildId, this.shardCount) === this.shardId;
  }

  hasIntent(intent: number): boolean {
    return (this.intents & intent) === intent;
  }

  dispatch(event: string, data: unknown): void {
    this.seq += 1;
    const text = JSON.stringify({ op: 0, t: event, s: this.seq, d: data });
    this.buffer.push({ seq: this.seq, text });
    // Trim in chunks: keeps the cost per dispatch O(1) amortised.
    if (this.buffer.length > this.bufferLimit * 1.25) this.buffer = this.buffer.slice(-this.bufferLimit);
    if (this.socket && this.socket.readyState === this.socket.OPEN) this.socket.send(text);
  }

  /** The dispatches after `seq`, or null if the buffer no longer reaches back that far. */
  missedSince(seq: number): string[] | null {
    if (seq > this.seq) return null;
    const first = this.buffer[0];
    if (seq < this.seq && (!first || first.seq > seq + 1)) return null;
    return this.buffer.filter((entry) => entry.seq > seq).map((entry) => entry.text);
  }

  attach(socket: WebSocket): void {
    this.socket = socket;
    this.disconnectedAt = null;
  }

  detach(): void {
    this.socket = null;
    this.disconnectedAt = performance.now();
  }
}
